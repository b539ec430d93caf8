// lex_type_mismatch: a define used as a fact is named as a define.
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
define e = flag
define d = e == true or e is known or e has eaeu_worker
