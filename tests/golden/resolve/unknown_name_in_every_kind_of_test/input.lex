// lex_unknown_name: in every kind of test.
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
define a = kinds in {entry_ban}
define b = applies_too has eaeu_worker
define c = applies_too has any {eaeu_worker}
define e = applies_too has all {eaeu_worker}
define f = flagg is known
define g = flagg is unknown
define h = ban.duraton > 3y
