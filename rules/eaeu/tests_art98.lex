// Tests for EAEU Treaty Art 98.

test "98(1): a registration duty imposed on EAEU workers by practice alone violates Art 98(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker}
    provided_by_law = false
  }
  expect eaeu_treaty.art98.p1 violation
  expect eaeu_treaty.art98.p1 binding
}

test "98(1): a duty laid down in legislation complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker}
    provided_by_law = true
  }
  expect eaeu_treaty.art98.p1 compliant
}

test "98(1): a duty of unknown legal basis is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art98.p1 undetermined
}

test "98(1): a non-statutory amnesty imposes no duty, so it is outside Art 98(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = amnesty
    applies_to = {eaeu_worker}
    provided_by_law = false
  }
  expect eaeu_treaty.art98.p1 not_applicable
}

test "98(2): restricting transfers of EAEU workers' funds violates Art 98(2)" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = fund_transfer
    applies_to = {eaeu_worker}
    funds_transfer_restricted = true
    property_arbitrary_deprivation = false
  }
  expect eaeu_treaty.art98.p2 violation
}

test "98(2): free transfer and protected property comply" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = fund_transfer
    applies_to = {eaeu_worker}
    funds_transfer_restricted = false
    property_arbitrary_deprivation = false
  }
  expect eaeu_treaty.art98.p2 compliant
}

test "98(2): unknown property protection is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = property_rights
    applies_to = {eaeu_worker}
    funds_transfer_restricted = false
  }
  expect eaeu_treaty.art98.p2 undetermined
}

test "98(3): social insurance on worse terms than for nationals violates Art 98(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = social_security
    applies_to = {eaeu_worker, eaeu_family_member}
    equal_treatment = false
    family_members_covered = true
    insurance_periods_counted = true
  }
  expect eaeu_treaty.art98.p3 violation
}

test "98(3): equal social insurance for workers and families, periods counted, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = social_security
    applies_to = {eaeu_worker, eaeu_family_member}
    equal_treatment = true
    family_members_covered = true
    insurance_periods_counted = true
  }
  expect eaeu_treaty.art98.p3 compliant
}

test "98(3): unknown counting of insurance periods is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = social_security
    applies_to = {eaeu_worker, eaeu_family_member}
    equal_treatment = true
    family_members_covered = true
  }
  expect eaeu_treaty.art98.p3 undetermined
}

test "98(4): charging EAEU workers for emergency care violates Art 98(4)" {
  as_of 2020-01-01
  measure {
    jurisdiction AM
    kind = healthcare_access
    applies_to = {eaeu_worker, eaeu_family_member}
    emergency_care_free = false
  }
  expect eaeu_treaty.art98.p4 violation
  expect eaeu_treaty.art98.p4 binding
}

test "98(4): free emergency care complies" {
  as_of 2020-01-01
  measure {
    jurisdiction AM
    kind = healthcare_access
    applies_to = {eaeu_worker, eaeu_family_member}
    emergency_care_free = true
  }
  expect eaeu_treaty.art98.p4 compliant
}

test "98(4): unknown cost of emergency care is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction AM
    kind = healthcare_access
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art98.p4 undetermined
}

test "98(5): barring EAEU workers from trade unions violates Art 98(5)" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = trade_union
    applies_to = {eaeu_worker}
    equal_treatment = false
    union_rights_restricted = true
  }
  expect eaeu_treaty.art98.p5 violation
}

test "98(5): trade union membership on an equal footing complies" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = trade_union
    applies_to = {eaeu_worker}
    equal_treatment = true
    union_rights_restricted = false
  }
  expect eaeu_treaty.art98.p5 compliant
}

test "98(5): unknown union rules are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction BY
    kind = trade_union
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art98.p5 undetermined
}

test "98(6): refusing school places to EAEU workers' children as such violates Art 98(6) under both readings" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = education_access
    applies_to = {eaeu_family_member}
    school_access_denied = true
    school_access_conditioned = false
  }
  expect eaeu_treaty.art98.p6 violation
  expect eaeu_treaty.art98.p6 under eaeu_treaty.art98.p6.admission_conditions violation
}

test "98(6): refusing children who fail a condition of admission (a language test) is contested" {
  as_of 2025-06-01
  measure {
    jurisdiction RU
    kind = education_access
    applies_to = {eaeu_family_member, migrant_family_member}
    exempts = {}
    school_access_denied = true
    school_access_conditioned = true
  }
  expect eaeu_treaty.art98.p6 contested
  expect eaeu_treaty.art98.p6 binding
  expect eaeu_treaty.art98.p6 under eaeu_treaty.art98.p6 violation
  expect eaeu_treaty.art98.p6 under eaeu_treaty.art98.p6.admission_conditions compliant
}

test "98(6): a refusal whose grounds are unknown is contested: a violation, or undetermined under the conditions-of-admission reading" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = education_access
    applies_to = {eaeu_family_member}
    school_access_denied = true
  }
  expect eaeu_treaty.art98.p6 contested
  expect eaeu_treaty.art98.p6 under eaeu_treaty.art98.p6 violation
  expect eaeu_treaty.art98.p6 under eaeu_treaty.art98.p6.admission_conditions undetermined
}

test "98(6): admitting EAEU workers' children to schools complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = education_access
    applies_to = {eaeu_family_member}
    school_access_denied = false
  }
  expect eaeu_treaty.art98.p6 compliant
}

test "98(6): unknown school access is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = education_access
    applies_to = {eaeu_family_member}
  }
  expect eaeu_treaty.art98.p6 undetermined
}

test "98(7): no information for EAEU workers violates Art 98(7)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {eaeu_worker}
    info_available = false
  }
  expect eaeu_treaty.art98.p7 violation
  expect eaeu_treaty.art98.p7 binding
}

test "98(7): information available from the authorities complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {eaeu_worker}
    info_available = true
  }
  expect eaeu_treaty.art98.p7 compliant
}

test "98(7): unknown availability of information is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = information_service
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art98.p7 undetermined
}

test "98(8): a penalty on EAEU workers for conduct that is no offence under local law finds no support in Art 98(8)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = administrative_penalty
    applies_to = {eaeu_worker}
    trigger.domestic_offence = false
  }
  expect eaeu_treaty.art98.p8 violation
}

test "98(8): a penalty for an offence under local law complies" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = administrative_penalty
    applies_to = {eaeu_worker}
    trigger.domestic_offence = true
  }
  expect eaeu_treaty.art98.p8 compliant
}

test "98(8): a penalty with unknown basis is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = administrative_penalty
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art98.p8 undetermined
}
