// lex_unknown_name: misspelt fact in a comparison suggests the fact.
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
define d = kindd == entry_ban
