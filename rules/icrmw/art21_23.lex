// ICRMW Articles 21 (identity documents) and 23 (consular protection, in
// particular on expulsion), Part III. Both verbatim: Art 21 from
// lawin.org/…-4/ and adattar p.9; Art 23 from adattar p.10 (hozir.org page 316
// has its second half).

provision icrmw.art21 {
  of icrmw
  cite "Article 21"
  text """
    It shall be unlawful for anyone, other than a public official duly authorized by law, to confiscate, destroy or attempt to destroy identity documents, documents authorizing entry to or stay, residence or establishment in the national territory or work permits. No authorized confiscation of such documents shall take place without delivery of a detailed receipt. In no case shall it be permitted to destroy the passport or equivalent document of a migrant worker or a member of his or her family.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == document_control and covers_migrant
  prohibits documents_seized_unlawfully or documents_seized_without_receipt
    "lets documents be confiscated by someone not authorised by law, or without a detailed receipt, or a passport be destroyed"
  source "icrmw.akn.xml" art_21
}

provision icrmw.art23 {
  of icrmw
  cite "Article 23"
  text """
    Migrant workers and members of their families shall have the right to have recourse to the protection and assistance of the consular or diplomatic authorities of their State of origin or of a State representing the interests of that State whenever the rights recognized in the present Convention are impaired. In particular, in case of expulsion, the person concerned shall be informed of this right without delay and the authorities of the expelling State shall facilitate the exercise of such right.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope expels and covers_migrant
  requires consular_recourse_facilitated
    "on expulsion the person is told without delay of the right to consular protection, and its exercise is facilitated"
  see icrmw.art22.p1
  source "icrmw.akn.xml" art_23
}
