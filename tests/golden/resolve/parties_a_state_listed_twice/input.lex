// lex_duplicate_party: a state listed twice.
instrument eaeu "T" {
  kind treaty origin regional
  party RU from 2015-01-01
  party KZ from 2015-01-01
  party RU observer
}
