// lex_duplicate_id: provision.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
provision eaeu.p1 { of eaeu cite "c" text "t" requires flag }
