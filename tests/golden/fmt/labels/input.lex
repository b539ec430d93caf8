// Labels (LANGUAGE.md §13) keep their place; only the spacing around them changes.
vocabulary v {
  enum kind {   ban   "an entry ban" ,quota "a labour quota",pension }
  enum person {
      worker    "workers of the Member States",   // Art 96
    other,
    family "family members"
  }
  fact kind:kind "What the measure does"   as   "the measure is"
  fact applies_to : set<person>   as "the measure governs"
  fact assessed : bool
        "Assessment"
     as "the authority assesses the person"
}
define covers    "the measure reaches workers"
else   "the measure leaves workers alone"=applies_to has worker
define plain   "p" = true
define x
  = true
