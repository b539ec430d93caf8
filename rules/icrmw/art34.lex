// ICRMW Article 34 (Part III). Text: lawin.org/…-5/.

provision icrmw.art34 {
  of icrmw
  cite "Article 34"
  text """
    Nothing in the present part of the Convention shall have the effect of relieving migrant workers and the members of their families from either the obligation to comply with the laws and regulations of any State of transit and the State of employment or the obligation to respect the cultural identity of the inhabitants of such States.
  """
  wording verbatim
  paradigm security
  severity info
  // A saving clause, not an obligation of States. Its State-facing reading,
  // as for EAEU Treaty Art 98(8): the obligation it preserves is compliance
  // with the laws of the State of transit or employment, so a sanction is
  // supported by it only for offences under those laws.
  scope kind == administrative_penalty and covers_migrant
  requires trigger.domestic_offence
    "sanctions attach to breaches of the laws of the State of transit or employment"
  see eaeu_treaty.art98.p8
  source "icrmw.akn.xml" art_34
}
