// Tests for ICRMW Part IV (documented migrants): Arts 38, 39, 43, 52, 54.

// ---- Art 38 ----------------------------------------------------------------

test "38: an absence that ends the work authorisation, on unpublished terms, violates Art 38" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = temporary_absence
    applies_to = {migrant_worker}
    absence_ends_authorisation = true
    absence_terms_informed = false
  }
  expect icrmw.art38.p1 violation
  expect icrmw.art38.p2 violation
}

test "38: absence without effect on the authorisation, on published terms, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = temporary_absence
    applies_to = {migrant_worker}
    absence_ends_authorisation = false
    absence_terms_informed = true
  }
  expect icrmw.art38.p1 compliant
  expect icrmw.art38.p2 compliant
}

test "38: unknown absence rules are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = temporary_absence
    applies_to = {migrant_worker}
  }
  expect icrmw.art38.p1 undetermined
  expect icrmw.art38.p2 undetermined
}

test "38: Part IV does not protect migrants in an irregular situation" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = temporary_absence
    applies_to = {irregular_migrant}
    absence_ends_authorisation = true
  }
  expect icrmw.art38.p1 not_applicable
}

// ---- Art 39 ----------------------------------------------------------------

test "39: confining migrant workers to a region without a basis in law violates Art 39" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = residence_restriction
    applies_to = {migrant_worker, migrant_family_member}
    provided_by_law = false
    necessity_shown = true
    ground = {public_order}
  }
  expect icrmw.art39.p1 violation
}

test "39(2): a restriction provided by law and necessary for public morals is permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = residence_restriction
    applies_to = {migrant_worker}
    provided_by_law = true
    necessity_shown = true
    ground = {morals}
  }
  expect icrmw.art39.p1 compliant
}

test "39(2): a restriction of unknown necessity is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = residence_restriction
    applies_to = {migrant_worker}
    provided_by_law = true
    ground = {national_security}
  }
  expect icrmw.art39.p1 undetermined
}

test "39: a residence rule for irregular migrants only is outside Part IV's protection" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = residence_restriction
    applies_to = {irregular_migrant}
  }
  expect icrmw.art39.p1 compliant
}

// ---- Art 43 ----------------------------------------------------------------

test "43: unequal housing access and a ban on employer housing violate Art 43" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = housing
    applies_to = {migrant_worker}
    equal_treatment = false
    equality_conditions_promoted = false
    employer_facilities_prevented = true
  }
  expect icrmw.art43.p1 violation
  expect icrmw.art43.p2 violation
  expect icrmw.art43.p3 violation
}

test "43: equal housing access, with employer housing allowed, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = housing
    applies_to = {migrant_worker}
    equal_treatment = true
    employer_facilities_prevented = false
  }
  expect icrmw.art43.p1 compliant
  expect icrmw.art43.p2 compliant
  expect icrmw.art43.p3 compliant
}

test "43(2): promoting equality satisfies Art 43(2) even where access is not yet equal" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = vocational_training
    applies_to = {migrant_worker}
    equal_treatment = false
    equality_conditions_promoted = true
  }
  expect icrmw.art43.p1 violation
  expect icrmw.art43.p2 compliant
}

test "43: unknown housing terms are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction AZ
    kind = housing
    applies_to = {migrant_worker}
  }
  expect icrmw.art43.p1 undetermined
  expect icrmw.art43.p2 undetermined
  expect icrmw.art43.p3 undetermined
}

// ---- Art 52 ----------------------------------------------------------------

test "52(1): tying migrant workers to one employer, with no permitted reason, violates Art 52(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = false
    restriction_qualification_based = false
    permit_time_limited = false
  }
  expect icrmw.art52.p1 violation
  expect icrmw.art52.p1 binding
}

test "52(2)(a): closing limited categories of employment by law, where necessary in the State's interests, is permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = true
    necessity_shown = true
  }
  expect icrmw.art52.p1 compliant
}

test "52(2)(a): limited categories closed by law without being necessary are not permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = true
    necessity_shown = false
    restriction_qualification_based = false
    permit_time_limited = false
  }
  expect icrmw.art52.p1 violation
}

test "52(2)(a): limited categories closed by law, necessity unknown, are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = true
    restriction_qualification_based = false
    permit_time_limited = false
  }
  expect icrmw.art52.p1 undetermined
}

test "52(2)(b): restrictions under the qualification-recognition law are permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = false
    restriction_qualification_based = true
  }
  expect icrmw.art52.p1 compliant
}

test "52(3)(a): a restriction lifted after two years of lawful residence is permitted for time-limited permits" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = work_authorisation
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = false
    restriction_qualification_based = false
    permit_time_limited = true
    restriction_lifted_after = 2y
    ground = {}
  }
  expect icrmw.art52.p1 compliant
}

test "52(3)(b): national priority lifted after four years is permitted for time-limited permits" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = labour_market_test
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = false
    restriction_qualification_based = false
    permit_time_limited = true
    restriction_lifted_after = 4y
    ground = {national_priority}
  }
  expect icrmw.art52.p1 compliant
}

test "52(3)(b): national priority lasting six years is not permitted" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = labour_market_test
    applies_to = {migrant_worker}
    activity_choice_restricted = true
    provided_by_law = true
    restriction_limited_categories = false
    restriction_qualification_based = false
    permit_time_limited = true
    restriction_lifted_after = 6y
    ground = {national_priority}
  }
  expect icrmw.art52.p1 violation
}

test "52: a restriction whose justification is unknown is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = true
  }
  expect icrmw.art52.p1 undetermined
}

test "52(1): free choice of activity complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = occupation_restriction
    applies_to = {migrant_worker}
    activity_choice_restricted = false
  }
  expect icrmw.art52.p1 compliant
}

test "52(4): no rules for self-employment of admitted workers violates Art 52(4)" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = work_authorisation
    applies_to = {migrant_worker}
    self_employment_conditions_prescribed = false
  }
  expect icrmw.art52.p4 violation
}

test "52(4): prescribed conditions for self-employment comply" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = work_authorisation
    applies_to = {migrant_worker}
    self_employment_conditions_prescribed = true
  }
  expect icrmw.art52.p4 compliant
}

test "52(4): unknown self-employment rules are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = work_authorisation
    applies_to = {migrant_worker}
  }
  expect icrmw.art52.p4 undetermined
}

// ---- Art 54 ----------------------------------------------------------------

test "54: unemployment benefits denied to migrant workers violate Art 54(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = unemployment_protection
    applies_to = {migrant_worker}
    equal_treatment = false
    contract_complaint_available = true
  }
  expect icrmw.art54.p1 violation
  expect icrmw.art54.p2 compliant
}

test "54: equal unemployment protection complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = unemployment_protection
    applies_to = {migrant_worker}
    equal_treatment = true
  }
  expect icrmw.art54.p1 compliant
}

test "54: unknown unemployment protection is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = unemployment_protection
    applies_to = {migrant_worker}
  }
  expect icrmw.art54.p1 undetermined
}
