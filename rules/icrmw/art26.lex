// ICRMW Article 26: trade unions and associations (Part III).
// Para 1 chapeau and the start of (a) are verbatim (hozir.org p.316); the rest
// of para 1 and para 2 are paraphrase (SOURCES.md §2.2).

provision icrmw.art26.p1 {
  of icrmw
  cite "Article 26(1)"
  text """
    1. States Parties recognize the right of migrant workers and members of their families:
    (a) To take part in meetings and activities of trade unions and of any other associations established in accordance with law, with a view to protecting their economic, social, cultural and other interest[s] … [paraphrase:] subject only to the rules of the organization concerned;
    (b) To join freely any trade union or such association, subject only to the rules of the organization concerned;
    (c) To seek the aid and assistance of any trade union or such association.
  """
  wording paraphrase  // verbatim only up to "other interest[s]"
  paradigm rights
  severity medium
  scope kind == trade_union and covers_migrant
  prohibits union_rights_restricted
    "restricts migrants' participation in, membership of, or recourse to trade unions or associations"
  see eaeu_treaty.art98.p5
  source "icrmw.akn.xml" art_26__para_1
}

provision icrmw.art26.p2 {
  of icrmw
  cite "Article 26(2)"
  text """
    No restrictions may be placed on the exercise of these rights other than those prescribed by law and necessary in a democratic society in the interests of national security, public order (ordre public) or the rights and freedoms of others.
  """
  wording paraphrase
  paradigm security
  severity medium
  exception to icrmw.art26.p1
  // Unlike Arts 8 and 39, public health and morals are not grounds here.
  when provided_by_law and necessity_shown
    and ground has any {national_security, public_order, rights_of_others}
  source "icrmw.akn.xml" art_26__para_2
}
