// ICRMW Article 32: transfer of earnings (Part III). Text: claiminghumanrights.org; appassets.softecksblog.in.

provision icrmw.art32 {
  of icrmw
  cite "Article 32"
  text """
    Upon the termination of their stay in the State of employment, migrant workers and members of their families shall have the right to transfer their earnings and savings and, in accordance with the applicable legislation of the States concerned, their personal effects and belongings.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope kind == fund_transfer and covers_migrant
  prohibits funds_transfer_restricted "restricts the transfer of earnings and savings on termination of stay"
  see eaeu_treaty.art98.p2
  source "icrmw.akn.xml" art_32
}
