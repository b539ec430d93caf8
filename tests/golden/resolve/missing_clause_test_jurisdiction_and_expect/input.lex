// lex_missing_clause: test jurisdiction and expect.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
test "quota" {
  measure { flag = true }
}
