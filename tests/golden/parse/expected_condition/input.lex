instrument t "T" { kind treaty origin regional }

provision t.a {
  of t
  cite "Article 1"
  text "…"
  prohibits and true
}
