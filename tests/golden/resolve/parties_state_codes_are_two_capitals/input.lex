// lex_invalid_state: state codes are two capitals.
instrument eaeu "T" {
  kind treaty origin regional
  party Ru from 2015-01-01
  party RUS
}
