// lex_invalid_state: is a state code.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
test "t" { measure { jurisdiction Russia } expect eaeu.p1 violation }
