// Labels that say nothing, `else` without the sentence it negates, and labels where the
// grammar has no place for them.
vocabulary v {
  enum kind { ban "", quota "  " }
  fact k : kind as ""
}

vocabulary w {
  fact b : bool "described" as
}

define d else "not d" = true

define e "e holds" else "" = true

define f "f" else = true

define g "f" "g" = true
