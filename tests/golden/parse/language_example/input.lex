// The example of LANGUAGE.md §2, plus the provision its `see` names.
instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty             // treaty | convention | agreement | protocol | national_law | soft_law
  origin regional         // regional | universal | external
  signed 2014-05-29       // optional
  in_force 2015-01-01     // optional; without it the instrument is never in force
  party RU from 2015-01-01
  party AM from 2015-01-02
  party KG from 2015-08-06 until 2099-12-31   // until is optional, exclusive
  party UZ observer       // listed, never bound
}

instrument icrmw "International Convention on the Protection of the Rights of All Migrant Workers" {
  kind convention
  origin universal
  in_force 2003-07-01
  party KG from 2003-09-29
}

vocabulary migration {
  enum measure_kind { entry_ban, expulsion, work_authorisation, labour_quota }
  enum person { eaeu_worker, family_member, third_country_national }
  enum ground { national_security, public_order, public_health }
  enum offence_scope { migration_regime, any_administrative, criminal }
  fact kind : measure_kind            "What the measure does"
  fact applies_to : set<person>
  fact ground : set<ground>           "Grounds the measure itself invokes"
  fact trigger.offence_scope : offence_scope
  fact ban.duration : duration
  fact trigger.offence_count : int
  fact individual_assessment : bool
}

define unrelated_to_migration =
  trigger.offence_scope != migration_regime

provision eaeu_treaty.art97.p1 {
  of eaeu_treaty
  cite "Article 97(1)"
  text """
    Member States shall not establish or apply restrictions …
  """
  wording verbatim        // verbatim | translation | paraphrase (default verbatim)
  paradigm economic       // economic | rights | security
  severity high           // critical | high | medium | low | info (default medium)
  in_force 2015-01-01     // optional; narrows the instrument's dates (until … also allowed)
  scope kind in {labour_quota, work_authorisation}   // optional; default: every measure
  prohibits applies_to has eaeu_worker "restricts access of EAEU workers to the labour market"
  unless ground has national_security "security exception, Art. 97(1) second sentence"
  see icrmw.art52         // zero or more cross-references (concordance)
  source "eaeu-treaty.akn.xml" art_97__para_1   // optional: AKN file (relative to this .lex) and eId
}

provision eaeu_treaty.art97.p1_public_order {
  of eaeu_treaty
  cite "Article 97(1), second sentence"
  text "… except for restrictions … aimed at ensuring … public order …"
  wording paraphrase
  exception to eaeu_treaty.art97.p1
  when ground has public_order
}

provision icrmw.art52 {
  of icrmw
  cite "Article 52"
  text "Migrant workers in the State of employment shall have the right freely to choose their remunerated activity"
  wording translation
  paradigm rights
  prohibits kind == labour_quota and not individual_assessment or ban.duration > 3y
}

test "a labour quota on EAEU workers violates Art. 97(1)" {
  as_of 2020-01-01        // optional; default: the --as-of of `lexcheck test`, else today
  measure {
    jurisdiction RU
    kind = labour_quota
    applies_to = {eaeu_worker}
    ground = {}           // stated: no ground; left out, the exceptions would be unknown
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 binding
}
