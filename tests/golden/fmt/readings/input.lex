// LANGUAGE.md §8–§9 declarations written on one line: fmt lays them out like provisions
instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  in_force 2015-01-01
  reciprocal
  party RU from 2015-01-01
  party KG from 2015-08-06
}

vocabulary migration {
  enum measure_kind { entry_ban, expulsion }
  enum purpose_kind { labour_market_protection }
  fact kind : measure_kind
  fact purpose : set<purpose_kind>
  fact covers_worker : bool
  fact security : bool
}

provision eaeu_treaty.art97.p2 {
  of eaeu_treaty
  cite "Article 97(2)"
  text "…"
  position "functional: any restriction that in effect limits the labour activity"
  authority "EAEU Commission practice"
  scope kind in {entry_ban, expulsion}
  prohibits covers_worker "restricts workers"
}

provision eaeu_treaty.art97.p2_security {
  of eaeu_treaty
  cite "Article 97(2), security"
  text "…"
  exception to eaeu_treaty.art97.p2
  when security
}

reading eaeu_treaty.art97.p2.textual {
  of eaeu_treaty.art97.p2
  position "textual: only restrictions that protect the national labour market"
  authority "Art. 97(2): «в целях защиты национального рынка труда»"
  authority "EAEU Court, advisory opinion of 7 December 2018 (non-binding)"
  scope kind in {entry_ban, expulsion} and purpose has labour_market_protection
}

reading eaeu_treaty.art97.p2_security.strict {
  of eaeu_treaty.art97.p2_security
  position "strict"
  when security and not covers_worker
}

test "the readings disagree" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    affects = {KG}
    kind = entry_ban
    covers_worker = true
    purpose = {}
    security = false
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2_security.strict violation
}
