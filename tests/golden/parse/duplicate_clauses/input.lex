instrument t "T" {
  kind treaty
  origin regional
  kind convention
}

provision t.a {
  of t
  cite "Article 1"
  cite "Article 1(1)"
  text "…"
  prohibits true
  requires false
}

provision t.b {
  of t
  cite "Article 2"
  text "…"
  prohibits true
  when false
}

test "twice" {
  as_of 2020-01-01
  as_of 2021-01-01
  measure { jurisdiction RU jurisdiction KZ }
  expect t.a violation
}
