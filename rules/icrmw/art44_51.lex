// ICRMW Part IV (documented migrants): Art 44(1) family unity; Arts 49-51 a
// migrant whose work ends is not for that reason irregular.
// Art 44(1): verbatim (lawin.org/…-6/). Art 50(1) and Art 51: verbatim
// (oocities.org copy of Part IV; adattar p.16 for Art 51). Art 49(1): only
// its opening words were reached (hozir.org page 320), the rest is
// paraphrase. Part IV protects documented migrants only
// (`covers_documented_migrant`, Art 36).

provision icrmw.art44.p1 {
  of icrmw
  cite "Article 44(1)"
  text """
    1. States Parties, recognizing that the family is the natural and fundamental group unit of society and is entitled to protection by society and the State, shall take appropriate measures to ensure the protection of the unity of the families of migrant workers.
  """
  wording verbatim
  paradigm rights
  severity medium
  // Measures that separate a documented migrant from the family in the State:
  // removal, a ban that keeps the person out, a cancelled residence permit.
  position "separation in effect: a measure that can end a documented migrant's lawful stay, an entry ban included, separates the family and must weigh its unity; only a ban that cannot (it runs from a removal, or catches those who overstayed) is a criterion of admission under Art 79"
  authority "Art 79, second sentence (paraphrase, text not reached): concerning other matters related to their legal situation and treatment, States Parties are subject to the limitations set forth in the Convention"
  scope (expels or kind in {entry_ban, permit_cancellation}) and covers_documented_migrant
  requires family_unity_considered
    "the unity of the migrant's family is taken into account before the measure is applied"
  unless kind == entry_ban and not ends_lawful_work
    "Art 79: the criteria governing admission are the State's; a ban that cannot end anyone's lawful stay only governs admission"
  see eaeu_treaty.art97.p5
  source "icrmw.akn.xml" art_44__para_1
}

// Art 79 alone: an entry ban is a criterion of admission, which the State
// sets; Art 44(1) weighs family unity only where a measure ends a stay
// (expulsion, cancelled residence).
reading icrmw.art44.p1.admission {
  of icrmw.art44.p1
  position "admission: every entry ban is a criterion governing admission, which Art 79 leaves to the State; Art 44(1) reaches only measures that remove the migrant or end the residence"
  authority "Art 79, first sentence (paraphrase, text not reached): nothing in the Convention affects the right of each State Party to establish the criteria governing admission of migrant workers and members of their families"
  scope (expels or kind == permit_cancellation) and covers_documented_migrant
}

provision icrmw.art49.p1 {
  of icrmw
  cite "Article 49(1)"
  text """
    1. Where separate authorizations to reside and to engage in employment are required by national legi[slation] … [paraphrase:] the State of employment shall issue to migrant workers an authorization of residence for at least the same period of time as their authorization to engage in remunerated activity.
  """
  wording paraphrase  // only the opening words are verbatim (hozir.org page 320)
  paradigm rights
  severity medium
  scope kind in {work_authorisation, stay_limit} and covers_documented_migrant
  prohibits residence_shorter_than_work_permit
    "grants residence for a shorter period than the authorisation to work"
  see eaeu_treaty.art97.p5
  source "icrmw.akn.xml" art_49__para_1
}

provision icrmw.art50.p1 {
  of icrmw
  cite "Article 50(1)"
  text """
    1. In the case of death of a migrant worker or dissolution of marriage, the State of employment shall favourably consider granting family members of that migrant worker residing in that State on the basis of family reunion an authorization to stay; the State of employment shall take into account the length of time they have already resided in that State.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind in {stay_limit, permit_cancellation}
    and applies_to has any {migrant_family_member, eaeu_family_member}
  requires family_stay_considered
    "family members may be granted a stay of their own on the worker's death or divorce, their residence taken into account"
  source "icrmw.akn.xml" art_50__para_1
}

provision icrmw.art51 {
  of icrmw
  cite "Article 51"
  text """
    Migrant workers who in the State of employment are not permitted freely to choose their remunerated activity shall neither be regarded as in an irregular situation nor shall they lose their authorization of residence by the mere fact of the termination of their remunerated activity prior to the expiration of their work permit, except where the authorization of residence is expressly dependent upon the specific remunerated activity for which they were admitted. Such migrant workers shall have the right to seek alternative employment, participation in public work schemes and retraining during the remaining period of their authorization to work, subject to such conditions and limitations as are specified in the authorization to work.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind in {permit_cancellation, stay_limit, work_authorisation} and covers_documented_migrant
  prohibits job_loss_ends_residence
    "makes the stay irregular, or ends the residence authorisation, merely because the work ended before the permit expired"
  unless residence_tied_to_activity
    "the authorisation of residence is expressly dependent upon the specific remunerated activity for which the migrant was admitted"
  see eaeu_treaty.art97.p6
  see icrmw.art54.p1
  source "icrmw.akn.xml" art_51
}
