instrument t "T" {
  kind pact
  origin regional
}

provision t.a {
  of t
  cite "Article 1"
  text "…"
  wording literal
  paradigm social
  severity urgent
  prohibits true
}

test "outcomes" {
  measure { jurisdiction RU }
  expect t.a violated
}
