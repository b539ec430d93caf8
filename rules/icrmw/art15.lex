// ICRMW Article 15 (Part III). Text: hozir.org p.314; claiminghumanrights.org.

provision icrmw.art15 {
  of icrmw
  cite "Article 15"
  text """
    No migrant worker or member of his or her family shall be arbitrarily deprived of property, whether owned individually or in association with others. Where, under the legislation in force in the State of employment, the assets of a migrant worker or a member of his or her family are expropriated in whole or in part, the person concerned shall have the right to fair and adequate compensation.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == property_rights and covers_migrant
  prohibits property_arbitrary_deprivation or (property_expropriation and not property_fair_compensation)
    "deprives migrants of property arbitrarily, or expropriates without fair and adequate compensation"
  see eaeu_treaty.art98.p2
  source "icrmw.akn.xml" art_15
}
