// lex_expect_exception: a test expects an outcome of an exception.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
provision eaeu.p2 { of eaeu cite "c" text "t" exception to eaeu.p1 when who == worker }
test "t" {
  measure { jurisdiction RU }
  expect eaeu.p2 compliant
}
