// ICRMW Article 7: non-discrimination with respect to the Convention's rights
// (Part II). Text: baliprocess-rso-roadmap.net (copy of the official English
// text, which is one of six equally authentic texts), verbatim.
// Art 1(1) says to whom the Convention applies; Art 7 is the States' duty to
// respect and ensure its rights without distinction. Both read the same fact
// (`withheld_on`): a measure that withholds a Convention right from some
// migrants on a listed ground. A relief such as an amnesty withholds no
// Convention right, so it is outside (as for Art 1).

provision icrmw.art7 {
  of icrmw
  cite "Article 7"
  text """
    States Parties undertake, in accordance with the international instruments concerning human rights, to respect and to ensure to all migrant workers and members of their families within their territory or subject to their jurisdiction the rights provided for in the present Convention without distinction of any kind such as to sex, race, colour, language, religion or conviction, political or other opinion, national, ethnic or social origin, nationality, age, economic position, property, marital status, birth or other status.
  """
  wording verbatim
  paradigm rights
  severity high
  scope covers_migrant and kind != amnesty
  prohibits withheld_on has any {sex, race, colour, language, religion, conviction, political_opinion,
    national_origin, ethnic_origin, social_origin, nationality, age,
    economic_position, property_status, marital_status, birth, other_status}
    "withholds a right the Convention provides from some migrant workers or family members on a prohibited distinction"
  see icrmw.art1.p1
  source "icrmw.akn.xml" art_7
}
