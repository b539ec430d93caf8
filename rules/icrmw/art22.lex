// ICRMW Article 22: expulsion (Part III). Paras 1–3 verbatim (lawin.org/…-4/,
// adattar p.9); para 9 verbatim (adattar p.10); paras 4–8 paraphrase — the full
// text was not reached (SOURCES.md §2.2). Every paragraph applies to measures
// that remove a person from the territory (`expels`): expulsion as a measure
// of its own, or an administrative penalty that includes expulsion.

provision icrmw.art22.p1 {
  of icrmw
  cite "Article 22(1)"
  text """
    1. Migrant workers and members of their families shall not be subject to measures of collective expulsion. Each case of expulsion shall be examined and decided individually.
  """
  wording verbatim
  paradigm rights
  severity critical
  scope expels and covers_migrant
  requires decided_individually "each case of expulsion must be examined and decided individually"
  see eaeu_treaty.art97.p2
  source "icrmw.akn.xml" art_22__para_1
}

provision icrmw.art22.p2 {
  of icrmw
  cite "Article 22(2)"
  text """
    2. Migrant workers and members of their families may be expelled from the territory of a State Party only in pursuance of a decision taken by the competent authority in accordance with law.
  """
  wording verbatim
  paradigm rights
  severity high
  scope expels and covers_migrant
  requires decision.competent_authority and provided_by_law
    "expulsion only by a decision of the competent authority in accordance with law"
  source "icrmw.akn.xml" art_22__para_2
}

provision icrmw.art22.p3 {
  of icrmw
  cite "Article 22(3)"
  text """
    3. The decision shall be communicated to them in a language they understand. Upon their request where not otherwise mandatory, the decision shall be communicated to them in writing and, save in exceptional circumstances on account of national security, the reasons for the decision likewise stated. The persons concerned shall be informed of these rights before or at the latest at the time the decision is rendered.
  """
  wording verbatim
  paradigm rights
  severity medium
  scope expels and covers_migrant
  requires decision.language_understood and decision.reasons_given
    "the decision must be communicated in a language the person understands, with reasons"
  unless decision.language_understood and ground has national_security
    "reasons may be withheld in exceptional circumstances on account of national security"
  source "icrmw.akn.xml" art_22__para_3
}

provision icrmw.art22.p4 {
  of icrmw
  cite "Article 22(4)"
  text """
    4. Except where a final decision is pronounced by a judicial authori[ty] … [paraphrase:] the person may submit reasons against expulsion and have the case reviewed by the competent authority, unless compelling reasons of national security require otherwise. Pending review, the person may seek a stay of the decision.
  """
  wording paraphrase  // only the opening words are verbatim (SOURCES.md §2.2)
  paradigm rights
  severity high
  scope expels and covers_migrant
  requires decision.judicial or review_available
    "unless a court decided, the person must be able to submit reasons against expulsion and have the case reviewed"
  unless ground has national_security and individual_assessment
    "compelling reasons of national security"
  source "icrmw.akn.xml" art_22__para_4
}

provision icrmw.art22.p5 {
  of icrmw
  cite "Article 22(5)"
  text """
    If an expulsion decision that has already been carried out is later annulled, the person may seek compensation according to law, and the earlier decision shall not be used to prevent re-entry.
  """
  wording paraphrase  // SOURCES.md §2.2; the CMW concluding observations reproduce its gist
  paradigm rights
  severity medium
  // Measures that build on an earlier expulsion, e.g. a re-entry ban after it.
  scope (expels or (kind == entry_ban and trigger.expulsion_decision)) and covers_migrant
  prohibits annulled_expulsion_counts
    "uses an expulsion decision annulled after execution against the person, e.g. to prevent re-entry"
  source "icrmw.akn.xml" art_22__para_5
}

provision icrmw.art22.p6 {
  of icrmw
  cite "Article 22(6)"
  text """
    In case of expulsion, the person shall have a reasonable opportunity, before or after departure, to settle claims for wages and other entitlements and any pending liabilities.
  """
  wording paraphrase
  paradigm rights
  severity medium
  scope expels and covers_migrant
  requires settle_claims_opportunity
    "reasonable opportunity to settle claims for wages and other entitlements and pending liabilities"
  source "icrmw.akn.xml" art_22__para_6
}

provision icrmw.art22.p7 {
  of icrmw
  cite "Article 22(7)"
  text """
    Without prejudice to execution of the decision, the person may seek entry into a State other than the State of origin.
  """
  wording paraphrase
  paradigm rights
  severity low
  scope expels and covers_migrant
  prohibits third_state_entry_barred
    "prevents the person from seeking entry into a State other than the State of origin"
  source "icrmw.akn.xml" art_22__para_7
}

provision icrmw.art22.p8 {
  of icrmw
  cite "Article 22(8)"
  text """
    The person shall not bear the costs of expulsion, but may be required to pay their own travel costs.
  """
  wording paraphrase
  paradigm rights
  severity low
  scope expels and covers_migrant
  prohibits expulsion_costs_charged
    "makes the person bear the costs of expulsion"
  source "icrmw.akn.xml" art_22__para_8
}

provision icrmw.art22.p9 {
  of icrmw
  cite "Article 22(9)"
  text """
    9. Expulsion from the State of employment shall not in itself prejudice any rights of a migrant worker or a member of his or her family acquired in accordance with the law of that State, including the right to receive wages and other entitlements due to him or her.
  """
  wording verbatim
  paradigm rights
  severity high
  scope expels and covers_migrant
  prohibits acquired_rights_forfeited
    "makes expulsion in itself forfeit rights acquired under the law of the State of employment"
  source "icrmw.akn.xml" art_22__para_9
}
