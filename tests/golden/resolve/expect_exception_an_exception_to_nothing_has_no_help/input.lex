// lex_unknown_ref: an exception to nothing has no help.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p2 { of eaeu cite "c" text "t" exception to eaeu.p9 when flag }
test "t" { measure { jurisdiction RU } expect eaeu.p2 compliant }
