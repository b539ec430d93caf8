// Resolver errors as a lawyer sees them: one of each kind, with its help and labels.
instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  party RU from 2015-01-01
  party KG from 2015-08-06 until 2015-01-01
  party RU from 2016-01-01
}

vocabulary migration {
  enum measure_kind { entry_ban, expulsion, labour_quota }
  enum person { eaeu_worker, family_member }
  fact kind : measure_kind
  fact applies_to : set<person>
  fact ban.duration : duration
  fact offence_count : integer
}

vocabulary other {
  fact kind : measure_kind
}

define short_ban = ban.duration < 3
define security = ground has national_security

provision eaeu_treaty.art97.p1 {
  of eaeu_treaty
  cite "Article 97(1)"
  text "Member States shall not establish or apply restrictions …"
  prohibits applies_to has eaeu_workr and kind == labour_qouta
  see icrmw.art52
}

provision eaeu_treaty.art97.p1_security {
  of eaeu_treaty
  cite "Article 97(1), second sentence"
  exception to eaeu_treaty.art97.p1
  when security
}

test "a labour quota on EAEU workers" {
  measure {
    jurisdiction RU
    kind = labour_quota
    applies_to = eaeu_worker
  }
  expect eaeu_treaty.art97.p1_security compliant
}
