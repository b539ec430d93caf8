// lex_missing_clause: exception without when.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
provision eaeu.p2 { of eaeu cite "c" text "t" exception to eaeu.p1 }
