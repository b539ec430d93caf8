// ICRMW Article 52: free choice of remunerated activity (Part IV).
// Paras 1, 2 and the start of 3(a) verbatim (adattar p.16; oocities.org); the
// rest of 3(a), 3(b) and 4 paraphrase (SOURCES.md §2.2). Paras 2 and 3 permit
// restrictions of the right in para 1 and are encoded as its exceptions.

provision icrmw.art52.p1 {
  of icrmw
  cite "Article 52(1)"
  text """
    1. Migrant workers in the State of employment shall have the right freely to choose their remunerated activity, subject to the following restrictions or conditions.
  """
  wording verbatim
  paradigm economic
  severity high
  scope kind in {work_authorisation, labour_quota, labour_market_test, occupation_restriction}
    and covers_documented_migrant
  prohibits activity_choice_restricted "restricts migrant workers' free choice of remunerated activity"
  see eaeu_treaty.art97.p1
  see eaeu_treaty.art97.p2
  source "icrmw.akn.xml" art_52__para_1
}

provision icrmw.art52.p2a {
  of icrmw
  cite "Article 52(2)(a)"
  text """
    2. For any migrant worker a State of employment may:
    (a) Restrict access to limited categories of employment, functions, services or activities where this is necessary in the interests of this State and provided for by national legislation;
  """
  wording verbatim
  paradigm economic
  severity high
  exception to icrmw.art52.p1
  // "where this is necessary in the interests of this State and provided for
  // by national legislation": limited categories, necessity and a legal basis.
  when restriction_limited_categories and necessity_shown and provided_by_law
  source "icrmw.akn.xml" art_52__para_2
}

provision icrmw.art52.p2b {
  of icrmw
  cite "Article 52(2)(b)"
  text """
    (b) Restrict free choice of remunerated activity in accordance with its legislation concerning recognition of occupational qualifications acquired outside its territory. However, States Parties concerned shall endeavour to provide for recognition of such qualifications.
  """
  wording verbatim
  paradigm economic
  severity medium
  exception to icrmw.art52.p1
  when restriction_qualification_based and provided_by_law
  source "icrmw.akn.xml" art_52__para_2
}

provision icrmw.art52.p3a {
  of icrmw
  cite "Article 52(3)(a)"
  text """
    3. For migrant workers whose permission to work is limited in time, a State of employment may also:
    (a) Make the right freely to choose their remunerated activities subject to the condition that the migrant worker has resided lawfully in its territory for the purpos[e of remunerated activity for a period of time prescribed in its national legislation that should not exceed two years;]
  """
  wording paraphrase  // verbatim up to "purpos[e"; the bracketed ending is paraphrase
  paradigm economic
  severity medium
  exception to icrmw.art52.p1
  when permit_time_limited and provided_by_law and restriction_lifted_after <= 2y
  source "icrmw.akn.xml" art_52__para_3
}

provision icrmw.art52.p3b {
  of icrmw
  cite "Article 52(3)(b)"
  text """
    (b) The State may limit a migrant worker's access to remunerated activities under a policy of giving priority to its nationals, or to persons assimilated to them under legislation or bilateral or multilateral agreements. Any such limitation stops applying to a migrant worker who has resided lawfully in its territory for remunerated activity for a period prescribed by national law that should not exceed five years.
  """
  wording paraphrase
  paradigm economic
  severity medium
  exception to icrmw.art52.p1
  when permit_time_limited and provided_by_law and ground has national_priority
    and restriction_lifted_after <= 5y
  source "icrmw.akn.xml" art_52__para_3
}

provision icrmw.art52.p4 {
  of icrmw
  cite "Article 52(4)"
  text """
    States of employment shall prescribe the conditions under which a migrant worker admitted to take up employment may be authorized to engage in work on his or her own account, taking into account the period of lawful stay.
  """
  wording paraphrase
  paradigm economic
  severity low
  scope kind == work_authorisation and covers_documented_migrant
  requires self_employment_conditions_prescribed
    "conditions for admitted migrant workers to work on their own account must be prescribed"
  source "icrmw.akn.xml" art_52__para_4
}
