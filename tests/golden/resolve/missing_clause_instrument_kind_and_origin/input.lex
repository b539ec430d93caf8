// lex_missing_clause: instrument kind and origin.
instrument eaeu "T" {
  party RU from 2015-01-01
}
