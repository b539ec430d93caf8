// Agreement on the legal status of migrant workers and members of their
// families (Соглашение о правовом статусе трудящихся-мигрантов и членов их
// семей), St Petersburg, 19 November 2010, between the Governments of Belarus,
// Kazakhstan and Russia (Common Economic Space). The regional norm before the
// EAEU Treaty.
//
// Dates and parties (docs/corpus.md §3):
//   signed 2010-11-19 (russian.dbw.cn, the Russian Government's materials of
//     May 2011; zn.ua on the Russian ratification law);
//   in force 2012-01-01 (adilet.zan.kz, Kazakhstan's ratification law No.
//     442-IV of 27 June 2011, with the note «2012 жылғы 1 қаңтарда күшіне енді»
//     citing the Bulletin of international treaties of Kazakhstan, 2012, No. 1,
//     item 3); the three signatories are taken as parties from that date;
//   ended on the EAEU Treaty's entry into force, 2015-01-01 (the same adilet
//     note: «Еуразиялық экономикалық одақ туралы шарт күшіне енген күнінен
//     бастап қолданылуын тоқтатады», Kazakh Law No. 240-V of 14.10.2014).
//     The Treaty's own list of terminated agreements was not seen.
//
// Text: Art 1's definitions are verbatim (consultant.ru LAW_117291, SOURCES
// §1.2). The operative articles were not reached; the four provisions below
// restate the Russian Government's summary of the preferences the Agreement
// grants (russian.dbw.cn, 10 May 2011, quoted in the AKN file), so they are
// `wording paraphrase` and their article numbers are unverified.
//
// Whom it protects: «трудящийся-мигрант», a national of one Party lawfully
// present and lawfully working in another Party's State. The EAEU Treaty's
// «трудящийся государства-члена» carries that definition over almost word for
// word, so the vocabulary's `eaeu_worker` and `eaeu_family_member` stand for
// both (docs/corpus.md §3).

instrument ces_migrant_agreement "Agreement on the legal status of migrant workers and members of their families (Common Economic Space, 19 November 2010)" {
  kind agreement
  origin regional
  // A «трудящийся-мигрант» is «лицо, являющееся гражданином государства одной
  // из Сторон» (Art 1, verbatim): each Party is bound toward the other Parties
  // only (docs/corpus.md §3).
  reciprocal
  signed 2010-11-19
  in_force 2012-01-01
  until 2015-01-01
  party BY from 2012-01-01 until 2015-01-01
  party KZ from 2012-01-01 until 2015-01-01
  party RU from 2012-01-01 until 2015-01-01
}

provision ces_migrant_agreement.no_permit {
  of ces_migrant_agreement
  cite "Agreement of 19.11.2010: work without permits and quotas [article number unverified]"
  text """
    Employers of the State of employment may engage migrant workers of the Parties without the corresponding permit; migrant workers work in the States of the Parties without regard to the established quotas and without a work permit.
  """
  wording paraphrase  // restates the Russian Government's summary (russian.dbw.cn, 2011); article text not reached
  paradigm economic
  severity critical
  scope kind in {work_authorisation, labour_quota, labour_market_test}
  prohibits covers_eaeu_worker
    "subjects migrant workers of the Parties to a work permit, quota or labour-market test"
  see eaeu_treaty.art97.p1
  source "ces-2010.akn.xml" summary__para_1
}

provision ces_migrant_agreement.registration {
  of ces_migrant_agreement
  cite "Agreement of 19.11.2010: registration exemption for 30 days [article number unverified]"
  text """
    A migrant worker and family members are exempt from registration (at the place of stay) with the authorities of the State of employment for 30 days from the date of entry.
  """
  wording paraphrase
  paradigm economic
  severity medium
  scope kind == registration
  prohibits covers_eaeu_person and registration_exemption < 30d
    "requires migrant workers of the Parties or their family members to register within less than 30 days of entry"
  see eaeu_treaty.art97.p7
  source "ces-2010.akn.xml" summary__para_2
}

provision ces_migrant_agreement.stay_term {
  of ces_migrant_agreement
  cite "Agreement of 19.11.2010: temporary stay for the term of the employment contract [article number unverified]"
  text """
    The period of temporary stay of a migrant worker and family members equals the term of the migrant worker's employment contract with the employer.
  """
  wording paraphrase
  paradigm economic
  severity high
  scope kind == stay_limit
  prohibits covers_eaeu_person and not stay.follows_contract
    "limits the stay of migrant workers of the Parties or their family members to less than the term of the contract"
  see eaeu_treaty.art97.p5
  source "ces-2010.akn.xml" summary__para_3
}

provision ces_migrant_agreement.new_contract {
  of ces_migrant_agreement
  cite "Agreement of 19.11.2010: 15 days to conclude a new contract [article number unverified]"
  text """
    A migrant worker whose employment contract ends early may conclude a new employment contract, including with another employer, within 15 days.
  """
  wording paraphrase  // the summary is cut off after «в течение 15 дней заключить новый трудовой договор, в том числе с другим работодателем в порядк…»
  paradigm economic
  severity medium
  scope kind == stay_limit
  prohibits covers_eaeu_worker and job_change_grace < 15d
    "gives a migrant worker whose contract ended early less than 15 days to conclude a new one"
  see eaeu_treaty.art97.p6
  source "ces-2010.akn.xml" summary__para_4
}
