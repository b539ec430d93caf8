// ICRMW Article 39: liberty of movement and choice of residence (Part IV).
// Text: m_mwc_p4.htm; the excerpt ends partway through para 2 — its last words
// are not quoted.

provision icrmw.art39.p1 {
  of icrmw
  cite "Article 39(1)"
  text """
    1. Migrant workers and members of their families shall have the right to liberty of movement in the territory of the State of employment and freedom to choose their residence there.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == residence_restriction
  prohibits covers_documented_migrant
    "restricts movement in the territory or the choice of residence of documented migrant workers or family members"
  see eaeu_treaty.art97.p2
  source "icrmw.akn.xml" art_39__para_1
}

provision icrmw.art39.p2 {
  of icrmw
  cite "Article 39(2)"
  text """
    2. The rights mentioned in paragraph 1 of the present article shall not be subject to any restrictions except those that are provided by law, are necessary to protect national security, public order (ordre public), public health or morals, or the rights and freedoms of others and are consistent with …
  """
  wording verbatim  // the ending ("the other rights recognized in the present Convention") is paraphrase and is left out
  paradigm security
  severity high
  exception to icrmw.art39.p1
  when icrmw_permitted_restriction
  source "icrmw.akn.xml" art_39__para_2
}
