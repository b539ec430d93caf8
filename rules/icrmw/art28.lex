// ICRMW Article 28: emergency medical care (Part III). Text: adattar p.11.

provision icrmw.art28 {
  of icrmw
  cite "Article 28"
  text """
    Migrant workers and members of their families shall have the right to receive any medical care that is urgently required for the preservation of their life or the avoidance of irreparable harm to their health on the basis of equality of treatment with nationals of the State concerned. Such emergency medical care shall not be refused them by reason of any irregularity with regard to stay or employment.
  """
  wording verbatim
  paradigm rights
  severity critical
  // Only care "urgently required for the preservation of their life or the
  // avoidance of irreparable harm to their health"; other care is Art 43(1)(e).
  scope kind == healthcare_access and urgent_care and covers_migrant
  requires equal_treatment and not irregularity_excluded
    "urgent medical care on equal terms with nationals, not refused for irregularity of stay or employment"
  see eaeu_treaty.art98.p4
  source "icrmw.akn.xml" art_28
}
