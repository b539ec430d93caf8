// Three broken declarations around good ones: each error is reported once, and the
// declarations after each error still parse.
instrument t "T" {
  kind treaty
  origin regional
}

instrument broken "B" {
  kind treaty
  party RU from
}

vocabulary v {
  fact flag : bool
  fact count : int
}

define over = count > and

provision t.a {
  of t
  cite "Article 1"
  text "…"
  prohibits flag
}

test "broken" {
  measure { jurisdiction RU flag = }
  expect t.a violation
}

define fine = not flag
