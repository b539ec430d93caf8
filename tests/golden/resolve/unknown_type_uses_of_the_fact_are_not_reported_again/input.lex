// lex_unknown_type: uses of the fact are not reported again.
// The declaration is what to fix; its uses in conditions and tests say nothing more.
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
vocabulary v { fact count : integer }
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits count > 3 }
define d = count
define e = count is known or count in {1} or kind == count
test "t" { measure { jurisdiction RU count = 4 } expect eaeu.p1 violation }
