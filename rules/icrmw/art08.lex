// ICRMW Article 8 (Part III). Text: m_mwc_p3.htm; baliprocess-rso-roadmap.net.
// The EAEU Treaty's labour-migration section has no counterpart (no `see`).

provision icrmw.art8.p1 {
  of icrmw
  cite "Article 8(1), first sentence"
  text """
    1. Migrant workers and members of their families shall be free to leave any State, including their State of origin.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == exit_restriction
  prohibits covers_migrant "restricts migrant workers' or family members' freedom to leave the State"
  source "icrmw.akn.xml" art_8__para_1
}

provision icrmw.art8.p1_permitted_restrictions {
  of icrmw
  cite "Article 8(1), second sentence"
  text """
    This right shall not be subject to any restrictions except those that are provided by law, are necessary to protect national security, public order (ordre public), public health or morals or the rights and freedoms of others and are consistent with the other rights recognized in the present part of the Convention.
  """
  wording verbatim
  paradigm security
  severity high
  exception to icrmw.art8.p1
  when icrmw_permitted_restriction
  source "icrmw.akn.xml" art_8__para_1
}

provision icrmw.art8.p2 {
  of icrmw
  cite "Article 8(2)"
  text """
    2. Migrant workers and members of their families shall have the right at any time to enter and remain in their State of origin.
  """
  wording verbatim
  paradigm rights
  severity critical
  // A restriction on leaving does not bar anyone from entering or remaining in
  // the State of origin (that is Art 8(1)), so exit restrictions are outside.
  scope kind in {entry_ban, expulsion}
  prohibits applies_to has own_national_migrant
    "bars the State's own nationals who are migrant workers from entering or remaining in their State of origin"
  source "icrmw.akn.xml" art_8__para_2
}
