// EAEU Treaty, Section XXVI "Labour Migration", Article 96: cooperation
// between the Member States in the sphere of labour migration; definitions.
// SOURCES.md §1.2. Text: ANOSLE "Centre-Expert" unofficial English
// translation (anosle.com/read_en/1/25-section-xxvi.html). The Russian text
// is authentic and governs; the paragraph numbers 2 and 3 are editorial (the
// EAEU Court confirms paragraphs 1 and 3 exist).

provision eaeu_treaty.art96.p1 {
  of eaeu_treaty
  cite "Article 96(1)"
  text """
    1. The Member States shall cooperate on agreement of their policy in the sphere of labour migration within the Union, as well as to assist the organised recruitment and involvement of workers of the Member States for employment in the Member States.
  """
  wording translation
  paradigm economic
  severity low
  scope kind in {recruitment, labour_quota, labour_market_test, work_authorisation}
  prohibits covers_eaeu_worker and recruitment_obstructed
    "obstructs the organised recruitment and involvement of workers of the Member States"
  source "eaeu-treaty.akn.xml" art_96__para_1
}

provision eaeu_treaty.art96.p2 {
  of eaeu_treaty
  cite "Article 96(2)"
  text """
    Cooperation between the Member States in the sphere of labour migration shall be carried out through the interaction between state authorities of the Member States having the respective jurisdiction.
    Cooperation between the Member States in the sphere of labour migration within the Union shall be carried out in the following forms:
    1) agreement of common principles and approaches in the sphere of labour migration;
    2) exchange of regulatory legal acts;
    3) exchange of information;
    4) implementation of measures aimed at preventing the spread of false information;
    5) exchange of experiences, internships, seminars and training courses;
    6) cooperation in the framework of advisory authorities.
    Upon agreement between the Member States, other forms of cooperation in the sphere of migration may be established.
  """
  wording translation
  paradigm economic
  severity low
  scope kind == information_service
  prohibits information_exchange_barred
    "bars the exchange of regulatory legal acts or information with the other Member States' authorities"
  source "eaeu-treaty.akn.xml" art_96__para_2
}

provision eaeu_treaty.art96.p3 {
  of eaeu_treaty
  cite "Article 96(3)"
  text """
    The terms used in this Section shall have the meanings set forth below:
    "state of entry" means a Member State entered by a national of another Member State;
    "state of permanent residence" means a Member State which national is a worker of a Member State;
    "state of employment" means a Member State of employment;
    "certificates of education" means state education documents, as well as certificates of education recognised as state education documents;
    "customer of works (services)" means a juridical or natural person providing a worker of a Member State with work ba[sed on a civil law contract …] …
  """
  wording translation  // excerpt ends mid-definition; the definitions of "employer", "labour activity", "worker of a Member State" and "family members" are paraphrase only (SOURCES.md §1.2)
  paradigm economic
  severity medium
  scope kind in {work_authorisation, labour_quota, labour_market_test}
    and (applies_to has eaeu_worker or exempts has eaeu_worker)
  prohibits worker_definition_narrower
    "treats as workers of Member States a narrower group than Art 96(3), e.g. excludes persons working for a customer of works (services) under a civil-law contract"
  source "eaeu-treaty.akn.xml" art_96__para_3
}
