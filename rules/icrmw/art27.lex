// ICRMW Article 27: social security (Part III). Text: adattar p.11.

provision icrmw.art27.p1 {
  of icrmw
  cite "Article 27(1)"
  text """
    1. With respect to social security, migrant workers and members of their families shall enjoy in the State of employment the same treatment granted to nationals in so far as they fulfil the requirements provided for by the applicable legislation of that State and the applicable bilateral and multilateral treaties. The competent authorities of the State of origin and the State of employment can at any time establish the necessary arrangements to determine the modalities of application of this norm.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind in {social_security, pension} and covers_migrant
  requires equal_treatment "the same social-security treatment as nationals"
  unless requirements_unfulfilled
    "equal treatment is owed «in so far as they fulfil the requirements provided for by the applicable legislation of that State and the applicable bilateral and multilateral treaties»"
  see eaeu_treaty.art98.p3
  see eaeu_pension.equal_conditions
  source "icrmw.akn.xml" art_27__para_1
}

provision icrmw.art27.p2 {
  of icrmw
  cite "Article 27(2)"
  text """
    2. Where the applicable legislation does not allow migrant workers and members of their families a benefit, the States concerned shall examine the possibility of reimbursing interested persons the amount of contributions made by them with respect to that benefit on the basis of the treatment granted to nationals who are in similar circumstances.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope kind in {social_security, pension} and covers_migrant and benefit_denied
  requires contributions_reimbursement_examined
    "reimbursement of contributions for a benefit migrants cannot receive must be examined"
  see eaeu_treaty.art98.p3
  source "icrmw.akn.xml" art_27__para_2
}
