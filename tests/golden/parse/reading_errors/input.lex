// Every error of LANGUAGE.md §8's readings, with where it points.
instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v { fact a : bool fact b : bool }

provision t.p { of t cite "P" text "p" prohibits a see t.p.r }
provision t.e { of t cite "E" text "e" exception to t.p when b }
provision t.q { of t cite "Q" text "q" exception to t.p.r when b }

reading t.p.r { of t.p position "r" prohibits b }
reading t.p.empty { of t.p position "nothing replaced" authority "none" }
reading t.p.when { of t.p position "w" when b }
reading t.e.prohibits { of t.e position "x" prohibits a }
reading t.p.requires { of t.p position "y" requires a }
reading t.missing.r { of t.missing position "z" scope a }
reading t.of_reading { of t.p.r position "z" scope a }
reading t.e { of t.e position "same id as a provision" when a }
reading t.p.r { of t.p position "twice" scope b }
reading t.p.no_position { of t.p scope b }
reading t.p.no_of { position "no of" scope b }
reading t.p.clauses {
  of t.p
  position "clauses a reading cannot have"
  cite "C"
  unless b
  in_force 2001-01-01
  source "x.akn.xml" art_1
  scope a
}

test "readings named where provisions belong" {
  measure { jurisdiction RU a = true b = false }
  expect t.p.r violation
  expect t.p under t.nothing violation
  expect t.p under t.p.r contested
}

// 2 × 2 × 2 × 2 × 2 × 2 × 2 = 128 assignments
provision t.big { of t cite "B" text "b" prohibits a }
reading t.big.r { of t.big position "r" prohibits b }
provision t.big1 { of t cite "B1" text "b" exception to t.big when a }
reading t.big1.r { of t.big1 position "r" when b }
provision t.big2 { of t cite "B2" text "b" exception to t.big when a }
reading t.big2.r { of t.big2 position "r" when b }
provision t.big3 { of t cite "B3" text "b" exception to t.big when a }
reading t.big3.r { of t.big3 position "r" when b }
provision t.big4 { of t cite "B4" text "b" exception to t.big when a }
reading t.big4.r { of t.big4 position "r" when b }
provision t.big5 { of t cite "B5" text "b" exception to t.big1 when a }
reading t.big5.r { of t.big5 position "r" when b }
provision t.big6 { of t cite "B6" text "b" exception to t.big5 when a }
reading t.big6.r { of t.big6 position "r" when b }
