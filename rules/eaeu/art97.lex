// EAEU Treaty, Article 97 "Трудовая деятельность трудящихся государств-членов"
// (labour activity of workers of the Member States). SOURCES.md §1.3.
// Paras 1–2: the authentic Russian text, quoted verbatim from a faithful copy
// (arbatcredit.ru, a reprint of the consolidated text "ред. от 11.04.2017"), not
// from an official portal; an English paraphrase is given in the comment above
// each.
// Paras 3–7: paraphrase only. No copy of their Russian text was found (the
// searchable copies stop at «3. В целях осу…»), so they stay `wording
// paraphrase`. Their paragraph numbers come from that paraphrase: 3 is
// corroborated by the copies ("3. В целях осу[ществления трудовой
// деятельности]"), 5 by a Kyrgyz-language summary (yakutia-sodr.ru, «97-беренесинин
// 5-пункту»), which however puts the 15-day rule encoded below as 97(6) in para 5
// as well; 4, 6 and 7 are unverified and their citations say so.
// Para 8 (migration cards and identity documents) is not encoded: neither its
// existence nor its text was found.
//
// Who is protected: "workers of the Member States" as Art 96 defines them — a
// national of another Member State lawfully present and lawfully working in the
// State of employment, under an employment contract or for a customer of works
// (services) under a civil-law contract (definitions: ANOSLE translation and
// paraphrase, eaeu-treaty.akn.xml). An exemption narrower than that definition
// leaves some of them under the national restriction (97(1) below).

// English (paraphrase): Employers and customers of works or services may
// engage workers of the Member States without regard to restrictions that
// protect the national labour market. The workers need no work permit in the
// State of employment.
provision eaeu_treaty.art97.p1 {
  of eaeu_treaty
  cite "Article 97(1)"
  text """
    1. Работодатели и (или) заказчики работ (услуг) государства-члена вправе привлекать к осуществлению трудовой деятельности трудящихся государств-членов без учета ограничений по защите национального рынка труда. При этом трудящимся государств-членов не требуется получение разрешения на осуществление трудовой деятельности в государстве трудоустройства.
  """
  wording verbatim
  paradigm economic
  severity critical
  scope kind in {work_authorisation, labour_quota, labour_market_test}
  // An exemption for "EAEU workers" that reaches only employees leaves those who
  // work for a customer under a civil-law contract — workers of the Member
  // States under Art 96's definitions — under the permit, quota or test.
  prohibits covers_eaeu_worker or (exempts has eaeu_worker and worker_definition_narrower)
    "subjects workers of the Member States (as Art 96 defines them) to a work permit, patent, quota or labour-market test"
  see icrmw.art52.p1
  source "eaeu-treaty.akn.xml" art_97__para_1
}

// English (paraphrase): Member States must not set or apply
// national-labour-market restrictions to such workers' labour activity,
// occupation or territory of stay. The only exceptions are restrictions set by
// the Treaty itself and national restrictions for national security
// (including strategic sectors of the economy) and public order.
provision eaeu_treaty.art97.p2 {
  of eaeu_treaty
  cite "Article 97(2)"
  text """
    2. Государства-члены не устанавливают и не применяют ограничения, установленные их законодательством в целях защиты национального рынка труда, за исключением ограничений, установленных настоящим Договором и законодательством государств-членов в целях обеспечения национальной безопасности (в том числе в отраслях экономики, имеющих стратегическое значение) и общественного порядка, в отношении осуществляемой трудящимися государств-членов трудовой деятельности, рода занятий и территории пребывания.
  """
  wording verbatim
  paradigm economic
  severity critical
  // Three readings (docs/corpus.md §4). The functional one, below, is the
  // corpus's primary reading: any restriction that in effect limits the labour
  // activity, occupation or territory of stay of workers of the Member States.
  // Entry bans and expulsions end the stay and the work, whether imposed as a
  // measure of their own or as an administrative penalty (`expels`); stay
  // limits, residence restrictions, permits, quotas, labour-market tests and
  // closed occupations restrict them directly; cancelling a residence or work
  // authorisation ends the stay like a ban. Sanctions are judged by the same
  // test as bans: that workers bear liability for offences (Art 98(8), a
  // paraphrase) does not take a sanction out of Art 97(2). The textual and
  // personal-scope readings follow the exception provisions.
  position "functional: any restriction that in effect limits the labour activity, occupation or territory of stay of workers of the Member States, whatever purpose it states"
  authority "EAEU Court (Grand Collegium), advisory opinion of 7 December 2018, on the Eurasian Economic Commission's request concerning Art 97(2) and quotas on professional athletes who are nationals of Member States; an advisory opinion is not binding, and its operative conclusions were not retrieved (docs/corpus.md §8)"
  authority "VCLT Art 31(1), which the EAEU Court applies to the Treaty (consultant.ru LAW_313086, start of section III): a treaty is interpreted in good faith, in its context and in the light of its object and purpose"
  authority "Treaty Art 1(1): a Union «в рамках которого обеспечивается свобода движения товаров, услуг, капитала и рабочей силы»"
  scope kind in {entry_ban, expulsion, stay_limit, residence_restriction, work_authorisation,
    labour_quota, labour_market_test, occupation_restriction, permit_cancellation}
    or expels
  prohibits covers_eaeu_worker
    "restricts the labour activity, occupation or territory of stay of workers of the Member States"
  see icrmw.art52.p1
  see icrmw.art39.p1
  source "eaeu-treaty.akn.xml" art_97__para_2
}

provision eaeu_treaty.art97.p2_national_security {
  of eaeu_treaty
  cite "Article 97(2), exception: national security (including strategic sectors of the economy)"
  text """
    … за исключением ограничений, установленных … законодательством государств-членов в целях обеспечения национальной безопасности (в том числе в отраслях экономики, имеющих стратегическое значение) …
  """
  wording verbatim
  paradigm security
  severity critical
  exception to eaeu_treaty.art97.p2
  // The measure must pursue national security and be tied to a genuine threat
  // (an individual assessment, or a criminal offence that shows such a threat
  // by itself: `threat_link`); or it must close or limit activity in a
  // strategic sector of the economy.
  when (ground has national_security and threat_link)
    or (ground has strategic_sector
      and kind in {occupation_restriction, labour_quota, work_authorisation, labour_market_test})
  source "eaeu-treaty.akn.xml" art_97__para_2
}

provision eaeu_treaty.art97.p2_public_order {
  of eaeu_treaty
  cite "Article 97(2), exception: public order"
  text """
    … за исключением ограничений, установленных … законодательством государств-членов в целях обеспечения … общественного порядка …
  """
  wording verbatim
  paradigm security
  severity critical
  exception to eaeu_treaty.art97.p2
  // Invoking public order is not enough: the restriction must be tied to a
  // genuine threat, so an automatic ban for ordinary administrative offences
  // does not qualify.
  when ground has public_order and threat_link
  source "eaeu-treaty.akn.xml" art_97__para_2
}

provision eaeu_treaty.art97.p2_treaty_restriction {
  of eaeu_treaty
  cite "Article 97(2), exception: restrictions established by the Treaty"
  text """
    … за исключением ограничений, установленных настоящим Договором …
  """
  wording verbatim
  paradigm economic
  severity critical
  exception to eaeu_treaty.art97.p2
  when treaty_based
  source "eaeu-treaty.akn.xml" art_97__para_2
}

// The personal-scope reading: Art 97(2) protects only workers of the Member
// States, nationals of another Member State lawfully present and lawfully
// working in the State of employment (Art 96, definitions). A measure shown
// to bite only on persons already removed, or on persons who overstayed their
// lawful term (`ends_lawful_work` false), reaches no such worker. Where that is
// not known, this reading keeps the measure in scope: it excludes only what is
// shown to be outside.
reading eaeu_treaty.art97.p2.personal {
  of eaeu_treaty.art97.p2
  position "personal scope: only measures that can reach a worker of a Member State, a national of another Member State lawfully present and lawfully working in the State of employment"
  authority "Treaty Art 96, definition of «трудящийся государства-члена»: lawfully present and lawfully engaged in labour activity in the State of employment (ANOSLE's English translation and a paraphrase; the Russian text of the definition was not found)"
  authority "Its predecessor, the Agreement of 19 November 2010 on the legal status of migrant workers and members of their families, Art 1: «законно находящееся и на законном основании осуществляющее трудовую деятельность» (consultant.ru LAW_117291)"
  scope (kind in {entry_ban, expulsion, stay_limit, residence_restriction, work_authorisation,
    labour_quota, labour_market_test, occupation_restriction, permit_cancellation}
    or expels)
    and (ends_lawful_work or ends_lawful_work is unknown)
}

// The textual reading: Art 97(2) forbids the restrictions a Member State's
// legislation adopted «в целях защиты национального рынка труда». Permits,
// quotas and labour-market tests are such restrictions by their nature (Art
// 97(1)); any other measure must have that purpose (`purpose`). Entry control
// for all foreigners and the punishment of offences are other policies.
reading eaeu_treaty.art97.p2.textual {
  of eaeu_treaty.art97.p2
  position "textual: only restrictions adopted to protect the national labour market («в целях защиты национального рынка труда»); general entry control and sanctions for offences are outside Art 97(2)"
  authority "Art 97(2): «Государства-члены не устанавливают и не применяют ограничения, установленные их законодательством в целях защиты национального рынка труда…»"
  authority "Art 97(1): «без учета ограничений по защите национального рынка труда»: work permits, quotas and labour-market tests are the restrictions meant"
  authority "VCLT Art 31(1), which the EAEU Court applies to the Treaty (consultant.ru LAW_313086, start of section III): a treaty is interpreted in accordance with the ordinary meaning to be given to its terms in their context"
  authority "No decision holding 114-FZ Art 26 or 27 incompatible with Art 97 was found in the copies searched (docs/corpus.md §8)"
  scope kind in {work_authorisation, labour_quota, labour_market_test}
    or ((kind in {entry_ban, expulsion, stay_limit, residence_restriction, occupation_restriction,
      permit_cancellation}
      or expels)
      and purpose has labour_market_protection)
}

provision eaeu_treaty.art97.p3 {
  of eaeu_treaty
  cite "Article 97(3)"
  text """
    Education documents issued by educational organisations of the Member States are recognised without the State of employment's recognition procedures. Workers who want to do pedagogical, legal, medical or pharmaceutical work are admitted under the legislation of the State of employment. Documents on academic degrees and titles are recognised under the legislation of the State of employment. The employer or customer may ask for a certified translation and may send inquiries to the issuing institution.
  """
  wording paraphrase  // SOURCES.md §1.3 [PARAPHRASE + UNVERIFIED]; the Russian excerpt stops at "3. В целях осу[ществления трудовой деятельности …]"
  paradigm economic
  severity high
  scope kind == recognition_of_qualifications
  prohibits covers_eaeu_worker and qualification_recognition_procedure
    "requires a recognition procedure for education documents issued in another Member State"
  unless regulated_profession
    "pedagogical, legal, medical and pharmaceutical activity is admitted under the legislation of the State of employment"
  see icrmw.art52.p2b
  source "eaeu-treaty.akn.xml" art_97__para_3
}

provision eaeu_treaty.art97.p4 {
  of eaeu_treaty
  cite "Article 97(4) [paragraph number unverified]"
  text """
    A worker may practise professionally according to the specialisation and qualification shown in the recognised education documents.
  """
  wording paraphrase  // SOURCES.md §1.3 [PARAPHRASE + UNVERIFIED]
  paradigm economic
  severity medium
  scope kind in {recognition_of_qualifications, occupation_restriction}
  prohibits covers_eaeu_worker and qualification_practice_barred
    "bars practice in the specialisation and qualification shown in recognised education documents"
  see icrmw.art52.p1
  source "eaeu-treaty.akn.xml" art_97__para_4
}

provision eaeu_treaty.art97.p5 {
  of eaeu_treaty
  cite "Article 97(5)"
  text """
    The period of temporary stay (residence) of the worker and family members in the State of employment is set by the term of the employment or civil-law contract with the employer or customer.
  """
  wording paraphrase  // SOURCES.md §1.3; corroborated by the EEC brochure summary of 29.08.2022
  paradigm economic
  severity high
  scope kind == stay_limit
  prohibits covers_eaeu_person and not stay.follows_contract
    "limits the stay of EAEU workers or family members to less than the term of the worker's contract"
  see icrmw.art39.p1
  source "eaeu-treaty.akn.xml" art_97__para_5
}

provision eaeu_treaty.art97.p6 {
  of eaeu_treaty
  cite "Article 97(6) [paragraph number unverified; may be the second part of 97(5)]"
  text """
    If the contract ends early, after 90 days from the date of entry, the worker may conclude a new contract within 15 days without leaving the State of employment.
  """
  wording paraphrase  // SOURCES.md §1.3; corroborated by 24.kg citing the Russian Interior Ministry
  paradigm economic
  severity medium
  scope kind == stay_limit
  prohibits covers_eaeu_worker and job_change_grace < 15d
    "gives a worker whose contract ended early less than 15 days to conclude a new contract without leaving"
  see icrmw.art54.p1
  source "eaeu-treaty.akn.xml" art_97__para_6
}

provision eaeu_treaty.art97.p7 {
  of eaeu_treaty
  cite "Article 97(7) [paragraph number unverified]"
  text """
    Nationals of a Member State who arrive for employment, and their family members, are exempt from registration for 30 days from the date of entry. If they stay longer than 30 days they must register under the law of the State of entry.
  """
  wording paraphrase  // SOURCES.md §1.3 [PARAPHRASE + UNVERIFIED]
  paradigm economic
  severity medium
  scope kind == registration
  prohibits covers_eaeu_person and registration_exemption < 30d
    "requires EAEU workers or family members to register within less than 30 days of entry"
  see icrmw.art39.p1
  source "eaeu-treaty.akn.xml" art_97__para_7
}
