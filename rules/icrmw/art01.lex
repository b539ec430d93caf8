// ICRMW Article 1 (Part I: scope and definitions). Text: unhchr.ch mirror m_mwc_p1.htm.
// Art 1 is a scope clause: it says to whom and when the Convention's
// protections apply. It is read as being breached only by a measure that
// withholds one of those protections; a measure granting something the
// Convention does not require, such as an amnesty from entry bans, withholds
// none, so it is outside Art 1 even if it is selective (the Convention's own
// non-discrimination duty is Art 7, not encoded: its text is not in SOURCES).

provision icrmw.art1.p1 {
  of icrmw
  cite "Article 1(1)"
  text """
    1. The present Convention is applicable, except as otherwise provided hereafter, to all migrant workers and members of their families without distinction of any kind such as sex, race, colour, language, religion or conviction, political or other opinion, national, ethnic or social origin, nationality, age, economic position, property, marital status, birth or other status.
  """
  wording verbatim
  paradigm rights
  severity high
  scope covers_migrant and kind != amnesty
  prohibits withheld_on has any {sex, race, colour, language, religion, conviction, political_opinion,
    national_origin, ethnic_origin, social_origin, nationality, age,
    economic_position, property_status, marital_status, birth, other_status}
    "withholds a Convention protection from some migrant workers or family members on a prohibited distinction"
  see eaeu_treaty.art98.p1
  source "icrmw.akn.xml" art_1__para_1
}

provision icrmw.art1.p2 {
  of icrmw
  cite "Article 1(2)"
  text """
    2. The present Convention shall apply during the entire migration process of migrant workers and members of their families, which comprises preparation for migration, departure, transit and the entire period of stay and remunerated activity in the State of employment as well as return to the State of origin or the State of habitual residence.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope covers_migrant and kind != amnesty
  prohibits withheld_stages has any {preparation, departure, transit, period_of_stay, remunerated_activity, return_home}
    "withholds a Convention protection during a stage of the migration process"
  see eaeu_treaty.art98.p1
  source "icrmw.akn.xml" art_1__para_2
}
