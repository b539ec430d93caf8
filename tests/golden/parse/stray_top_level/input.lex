instrument t "T" { kind treaty origin regional }

rule t.a { }

provision t.b {
  of t
  cite "Article 2"
  text "…"
  prohibits true
}
}
