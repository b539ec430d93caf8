// lex_exception_cycle: two exceptions to each other.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.a { of eaeu cite "c" text "t" exception to eaeu.b when flag }
provision eaeu.b { of eaeu cite "c" text "t" exception to eaeu.a when flag }
