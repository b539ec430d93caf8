// lex_unknown_name: unknown test fact with nothing close says how to declare.
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
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
test "t" { measure { jurisdiction RU zzzzqqq = 1 } expect eaeu.p1 violation }
