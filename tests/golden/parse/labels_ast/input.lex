// LANGUAGE.md §13: labels on enum values, `as` on facts, sentences on defines.
vocabulary migration {
  enum measure_kind { entry_ban "an entry ban", expulsion "an expulsion", pension }
  enum person {
    eaeu_worker "workers of the Member States",
    foreign_national
  }
  fact kind : measure_kind "What the measure does" as "the measure is"
  fact applies_to : set<person> as "the measure governs"
  fact exempts : set<person> "Whom it exempts"
  fact assessed : bool "Assessment" as "the authority must assess the \"threat\"\u00A0posed"
}

define covers "the measure reaches workers without exempting them"
  else "the measure leaves workers alone" =
  applies_to has eaeu_worker and not exempts has eaeu_worker

define covers_plain = applies_to has eaeu_worker

define reaches """
  the measure reaches
  workers
""" = covers
