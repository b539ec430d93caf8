// lex_type_mismatch: cannot be compared with equals.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, family_member }
  enum status { eaeu_worker, retired }
  fact kind : measure_kind  fact status : status
  fact applies_to : set<person>  fact family : set<person>
  fact ban.duration : duration  fact notice : duration
  fact count : int  fact ratio : number
  fact flag : bool  fact decided : date
  fact title : text  fact origin_state : state
}
provision eaeu.p1 { of eaeu cite "c" text "t" prohibits flag }
// line 14
define d = applies_to == eaeu_worker
