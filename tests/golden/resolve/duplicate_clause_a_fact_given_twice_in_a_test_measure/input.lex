// lex_duplicate_clause: a fact given twice in a test measure.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
test "t" { measure { jurisdiction RU flag = true who = worker flag = false } expect eaeu.p1 violation }
