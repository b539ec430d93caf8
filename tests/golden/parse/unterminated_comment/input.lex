instrument t "T" { kind treaty origin regional }

/* this comment never ends
provision t.a {
  of t
}
