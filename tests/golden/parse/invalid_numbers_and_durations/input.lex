instrument t "T" { kind treaty origin regional }

vocabulary v {
  fact ban.duration : duration
  fact rate : number
}

provision t.a {
  of t
  cite "Article 1"
  text "…"
  prohibits ban.duration > 3x or rate > 1.2.3 or ban.duration < -2y
}
