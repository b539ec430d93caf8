// lex_expect_exception: an exception to an exception points to the provision.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
provision eaeu.p2 { of eaeu cite "c" text "t" exception to eaeu.p1 when who == worker }
provision eaeu.p3 { of eaeu cite "c" text "t" exception to eaeu.p2 when flag }
test "t" { measure { jurisdiction RU } expect eaeu.p3 compliant }
