instrument t "T" {
  kind treaty
  origin regional
}

provision t.a {
  of t
  cite "Article 1"
  text "…"
  prohibits true

provision t.b {
  of t
  cite "Article 2"
  text "…"
  prohibits false
}
