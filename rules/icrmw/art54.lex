// ICRMW Article 54: protection against dismissal and unemployment (Part IV).
// Text: lawin.org/…-7/.

provision icrmw.art54.p1 {
  of icrmw
  cite "Article 54(1)"
  text """
    1. Without prejudice to the terms of their authorization of residence or their permission to work and the rights provided for in articles 25 and 27 of the present Convention, migrant workers shall enjoy equality of treatment with nationals of the State of employment in respect of:
    (a) Protection against dismissal;
    (b) Unemployment benefits;
    (c) Access to public work schemes intended to combat unemployment;
    (d) Access to alternative employment in the event of loss of work or termination of other remunerated activity, subject to article 52 of the present Convention.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope kind == unemployment_protection and covers_documented_migrant
  requires equal_treatment
    "equality with nationals in protection against dismissal, unemployment benefits, public work schemes and alternative employment"
  see eaeu_treaty.art97.p6
  source "icrmw.akn.xml" art_54__para_1
}

provision icrmw.art54.p2 {
  of icrmw
  cite "Article 54(2)"
  text """
    2. If a migrant worker claims that the terms of his or her work contract have been violated by his or her employer, he or she shall have the right to address his or her case to the competent authorities of the State of employment, on terms provided for in article 18, paragraph 1, of the present Convention.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope kind in {employment_conditions, unemployment_protection} and covers_documented_migrant
  requires contract_complaint_available
    "a claim that the employer broke the work contract may be taken to the competent authorities"
  source "icrmw.akn.xml" art_54__para_2
}
