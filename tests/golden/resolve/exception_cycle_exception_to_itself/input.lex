// lex_exception_cycle: exception to itself.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" exception to eaeu.p1 when flag }
