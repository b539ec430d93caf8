// lex_invalid_period: until must come after from.
instrument eaeu "T" {
  kind treaty origin regional
  party KG from 2015-08-06 until 2015-08-06
  party AM from 2016-01-01 until 2015-01-01
}
