// EAEU Treaty, Article 98: rights and obligations of workers of the Member
// States. SOURCES.md §1.4. No copy of the Article 98 text was found (SOURCES,
// and the searches for this corpus revision: docs/corpus.md §8); every
// paragraph below is the compiler's paraphrase and is UNVERIFIED (check
// against the Russian text at docs.eaeunion.org or pravo.gov.ru). All are
// therefore `wording paraphrase`.
// Paragraph numbers: 98(3) (social security; pensions left to a separate
// treaty) is corroborated by the Federation Council's legal department
// (conclusion of 26 October 2020 on the pension ratification bill), 98(3) and
// 98(4) (medical care, Annex 30) by the EAEU Court's opinion on Kyrgyzstan's
// request as reported by TASS (gazeta.kg). The other numbers come from the
// paraphrase only and their citations say so.
// Concordance (Korneev & Leonov 2021): Art 98 matches ICRMW Arts 1, 15,
// 25–28, 30, 32–34.

provision eaeu_treaty.art98.p1 {
  of eaeu_treaty
  cite "Article 98(1) [paragraph number unverified]"
  text """
    Workers have the rights and obligations set out in the Treaty and in the legislation of the State of employment.
  """
  wording paraphrase
  paradigm rights
  severity low
  // Read as: a duty or restriction imposed on workers must rest on the Treaty
  // or on legislation. A relief such as a non-statutory amnesty imposes
  // nothing, so it is outside this paragraph (`restrictive_kind`).
  scope concerns_eaeu_person and restrictive_kind
  requires provided_by_law
    "obligations of workers must have their basis in the Treaty or in legislation, not only in administrative practice"
  see icrmw.art1.p1
  see icrmw.art25.p1
  source "eaeu-treaty.akn.xml" art_98__para_1
}

provision eaeu_treaty.art98.p2 {
  of eaeu_treaty
  cite "Article 98(2) [paragraph number unverified]"
  text """
    A worker may own, use and dispose of property; is entitled to protection of that property; and may freely transfer funds. All of this is under the legislation of the State of employment.
  """
  wording paraphrase
  paradigm rights
  severity high
  scope kind in {property_rights, fund_transfer} and concerns_eaeu_person
  prohibits property_arbitrary_deprivation or funds_transfer_restricted
    "deprives workers of property arbitrarily or restricts the free transfer of their funds"
  see icrmw.art15
  see icrmw.art32
  source "eaeu-treaty.akn.xml" art_98__para_2
}

provision eaeu_treaty.art98.p3 {
  of eaeu_treaty
  cite "Article 98(3)"
  text """
    Social security (social insurance), except pensions, for workers and family members is provided on the same conditions and in the same way as for nationals of the State of employment. Periods of work or insurance count towards the total period for social security, except pensions, under the legislation of the State of employment. Pensions are governed by the legislation of the State of permanent residence and by a separate international treaty among the Member States.
  """
  wording paraphrase
  paradigm rights
  severity high
  // Pensions are left to the Pension Agreement (rules/eaeu/pension_agreement.lex).
  scope kind == social_security and concerns_eaeu_person
  requires equal_treatment and family_members_covered and insurance_periods_counted
    "social security (except pensions) for workers and family members on the same conditions as nationals, with periods of work counted"
  see icrmw.art27.p1
  see eaeu_pension.equal_conditions
  source "eaeu-treaty.akn.xml" art_98__para_3
}

provision eaeu_treaty.art98.p4 {
  of eaeu_treaty
  cite "Article 98(4)"
  text """
    Emergency and urgent medical care, and other medical care, for workers and family members is governed by the Protocol on medical care (Annex 30), the legislation of the State of employment, and international treaties.
  """
  wording paraphrase  // Annex 30 (also paraphrase, SOURCES.md §1.5): emergency and urgent care free of charge, regardless of medical insurance, as for nationals
  paradigm rights
  severity high
  scope kind == healthcare_access and concerns_eaeu_person
  requires emergency_care_free
    "emergency and urgent medical care must be free of charge regardless of insurance (Annex 30)"
  see icrmw.art28
  source "eaeu-treaty.akn.xml" art_98__para_4
}

provision eaeu_treaty.art98.p5 {
  of eaeu_treaty
  cite "Article 98(5) [paragraph number unverified]"
  text """
    Workers may join trade unions on an equal footing with nationals.
  """
  wording paraphrase
  paradigm rights
  severity medium
  scope kind == trade_union and concerns_eaeu_person
  requires equal_treatment and not union_rights_restricted
    "trade union membership on an equal footing with nationals"
  see icrmw.art26.p1
  source "eaeu-treaty.akn.xml" art_98__para_5
}

provision eaeu_treaty.art98.p6 {
  of eaeu_treaty
  cite "Article 98(6) [paragraph number unverified]"
  text """
    Children of workers may attend preschool and general-education institutions under the legislation of the State of employment.
  """
  wording paraphrase
  paradigm rights
  severity high
  position "access: a child of a worker of a Member State is not refused a place; the legislation of the State of employment governs how children attend, not whether they may"
  authority "Eurasian Economic Commission, press service (reported by tj.sputniknews.ru, 23 August 2023): under the Treaty, migrants have the right to place their children in preschool or general-education institutions «беспрепятственно»"
  authority "Eurasian Economic Commission, Director of the Department of Labour Migration and Social Protection A. Omurbekova at a press conference on the Russian school language test (informburo.kz; date not seen): Armenia, Kyrgyzstan and Kazakhstan require no knowledge of the State language of children from EAEU States; the Commission considers simplifying, revising or abolishing the test"
  scope kind == education_access and concerns_eaeu_person
  prohibits school_access_denied
    "refuses children of workers access to preschool or general-education institutions"
  see icrmw.art30
  source "eaeu-treaty.akn.xml" art_98__para_6
}

// Children attend "under the legislation of the State of employment": that
// legislation may set conditions of admission for foreign children (a language
// test, proof of lawful stay), and only a refusal of children of workers as
// such breaches Art 98(6). The wording rests on a paraphrase: the Russian text
// of Art 98 was not found (docs/corpus.md §4, §8).
reading eaeu_treaty.art98.p6.admission_conditions {
  of eaeu_treaty.art98.p6
  position "conditions of admission: children attend under the legislation of the State of employment, which may set conditions of admission for foreign children; only a refusal of children of workers as such breaches Art 98(6)"
  authority "Art 98(6) as paraphrased (Russian text not found, paragraph number unverified): children of workers may attend preschool and general-education institutions «under the legislation of the State of employment»"
  prohibits school_access_denied and not school_access_conditioned
    "refuses children of workers access as such, not only for failing a condition of admission the legislation of the State of employment lays down"
}

provision eaeu_treaty.art98.p7 {
  of eaeu_treaty
  cite "Article 98(7) [paragraph number unverified]"
  text """
    Workers may obtain information from the competent authorities on conditions of stay, work, rights and obligations.
  """
  wording paraphrase
  paradigm rights
  severity low
  scope kind == information_service and concerns_eaeu_person
  requires info_available
    "information on conditions of stay and work and on rights and obligations must be obtainable from the competent authorities"
  see icrmw.art33.p1
  source "eaeu-treaty.akn.xml" art_98__para_7
}

provision eaeu_treaty.art98.p8 {
  of eaeu_treaty
  cite "Article 98(8) [paragraph number unverified]"
  text """
    Workers must comply with the legislation of the State of employment, respect the culture and traditions of its peoples, and bear liability for offences under its law.
  """
  wording paraphrase
  paradigm security
  severity info
  // An obligation of workers, not of States. Its State-facing reading: the
  // liability it accepts is liability for offences under the law of the State
  // of employment; a sanction for anything else finds no support in it. It
  // does not take sanctions out of Art 97(2): an expulsion is judged there by
  // the same test as a ban.
  scope kind == administrative_penalty and concerns_eaeu_person
  requires trigger.domestic_offence
    "liability of workers is liability for offences under the law of the State of employment"
  see icrmw.art34
  source "eaeu-treaty.akn.xml" art_98__para_8
}
