// ICRMW Art 56 (expulsion of documented migrants, Part IV) and Art 79 (States
// keep the right to set the criteria of admission, Part IX).
// Both paraphrase: no searchable copy of their English or Russian text was
// reached (docs/corpus.md §8).
//
// How they decide an entry ban. Art 56 protects a documented migrant against
// expulsion; Art 79 leaves admission to each State. A re-entry ban that bites
// only on a person who is outside the State, or who has already been removed,
// is a criterion of admission (Art 79). A ban that can end the lawful stay of
// a documented migrant who is in the State works as an expulsion, so Art 56(3)
// and Art 44(1) apply to it. The corpus encodes that line with
// `ends_lawful_work`: Art 79 is an `unless` clause of Art 56(3) and of Art
// 44(1) for entry bans that cannot end a lawful stay. It is an `unless`
// clause, not an exception provision, because the language counts exception
// provisions only where the State is bound (docs/language.md, "Does an
// exception apply?"); Art 79 must also shape the advisory findings against
// the many non-parties (RU, KZ, BY, AM). Its text is in the AKN file (art_79),
// a paraphrase. Whether every entry ban is an
// admission criterion (Art 79 alone) or a ban imposed on a resident is an
// expulsion in effect (Art 56) is contested: the primary reading below is the
// second, the reading `icrmw.art56.p3.admission` the first (docs/corpus.md
// §4). Art 44(1) has the same pair of readings (art44_51.lex).

provision icrmw.art56.p1 {
  of icrmw
  cite "Article 56(1)"
  text """
    Migrant workers and members of their families referred to in this part of the Convention may not be expelled from a State of employment except for reasons defined in the national legislation of that State, and subject to the safeguards established in Part III.
  """
  wording paraphrase
  paradigm rights
  severity high
  scope expels and covers_documented_migrant
  requires provided_by_law
    "a documented migrant is expelled only for reasons defined in national legislation"
  see icrmw.art22.p2
  source "icrmw.akn.xml" art_56__para_1
}

provision icrmw.art56.p2 {
  of icrmw
  cite "Article 56(2)"
  text """
    Expulsion shall not be resorted to for the purpose of depriving a migrant worker or a member of his or her family of the rights arising out of the authorization of residence and the work permit.
  """
  wording paraphrase
  paradigm rights
  severity high
  scope expels and covers_documented_migrant
  prohibits expulsion_deprives_permit_rights
    "uses expulsion to deprive migrants of the rights arising out of their residence and work authorisations"
  see icrmw.art22.p9
  source "icrmw.akn.xml" art_56__para_2
}

provision icrmw.art56.p3 {
  of icrmw
  cite "Article 56(3)"
  text """
    In considering whether to expel a migrant worker or a member of his or her family, account should be taken of humanitarian considerations and of the length of time that the person concerned has already resided in the State of employment.
  """
  wording paraphrase
  paradigm rights
  severity medium
  // Expulsions, and entry bans (a ban that can end a lawful stay works as an
  // expulsion; a ban that cannot is an admission criterion: Art 79 below).
  position "expulsion in effect: an entry ban that can end a documented migrant's lawful stay works as an expulsion and must weigh humanitarian factors; only a ban that cannot (it runs from a removal, or catches those who overstayed) is a criterion of admission under Art 79"
  authority "Art 79, second sentence (paraphrase, text not reached): concerning other matters related to their legal situation and treatment, States Parties are subject to the limitations set forth in the Convention"
  scope (expels or kind == entry_ban) and covers_documented_migrant
  requires humanitarian_factors_considered
    "humanitarian considerations and the length of residence are taken into account before expelling"
  unless kind == entry_ban and not ends_lawful_work
    "Art 79: the criteria governing admission are the State's; a ban that cannot end anyone's lawful stay only governs admission"
  see eaeu_treaty.art97.p2
  source "icrmw.akn.xml" art_56__para_3
}

// Art 79 alone: the State sets the criteria of admission, and a ban on entry is
// such a criterion whoever it reaches; Art 56(3) governs expulsions only.
reading icrmw.art56.p3.admission {
  of icrmw.art56.p3
  position "admission: every entry ban is a criterion governing admission, which Art 79 leaves to the State; Art 56(3) reaches only expulsions"
  authority "Art 79, first sentence (paraphrase, text not reached): nothing in the Convention affects the right of each State Party to establish the criteria governing admission of migrant workers and members of their families"
  scope expels and covers_documented_migrant
}
