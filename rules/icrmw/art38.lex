// ICRMW Article 38: temporary absence (Part IV — documented migrants only,
// Art 36). Text: m_mwc_p4.htm.

provision icrmw.art38.p1 {
  of icrmw
  cite "Article 38(1)"
  text """
    1. States of employment shall make every effort to authorize migrant workers and members of the families to be temporarily absent without effect upon their authorization to stay or to work, as the case may be. In doing so, States of employment shall take into account the special needs and obligations of migrant workers and members of their families, in particular in their States of origin.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind in {work_authorisation, stay_limit, registration, temporary_absence} and covers_documented_migrant
  prohibits absence_ends_authorisation
    "a temporary absence ends or affects the authorisation to stay or to work"
  see eaeu_treaty.art97.p5
  source "icrmw.akn.xml" art_38__para_1
}

provision icrmw.art38.p2 {
  of icrmw
  cite "Article 38(2)"
  text """
    2. Migrant workers and members of their families shall have the right to be fully informed of the terms on which such temporary absences are authorized.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind == temporary_absence and covers_documented_migrant
  requires absence_terms_informed "migrants must be fully informed of the terms of authorised temporary absence"
  source "icrmw.akn.xml" art_38__para_2
}
