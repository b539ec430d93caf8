// ICRMW Article 30: education of children (Part III). Text: adattar p.11.

provision icrmw.art30 {
  of icrmw
  cite "Article 30"
  text """
    Each child of a migrant worker shall have the basic right of access to education on the basis of equality of treatment with nationals of the State concerned. Access to public pre-school educational institutions or schools shall not be refused or limited by reason of the irregular situation with respect to stay or employment of either parent or by reason of the irregularity of the child's stay in the State of employment.
  """
  wording verbatim
  paradigm rights
  severity critical
  scope kind == education_access and covers_migrant
  requires equal_treatment and not irregularity_excluded
    "access to education for children of migrant workers on equal terms, not refused for irregularity"
  see eaeu_treaty.art98.p6
  source "icrmw.akn.xml" art_30
}
