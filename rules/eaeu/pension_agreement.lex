// Agreement on Pension Provision of Workers of the Member States of the EAEU
// (Соглашение о пенсионном обеспечении трудящихся государств – членов
// Евразийского экономического союза). SOURCES.md §1.6.
// Signed in St Petersburg on 20 December 2019; in force 1 January 2021, by
// which date all Member States had ratified it (24.kg/english/179798).
// Its own text was not retrieved: the provisions below quote the Kremlin's
// summary of the core rule and are therefore marked `wording paraphrase`;
// article numbers are not verified (known only: Art 2 sets its scope, per the
// Federation Council's legal department, conclusion of 26 October 2020; the
// EAEU Court interpreted Art 3(1) in its advisory opinion of 18 October 2022,
// whose holding was not retrieved). EAEU Treaty Art 98(3) refers pensions to
// this Agreement (corroborated by the same conclusion).
// Transitional rule (article number and text not found; reported by СБ.
// Беларусь сегодня on the Belarusian ratification, and by belarus24.by and
// 24.kg): each State awards and computes the pension for service on its
// territory acquired after the Agreement's entry into force; for earlier
// service the pension follows national law and the CIS Agreement of 13 March
// 1992 (for Belarus and Russia also their Treaty of 24 January 2006).

instrument eaeu_pension "Agreement on Pension Provision of Workers of the Member States of the Eurasian Economic Union" {
  kind agreement
  origin regional
  // Pension rights of "workers of the Member States", as under the Treaty: each
  // party is bound toward the other parties only (docs/corpus.md §3).
  reciprocal
  signed 2019-12-20
  in_force 2021-01-01
  party RU from 2021-01-01
  party BY from 2021-01-01
  party KZ from 2021-01-01
  party AM from 2021-01-01
  party KG from 2021-01-01
}

provision eaeu_pension.equal_conditions {
  of eaeu_pension
  cite "Pension Agreement, core rule: pension for service in each State on the same conditions as nationals (article number unverified)"
  text """
    In accordance with the Agreement, a member state shall pay a retired worker a monthly pension based on their length of service when in that state. At the same time, the worker shall be entitled to the same pension rights and a pension shall be assigned to them on the same conditions as for citizens of that state.
  """
  wording paraphrase  // Kremlin summary of the Agreement, not the Agreement's text
  paradigm rights
  severity high
  scope kind == pension and concerns_eaeu_person
  requires equal_treatment "EAEU workers must have the same pension rights and conditions as nationals for their service in the State"
  see eaeu_treaty.art98.p3
  see icrmw.art27.p1
}

provision eaeu_pension.aggregation {
  of eaeu_pension
  cite "Pension Agreement, core rule: aggregation of periods of service (article number unverified)"
  text """
    If a person's length of service in the territory of one EAEU member state is not sufficient for that person to be entitled to a pension under that state's law, their length of service in the territories of other EAEU member states can also be taken into account.
  """
  wording paraphrase  // Kremlin summary; 24.kg adds: "except for cases when such work experience coincides in time"
  paradigm rights
  severity medium
  scope kind == pension and concerns_eaeu_person
  requires pension_service_aggregated "service in other Member States must be counted where service in this State is not enough"
  unless pension_aggregation_pre2021_only
    "transitional rule: service before the Agreement's entry into force (1 January 2021) is governed by national law and earlier agreements (article number and text unverified)"
  see eaeu_treaty.art98.p3
}

provision eaeu_pension.concurrent_pensions {
  of eaeu_pension
  cite "Pension Agreement, core rule: concurrent pensions (article number unverified)"
  text """
    The award and payment of a pension in accordance with one EAEU member state's law shall not affect an individual's right to a simultaneous award and payment of a pension under the laws of another member state.
  """
  wording paraphrase  // Kremlin summary
  paradigm rights
  severity medium
  scope kind == pension and concerns_eaeu_person
  prohibits pension_concurrent_barred "a pension under another Member State's law must not affect the award or payment of this State's pension"
  see eaeu_treaty.art98.p3
}
