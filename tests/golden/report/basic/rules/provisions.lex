provision regional_treaty.art5 {
  of regional_treaty
  cite "Article 5(1)"
  text """
    1. Workers of the Parties need no work permit <script>alert(1)</script> & no quota.
    2. | Pipes | and *stars* stay text.
  """
  wording verbatim
  paradigm economic
  severity critical
  scope kind in {work_permit, entry_ban}
  prohibits covers_workers "subjects workers of the Parties to a permit or a ban"
  unless security_ground and individual_assessment "national security, assessed case by case"
  see world_convention.art22
}

provision regional_treaty.art5_security {
  of regional_treaty
  cite "Article 5(2)"
  text "A Party may restrict entry for national security."
  wording verbatim
  paradigm security
  severity critical
  exception to regional_treaty.art5
  when security_ground and individual_assessment
}

provision world_convention.art22 {
  of world_convention
  cite "Article 22(1)"
  text "Migrant workers shall not be subject to measures of collective expulsion. Each case shall be examined and decided individually."
  wording translation
  paradigm rights
  severity high
  scope kind == entry_ban
  requires individual_assessment "decides each case individually"
}

provision guidelines.g3 {
  of guidelines
  cite "Guideline 3"
  text "No recruitment fees or related costs should be charged to workers."
  wording paraphrase
  paradigm economic
  severity low
  prohibits covers_workers "charges workers recruitment fees"
}
