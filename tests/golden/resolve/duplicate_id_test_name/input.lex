// lex_duplicate_id: test name.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
test "quota" { measure { jurisdiction RU } expect eaeu.p1 violation }

test "quota" { measure { jurisdiction RU } expect eaeu.p1 violation }
