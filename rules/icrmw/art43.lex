// ICRMW Article 43: equality of treatment in access to services (Part IV).
// Para 1 chapeau and (a) verbatim (adattar p.13); (b)–(g) paraphrase, confirmed
// against the official Russian text; paras 2–3 verbatim (adattar p.14).

provision icrmw.art43.p1 {
  of icrmw
  cite "Article 43(1)"
  text """
    1. Migrant workers shall enjoy equality of treatment with nationals of the State of employment in relation to:
    (a) Access to educational institutions and services subject to the admission requirements and other regulations of the institutions and services concerned;
    (b) Access to vocat[ional guidance and placement services;] … [paraphrase:]
    (c) access to vocational training and retraining facilities and institutions;
    (d) access to housing, including social housing schemes, and protection against exploitation in respect of rents;
    (e) access to social and health services, provided the requirements for participation in the respective schemes are met;
    (f) access to co-operatives and self-managed enterprises, which shall not imply a change of their migration status and shall be subject to the rules and regulations of the bodies concerned;
    (g) access to and participation in cultural life.
  """
  wording paraphrase  // verbatim only for the chapeau and (a)
  paradigm rights
  severity medium
  scope kind in {education_access, vocational_training, housing, healthcare_access} and covers_documented_migrant
  requires equal_treatment "equality of treatment with nationals in access to education, vocational services, housing, social and health services"
  see eaeu_treaty.art98.p4
  source "icrmw.akn.xml" art_43__para_1
}

provision icrmw.art43.p2 {
  of icrmw
  cite "Article 43(2)"
  text """
    2. States Parties shall promote conditions to ensure effective equality of treatment to enable migrant workers to enjoy the rights mentioned in paragraph 1 of the present article whenever the terms of their stay, as authorized by the State of employment, meet the appropriate requirements.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind in {education_access, vocational_training, housing, healthcare_access} and covers_documented_migrant
  requires equal_treatment or equality_conditions_promoted
    "conditions for effective equality of treatment must be promoted"
  source "icrmw.akn.xml" art_43__para_2
}

provision icrmw.art43.p3 {
  of icrmw
  cite "Article 43(3)"
  text """
    3. States of employment shall not prevent an employer of migrant workers from establishing housing or social or cultural facilities for them. Subject to article 70 of the present Convention, a State of employment may make the establishment of such facilities subject to the requirements generally applied in that State concerning their installation.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind == housing and covers_documented_migrant
  prohibits employer_facilities_prevented
    "prevents employers from establishing housing or social or cultural facilities for migrant workers"
  source "icrmw.akn.xml" art_43__para_3
}
