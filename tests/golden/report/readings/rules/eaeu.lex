// LANGUAGE.md §8–§9 in every report format: a contested finding (readings table, one trace
// per assignment), a reciprocal instrument's binding basis, an advisory violation.
instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  in_force 2015-01-01
  reciprocal
  party RU from 2015-01-01
  party AM from 2015-01-02
  party KZ from 2015-01-01
  party KG from 2015-08-06
}

vocabulary migration {
  enum measure_kind { entry_ban, expulsion }
  enum person { eaeu_worker, third_country_national }
  enum purpose { labour_market_protection, public_order }
  fact kind : measure_kind "What the measure does"
  fact applies_to : set<person> "Whom the measure applies to"
  fact purpose : set<purpose> "The purposes the measure states"
}

provision eaeu_treaty.art97.p2 {
  of eaeu_treaty
  cite "Article 97(2)"
  text "… restrictions … in order to protect the national labour market …"
  wording translation
  paradigm economic
  severity critical
  position "functional: any restriction that in effect limits the labour activity of workers"
  scope kind in {entry_ban, expulsion}
  prohibits applies_to has eaeu_worker "restricts workers of the Member States"
}

reading eaeu_treaty.art97.p2.textual {
  of eaeu_treaty.art97.p2
  position "textual: only restrictions that protect the national labour market"
  authority "Art. 97(2): «в целях защиты национального рынка труда»"
  authority "EAEU Court, advisory opinion of 7 December 2018 (non-binding)"
  scope kind in {entry_ban, expulsion} and purpose has labour_market_protection
}
