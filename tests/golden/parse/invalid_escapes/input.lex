instrument t "T \q title" { kind treaty origin regional }

provision t.a {
  of t
  cite "Article \u12 (1)"
  text "tab\tnewline\nquote\"backslash\\ok \u00e9 bad \uD800 end"
  prohibits true "why\x"
}
