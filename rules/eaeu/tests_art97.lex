// Tests for EAEU Treaty Art 97, its exceptions, and the parties' dates.

// ---- Art 97(1) ------------------------------------------------------------

test "97(1): requiring EAEU workers to hold a work permit or patent violates Art 97(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {migrant_worker, eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 binding
}

test "97(1): a patent regime that exempts EAEU workers complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {foreign_national, migrant_worker}
    exempts = {eaeu_worker, eaeu_family_member}
    worker_definition_narrower = false
  }
  expect eaeu_treaty.art97.p1 compliant
  expect eaeu_treaty.art97.p2 compliant
}

test "97(1): an EAEU exemption limited to employees leaves civil-law contractors, workers under Art 96's definition, under the permit" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = work_authorisation
    applies_to = {migrant_worker}
    exempts = {eaeu_worker}
    worker_definition_narrower = true
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 binding
}

test "97(1): an EAEU exemption of unknown width is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = work_authorisation
    applies_to = {migrant_worker}
    exempts = {eaeu_worker}
  }
  expect eaeu_treaty.art97.p1 undetermined
}

test "97(1): a labour quota counting EAEU workers violates Art 97(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = labour_quota
    applies_to = {migrant_worker, eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 violation
}

test "97(1): a permit regime silent on EAEU workers is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {migrant_worker, eaeu_worker}
  }
  expect eaeu_treaty.art97.p1 undetermined
}

test "97(1): an entry ban is outside Art 97(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 not_applicable
}

// ---- Art 97(2) and its exceptions -------------------------------------------
// Three readings (docs/corpus.md §4): the functional one (primary: any
// restriction that in effect limits the work or stay of workers of the Member
// States), the personal-scope one (`…p2.personal`: only measures that can
// reach a worker lawfully present and working, `ends_lawful_work`) and the
// textual one (`…p2.textual`: only restrictions adopted to protect the labour
// market, `purpose`). Where they disagree the finding is contested; `under`
// pins each reading's outcome. The tests that expect `undetermined` leave
// `purpose` unknown on purpose: every reading is then undetermined.

test "97(2): a quota on EAEU professional athletes ('legionnaire' limits: EAEU Court, advisory opinion of 7 December 2018 on Art 97(2)) violates Art 97(2)" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = labour_quota
    applies_to = {migrant_worker, eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = no_offence
  }
  expect eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 binding
}

test "97(2): a mandatory expulsion for a migration-regime offence (CAO 18.8(3)) is judged like a ban: a violation under the functional and personal readings, outside the textual one" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = administrative_penalty
    sanction = {fine, expulsion}
    applies_to = {migrant_worker, eaeu_worker}
    exempts = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = migration_regime
    purpose = {offence_sanction}
    ends_lawful_work = true
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
  expect eaeu_treaty.art98.p8 undetermined
}

test "97(2): a fine without expulsion is outside Art 97(2)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = administrative_penalty
    sanction = {fine}
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p2 not_applicable
}

test "97(2): an automatic ban after any earlier removal (114-FZ 27(2)) is not tied to a genuine threat, but reaches no lawful worker under the personal reading" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_removal
    purpose = {entry_control}
    ends_lawful_work = false
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal not_applicable
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
}

test "97(2): public health is not an exception of Art 97(2), even with a necessity test" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_health}
    treaty_based = false
    necessity_shown = true
    individual_assessment = true
    trigger.offence_scope = no_offence
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
}

test "97(2): a ban for two ordinary administrative offences in three years (114-FZ Art 26(4)) is contested: a violation under the functional reading, outside the textual one" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {foreign_national, migrant_worker, eaeu_worker, eaeu_family_member}
    exempts = {}
    ground = {}
    treaty_based = false
    mandatory = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
    trigger.offence_count = 2
    trigger.window = 3y
    ban.duration = 3y
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 binding
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
}

test "97(2): invoking public order does not save a ban for ordinary administrative offences" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_order}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
}

test "97(2): a security ban on an individual assessment falls under the national-security exception" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {national_security}
    treaty_based = false
    individual_assessment = true
    trigger.offence_scope = no_offence
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 compliant
  // The textual reading puts it outside Art 97(2): no reading finds fault.
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal compliant
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
}

test "97(2): closing a strategic sector to foreign workers falls under the national-security exception" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = occupation_restriction
    applies_to = {migrant_worker, eaeu_worker}
    exempts = {}
    ground = {strategic_sector}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = no_offence
    purpose = {public_security}
  }
  expect eaeu_treaty.art97.p2 compliant
}

test "97(2): expulsion after crimes that show a genuine threat by themselves falls under the public-order exception" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = expulsion
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_order}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = criminal
    trigger.offence_shows_threat = true
    purpose = {offence_sanction}
  }
  expect eaeu_treaty.art97.p2 compliant
}

test "97(2): expulsion after any crime, with no assessment of the person, is undetermined: a crime alone does not show a threat" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = expulsion
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_order}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = criminal
  }
  expect eaeu_treaty.art97.p2 undetermined
}

test "97(2): expulsion after crimes that show no threat, with no assessment, is not excepted" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = expulsion
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_order}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = criminal
    trigger.offence_shows_threat = false
    purpose = {offence_sanction}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
}

test "97(2): a restriction the Treaty itself establishes is excepted" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = true
    individual_assessment = false
    trigger.offence_scope = no_offence
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 compliant
}

test "97(2): public order with no known link to a genuine threat is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {public_order}
    treaty_based = false
    trigger.offence_scope = migration_regime
  }
  expect eaeu_treaty.art97.p2 undetermined
}

test "97(2): national security invoked, with no known link to a genuine threat, is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {national_security}
    treaty_based = false
    trigger.offence_scope = migration_regime
  }
  expect eaeu_treaty.art97.p2 undetermined
}

test "97(2): a restriction that may or may not be the Treaty's own is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    individual_assessment = false
    trigger.offence_scope = no_offence
  }
  expect eaeu_treaty.art97.p2 undetermined
}

test "97(2): a ban silent on EAEU workers, with no exception available, is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {foreign_national, eaeu_worker}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = migration_regime
  }
  expect eaeu_treaty.art97.p2 undetermined
}

test "97(2): a ban that exempts EAEU workers complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {foreign_national, eaeu_worker}
    exempts = {eaeu_worker}
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 compliant
}

test "97(2): a pension measure is outside Art 97(2)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = pension
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art97.p2 not_applicable
}

// ---- Art 97(2): where the readings agree, and where only one of them differs ----

test "97(2), readings: a quota is labour-market by kind, so every reading finds the violation" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = labour_quota
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    ends_lawful_work = true
  }
  expect eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
}

test "97(2), readings: an entry ban of unknown purpose is undetermined under the textual reading" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual undetermined
}

test "97(2), readings: an entry ban adopted to protect the labour market is a violation under every reading" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {national_priority}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = no_offence
    purpose = {labour_market_protection}
  }
  expect eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
}

test "97(2), readings: a stay limit that exempts EAEU workers complies under every reading" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {foreign_national, eaeu_worker}
    exempts = {eaeu_worker}
    purpose = {labour_market_protection}
    ends_lawful_work = true
  }
  expect eaeu_treaty.art97.p2 compliant
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual compliant
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal compliant
}

test "97(2), readings: a stay limit silent on EAEU workers is contested: undetermined, unless the textual reading puts it outside" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {foreign_national, eaeu_worker}
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 undetermined
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal undetermined
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual not_applicable
}

test "97(2), readings: an overstay ban adopted to protect the labour market is outside only the personal reading" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = migration_regime
    purpose = {labour_market_protection}
    ends_lawful_work = false
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal not_applicable
}

// ---- parties and dates ----------------------------------------------------

test "dates: before 1 January 2015 the Treaty is not in force" {
  as_of 2014-12-31
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
  }
  expect eaeu_treaty.art97.p2 not_applicable
}

test "dates: on 1 March 2015 Kyrgyzstan is not yet bound (accession in force 6 August 2015)" {
  as_of 2015-03-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 advisory
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
}

test "dates: from 6 August 2015 Kyrgyzstan is bound" {
  as_of 2015-08-06
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
    purpose = {entry_control}
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 binding
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
}

test "dates: on 1 March 2015 Russia is bound" {
  as_of 2015-03-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 binding
}

test "dates: Armenia is bound from 2 January 2015, not on 1 January" {
  as_of 2015-01-01
  measure {
    jurisdiction AM
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 advisory
}

test "dates: Armenia bound on 2 January 2015" {
  as_of 2015-01-02
  measure {
    jurisdiction AM
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 binding
}

test "dates: Uzbekistan is an observer and never bound" {
  as_of 2024-01-01
  measure {
    jurisdiction UZ
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 advisory
}

// ---- Art 97(3)–(7) -------------------------------------------------------------

test "97(3): requiring recognition of another Member State's diploma violates Art 97(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_recognition_procedure = true
    regulated_profession = false
  }
  expect eaeu_treaty.art97.p3 violation
  expect eaeu_treaty.art97.p3 binding
}

test "97(3): a recognition procedure for medical or legal work is excepted" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_recognition_procedure = true
    regulated_profession = true
  }
  expect eaeu_treaty.art97.p3 compliant
}

test "97(3): recognition without a procedure complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_recognition_procedure = false
  }
  expect eaeu_treaty.art97.p3 compliant
}

test "97(3): a procedure for an unknown profession is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_recognition_procedure = true
  }
  expect eaeu_treaty.art97.p3 undetermined
}

test "97(4): barring practice in the recognised specialisation violates Art 97(4)" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_practice_barred = true
  }
  expect eaeu_treaty.art97.p4 violation
}

test "97(4): allowing practice in the recognised specialisation complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
    qualification_practice_barred = false
  }
  expect eaeu_treaty.art97.p4 compliant
}

test "97(4): unknown practice rules are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = recognition_of_qualifications
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p4 undetermined
}

test "97(5): a 90-in-180-day limit applied to EAEU workers regardless of their contract violates Art 97(5)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
    stay.max = 90d
    stay.reference_period = 180d
    stay.follows_contract = false
  }
  expect eaeu_treaty.art97.p5 violation
}

test "97(5): a stay limit that follows the contract term complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
    stay.follows_contract = true
  }
  expect eaeu_treaty.art97.p5 compliant
}

test "97(5): a stay limit silent on the contract term is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
  }
  expect eaeu_treaty.art97.p5 undetermined
}

test "97(6): seven days to find a new employer violates Art 97(6)" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = stay_limit
    applies_to = {eaeu_worker}
    exempts = {}
    job_change_grace = 7d
  }
  expect eaeu_treaty.art97.p6 violation
}

test "97(6): fifteen days to find a new employer complies" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = stay_limit
    applies_to = {eaeu_worker}
    exempts = {}
    job_change_grace = 15d
  }
  expect eaeu_treaty.art97.p6 compliant
}

test "97(6): unknown grace period is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = stay_limit
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art97.p6 undetermined
}

test "97(7): registration within seven days of entry violates Art 97(7)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
    registration_exemption = 7d
  }
  expect eaeu_treaty.art97.p7 violation
}

test "97(7): a 30-day registration exemption complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
    registration_exemption = 30d
  }
  expect eaeu_treaty.art97.p7 compliant
}

test "97(7): unknown registration period is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
  }
  expect eaeu_treaty.art97.p7 undetermined
}

test "97(2): cancelling an EAEU worker's residence for administrative offences ends the stay like a ban: a violation under the functional reading, undetermined under the textual one while its purpose is unknown" {
  as_of 2024-01-01
  measure {
    jurisdiction RU
    kind = permit_cancellation
    applies_to = {foreign_national, eaeu_worker}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
  }
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 binding
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.personal violation
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2.textual undetermined
}
