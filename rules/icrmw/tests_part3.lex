// Tests for ICRMW Part III: Arts 15, 22, 25–28, 30, 32–34.

// ---- Art 15 ----------------------------------------------------------------

test "15: expropriation without compensation violates Art 15" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = property_rights
    applies_to = {migrant_worker}
    property_arbitrary_deprivation = false
    property_expropriation = true
    property_fair_compensation = false
  }
  expect icrmw.art15 violation
}

test "15: expropriation with fair compensation complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = property_rights
    applies_to = {migrant_worker}
    property_arbitrary_deprivation = false
    property_expropriation = true
    property_fair_compensation = true
  }
  expect icrmw.art15 compliant
}

test "15: expropriation with unknown compensation is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = property_rights
    applies_to = {migrant_worker}
    property_arbitrary_deprivation = false
    property_expropriation = true
  }
  expect icrmw.art15 undetermined
}

// ---- Art 22 ----------------------------------------------------------------

test "22: a collective expulsion without safeguards violates every paragraph of Art 22" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker, migrant_family_member}
    ground = {}
    provided_by_law = true
    individual_assessment = false
    decided_individually = false
    decision.competent_authority = false
    decision.judicial = false
    decision.language_understood = false
    decision.reasons_given = false
    review_available = false
    annulled_expulsion_counts = true
    settle_claims_opportunity = false
    third_state_entry_barred = true
    expulsion_costs_charged = true
    acquired_rights_forfeited = true
  }
  expect icrmw.art22.p1 violation
  expect icrmw.art22.p1 binding
  expect icrmw.art22.p2 violation
  expect icrmw.art22.p3 violation
  expect icrmw.art22.p4 violation
  expect icrmw.art22.p5 violation
  expect icrmw.art22.p6 violation
  expect icrmw.art22.p7 violation
  expect icrmw.art22.p8 violation
  expect icrmw.art22.p9 violation
}

test "22: an individual court-ordered expulsion with all safeguards complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    sanction = {fine, expulsion}
    applies_to = {migrant_worker}
    ground = {}
    provided_by_law = true
    decided_individually = true
    decision.competent_authority = true
    decision.judicial = true
    decision.language_understood = true
    decision.reasons_given = true
    review_available = true
    annulled_expulsion_counts = false
    settle_claims_opportunity = true
    third_state_entry_barred = false
    expulsion_costs_charged = false
    acquired_rights_forfeited = false
  }
  expect icrmw.art22.p1 compliant
  expect icrmw.art22.p2 compliant
  expect icrmw.art22.p3 compliant
  expect icrmw.art22.p4 compliant
  expect icrmw.art22.p5 compliant
  expect icrmw.art22.p6 compliant
  expect icrmw.art22.p7 compliant
  expect icrmw.art22.p8 compliant
  expect icrmw.art22.p9 compliant
}

test "22: an expulsion rule with unknown safeguards is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
  }
  expect icrmw.art22.p1 undetermined
  expect icrmw.art22.p2 undetermined
  expect icrmw.art22.p3 undetermined
  expect icrmw.art22.p4 undetermined
  expect icrmw.art22.p5 undetermined
  expect icrmw.art22.p6 undetermined
  expect icrmw.art22.p7 undetermined
  expect icrmw.art22.p8 undetermined
  expect icrmw.art22.p9 undetermined
}

test "22(3)-(4): national security excuses withheld reasons and, when compelling, the lack of review" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    ground = {national_security}
    individual_assessment = true
    decision.language_understood = true
    decision.reasons_given = false
    decision.judicial = false
    review_available = false
  }
  expect icrmw.art22.p3 compliant
  expect icrmw.art22.p4 compliant
}

test "22(3)-(4): invoking security without an individual assessment does not excuse the lack of review" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    ground = {national_security}
    individual_assessment = false
    decision.language_understood = false
    decision.reasons_given = false
    decision.judicial = false
    review_available = false
  }
  expect icrmw.art22.p3 violation
  expect icrmw.art22.p4 violation
}

test "22(5): a re-entry ban built on an annulled expulsion violates Art 22(5)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    trigger.expulsion_decision = true
    annulled_expulsion_counts = true
  }
  expect icrmw.art22.p5 violation
}

test "22(5): a re-entry ban after expulsion, silent on annulment, is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    trigger.expulsion_decision = true
  }
  expect icrmw.art22.p5 undetermined
}

// ---- Art 25 and Art 54(2) -------------------------------------------------------

test "25: unequal pay, private derogation and loss of rights for irregular workers violate Art 25" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = false
    private_derogation_allowed = true
    irregularity_excluded = true
    employer_relieved = false
    contract_complaint_available = false
  }
  expect icrmw.art25.p1 violation
  expect icrmw.art25.p2 violation
  expect icrmw.art25.p3 violation
  expect icrmw.art54.p2 violation
}

test "25: equal conditions of work for all migrant workers comply" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = true
    private_derogation_allowed = false
    irregularity_excluded = false
    employer_relieved = false
    contract_complaint_available = true
  }
  expect icrmw.art25.p1 compliant
  expect icrmw.art25.p2 compliant
  expect icrmw.art25.p3 compliant
  expect icrmw.art54.p2 compliant
}

test "25(3): relieving employers because of irregular employment violates Art 25(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {irregular_migrant}
    employer_relieved = true
  }
  expect icrmw.art25.p3 violation
}

test "25: unknown conditions of work are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {migrant_worker}
  }
  expect icrmw.art25.p1 undetermined
  expect icrmw.art25.p2 undetermined
  expect icrmw.art25.p3 undetermined
  expect icrmw.art54.p2 undetermined
}

// ---- Art 26 ----------------------------------------------------------------

test "26: barring migrants from trade unions without a basis in law violates Art 26" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = trade_union
    applies_to = {migrant_worker}
    union_rights_restricted = true
    provided_by_law = false
    necessity_shown = false
    ground = {}
  }
  expect icrmw.art26.p1 violation
}

test "26(2): a restriction prescribed by law and necessary for national security is permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = trade_union
    applies_to = {migrant_worker}
    union_rights_restricted = true
    provided_by_law = true
    necessity_shown = true
    ground = {national_security}
  }
  expect icrmw.art26.p1 compliant
}

test "26(2): public health is not a ground for restricting union rights" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = trade_union
    applies_to = {migrant_worker}
    union_rights_restricted = true
    provided_by_law = true
    necessity_shown = true
    ground = {public_health}
  }
  expect icrmw.art26.p1 violation
}

test "26(2): a restriction of unknown necessity is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = trade_union
    applies_to = {migrant_worker}
    union_rights_restricted = true
    provided_by_law = true
    ground = {public_order}
  }
  expect icrmw.art26.p1 undetermined
}

test "26: free union membership complies" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = trade_union
    applies_to = {migrant_worker}
    union_rights_restricted = false
  }
  expect icrmw.art26.p1 compliant
}

// ---- Art 27 ----------------------------------------------------------------

test "27: unequal social security with no refund of contributions violates Art 27" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = social_security
    applies_to = {migrant_worker}
    equal_treatment = false
    requirements_unfulfilled = false
    benefit_denied = true
    contributions_reimbursement_examined = false
  }
  expect icrmw.art27.p1 violation
  expect icrmw.art27.p2 violation
}

test "27(1): a difference that only reflects qualifying periods the migrants have not completed complies" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = social_security
    applies_to = {migrant_worker}
    equal_treatment = false
    requirements_unfulfilled = true
  }
  expect icrmw.art27.p1 compliant
}

test "27(1): unequal treatment for a reason not known is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = social_security
    applies_to = {migrant_worker}
    equal_treatment = false
  }
  expect icrmw.art27.p1 undetermined
}

test "27: equal treatment, and refunds examined where a benefit is denied, comply" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = social_security
    applies_to = {migrant_worker}
    equal_treatment = true
    benefit_denied = true
    contributions_reimbursement_examined = true
  }
  expect icrmw.art27.p1 compliant
  expect icrmw.art27.p2 compliant
}

test "27: unknown social-security terms are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = social_security
    applies_to = {migrant_worker}
  }
  expect icrmw.art27.p1 undetermined
  expect icrmw.art27.p2 undetermined
}

// ---- Arts 28 and 30 --------------------------------------------------------

test "28: refusing emergency care to irregular migrants violates Art 28" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    urgent_care = true
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = true
    irregularity_excluded = true
  }
  expect icrmw.art28 violation
}

test "28: emergency care for all migrants on equal terms complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    urgent_care = true
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = true
    irregularity_excluded = false
  }
  expect icrmw.art28 compliant
}

test "28: planned care charged to irregular migrants is outside Art 28, which covers urgent care only" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    urgent_care = false
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = false
    irregularity_excluded = true
  }
  expect icrmw.art28 not_applicable
}

test "28: care of unknown urgency is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    applies_to = {migrant_worker, irregular_migrant}
    equal_treatment = true
    irregularity_excluded = true
  }
  expect icrmw.art28 undetermined
}

test "28: emergency care on unknown terms is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    urgent_care = true
    applies_to = {migrant_worker}
    irregularity_excluded = false
  }
  expect icrmw.art28 undetermined
}

test "30: refusing school to children of irregular migrants violates Art 30" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_family_member, irregular_migrant}
    equal_treatment = false
    irregularity_excluded = true
  }
  expect icrmw.art30 violation
}

test "30: equal access to school for all migrants' children complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_family_member, irregular_migrant}
    equal_treatment = true
    irregularity_excluded = false
  }
  expect icrmw.art30 compliant
}

test "30: school access on unknown terms is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_family_member}
  }
  expect icrmw.art30 undetermined
}

// ---- Arts 32–34 ------------------------------------------------------------

test "32: blocking transfer of savings on departure violates Art 32" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = fund_transfer
    applies_to = {migrant_worker}
    funds_transfer_restricted = true
  }
  expect icrmw.art32 violation
}

test "32: free transfer of earnings complies" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = fund_transfer
    applies_to = {migrant_worker}
    funds_transfer_restricted = false
  }
  expect icrmw.art32 compliant
}

test "32: unknown transfer rules are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = fund_transfer
    applies_to = {migrant_worker}
  }
  expect icrmw.art32 undetermined
}

test "33: no information, not disseminated, charged and in a foreign language violates Art 33" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {migrant_worker}
    info_available = false
    info_disseminated = false
    info_free_of_charge = false
    info_language_understood = false
  }
  expect icrmw.art33.p1 violation
  expect icrmw.art33.p2 violation
  expect icrmw.art33.p3 violation
}

test "33: free information in an understood language, disseminated, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {migrant_worker}
    info_available = true
    info_disseminated = true
    info_free_of_charge = true
    info_language_understood = true
  }
  expect icrmw.art33.p1 compliant
  expect icrmw.art33.p2 compliant
  expect icrmw.art33.p3 compliant
}

test "33: unknown information service is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {migrant_worker}
  }
  expect icrmw.art33.p1 undetermined
  expect icrmw.art33.p2 undetermined
  expect icrmw.art33.p3 undetermined
}

test "34: a sanction for conduct that is no offence under local law finds no support in Art 34" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
    trigger.domestic_offence = false
  }
  expect icrmw.art34 violation
}

test "34: a sanction for an offence under local law complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
    trigger.domestic_offence = true
  }
  expect icrmw.art34 compliant
}

test "34: a sanction of unknown basis is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
  }
  expect icrmw.art34 undetermined
}
