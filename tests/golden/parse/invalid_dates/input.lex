instrument t "T" {
  kind treaty
  origin regional
  signed 2023-02-30
  in_force 2015
  party RU from 2015-13-01 until 2020-01-01
}

vocabulary v { fact since : date }

provision t.a {
  of t
  cite "Article 1"
  text "…"
  until 2019-02-29
  prohibits since < 2021-04-31
}
