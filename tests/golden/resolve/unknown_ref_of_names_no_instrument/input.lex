// lex_unknown_ref: of names no instrument.
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
provision p { of eaeuu cite "c" text "t" prohibits flag }
