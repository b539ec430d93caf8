// lex_missing_clause: provision of.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { cite "c" text "t" prohibits flag }
