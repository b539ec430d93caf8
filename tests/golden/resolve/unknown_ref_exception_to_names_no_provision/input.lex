// lex_unknown_ref: exception to names no provision.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration {
  enum measure_kind { entry_ban, expulsion, labour_quota }
  enum person { eaeu_worker, family_member }
  enum status { eaeu_worker, retired }
  fact kind : measure_kind
  fact applies_to : set<person>
  fact status : status
  fact ban.duration : duration
  fact flag : bool
}
provision eaeu.art97.p1 { of eaeu cite "c" text "t" prohibits flag }
provision eaeu.art97.p1_order { of eaeu cite "c" text "t" exception to eaeu.art97.p2 when flag }
provision eaeu.art97.p1_health { of eaeu cite "c" text "t" exception to icrmw.art52 when flag }
