// ICRMW Article 25: equality of treatment in conditions of work (Part III).
// Text: hozir.org p.316; adattar p.10.

provision icrmw.art25.p1 {
  of icrmw
  cite "Article 25(1)"
  text """
    1. Migrant workers shall enjoy treatment not less favourable than that which applies to nationals of the State of employment in respect of remuneration and:
    (a) Other conditions of work, that is to say, overtime, hours of work, weekly rest, holidays with pay, safety, health, termination of the employment relationship and any other conditions of work which, according to national law and practice, are covered by this term;
    (b) Other terms of employment, that is to say, minimum age of employment, restriction on home work and any other matters which, according to national law and practice, are considered a term of employment.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == employment_conditions and covers_migrant
  requires equal_treatment "remuneration and other conditions and terms of work not less favourable than for nationals"
  see eaeu_treaty.art98.p1
  source "icrmw.akn.xml" art_25__para_1
}

provision icrmw.art25.p2 {
  of icrmw
  cite "Article 25(2)"
  text """
    2. It shall not be lawful to derogate in private contracts of employment from the principle of equality of treatment referred to in paragraph 1 of the present article.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope kind == employment_conditions and covers_migrant
  prohibits private_derogation_allowed "allows private contracts of employment to derogate from equality of treatment"
  source "icrmw.akn.xml" art_25__para_2
}

provision icrmw.art25.p3 {
  of icrmw
  cite "Article 25(3)"
  text """
    3. States Parties shall take all appropriate measures to ensure that migrant workers are not deprived of any rights derived from this principle by reason of any irregularity in their stay or employment. In particular, employers shall not be relieved of any legal or contractual obligations, nor shall their obligations be limited in any manner by reason of such irregularity.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == employment_conditions and covers_migrant
  prohibits irregularity_excluded or employer_relieved
    "deprives migrant workers of equal-treatment rights, or relieves employers of obligations, because of irregular stay or employment"
  source "icrmw.akn.xml" art_25__para_3
}
