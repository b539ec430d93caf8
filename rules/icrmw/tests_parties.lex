// Tests for the ICRMW's dates and parties, and for Arts 1 and 8.

test "parties: Kyrgyzstan is bound only from 1 January 2004 (Art 87(2))" {
  as_of 2003-12-31
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {nationality}
  }
  expect icrmw.art1.p1 violation
  expect icrmw.art1.p1 advisory
}

test "parties: Kyrgyzstan bound on 1 January 2004" {
  as_of 2004-01-01
  measure {
    jurisdiction KG
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {nationality}
  }
  expect icrmw.art1.p1 violation
  expect icrmw.art1.p1 binding
}

test "parties: Tajikistan is bound from entry into force, 1 July 2003" {
  as_of 2003-07-01
  measure {
    jurisdiction TJ
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {}
  }
  expect icrmw.art1.p1 compliant
  expect icrmw.art1.p1 binding
}

test "parties: before 1 July 2003 the Convention is not in force" {
  as_of 2003-06-30
  measure {
    jurisdiction AZ
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {nationality}
  }
  expect icrmw.art1.p1 not_applicable
}

test "parties: Azerbaijan is bound" {
  as_of 2010-01-01
  measure {
    jurisdiction AZ
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {religion}
  }
  expect icrmw.art1.p1 binding
}

test "parties: Armenia only signed, so its findings are advisory" {
  as_of 2020-01-01
  measure {
    jurisdiction AM
    kind = employment_conditions
    applies_to = {migrant_worker}
    withheld_on = {nationality}
  }
  expect icrmw.art1.p1 violation
  expect icrmw.art1.p1 advisory
}

test "parties: a Russian re-entry ban for administrative offences (114-FZ Art 26(4)) is advisory under the ICRMW" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = entry_ban
    applies_to = {foreign_national, migrant_worker, migrant_family_member, eaeu_worker, eaeu_family_member}
    exempts = {}
    ground = {}
    treaty_based = false
    individual_assessment = false
    trigger.offence_scope = any_administrative
    trigger.offence_count = 2
    trigger.window = 3y
    trigger.expulsion_decision = false
    purpose = {entry_control}
    ban.duration = 3y
    withheld_on = {}
    withheld_stages = {}
  }
  expect icrmw.art1.p1 compliant
  expect icrmw.art1.p1 advisory
  expect icrmw.art8.p2 advisory
  expect icrmw.art22.p5 not_applicable
  expect eaeu_treaty.art97.p2 contested
  expect eaeu_treaty.art97.p2 binding
  expect eaeu_treaty.art97.p2 under eaeu_treaty.art97.p2 violation
}

// ---- Art 1 ----------------------------------------------------------------

test "1(1)-(2): withholding protection by nationality and during transit violates Art 1" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    applies_to = {migrant_worker, migrant_family_member}
    withheld_on = {nationality, religion}
    withheld_stages = {transit}
  }
  expect icrmw.art1.p1 violation
  expect icrmw.art1.p2 violation
}

test "1(1)-(2): protection for all migrants at every stage complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    applies_to = {migrant_worker, migrant_family_member}
    withheld_on = {}
    withheld_stages = {}
  }
  expect icrmw.art1.p1 compliant
  expect icrmw.art1.p2 compliant
}

test "1(1)-(2): unknown distinctions and stages are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = healthcare_access
    applies_to = {migrant_worker}
  }
  expect icrmw.art1.p1 undetermined
  expect icrmw.art1.p2 undetermined
}

test "1(1): a nationality-selective amnesty is outside Art 1, a scope clause: an amnesty is not a Convention protection" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = amnesty
    applies_to = {migrant_worker, irregular_migrant}
    withheld_on = {nationality}
    withheld_stages = {}
  }
  expect icrmw.art1.p1 not_applicable
  expect icrmw.art1.p2 not_applicable
}

test "1(1): a measure concerning no migrants is outside Art 1" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = taxation
    applies_to = {foreign_national}
  }
  expect icrmw.art1.p1 not_applicable
}

// ---- Art 8 ----------------------------------------------------------------

test "8(1): an exit ban without a basis in law violates Art 8(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = exit_restriction
    applies_to = {migrant_worker}
    provided_by_law = false
    necessity_shown = true
    ground = {public_order}
  }
  expect icrmw.art8.p1 violation
  expect icrmw.art8.p2 not_applicable
}

test "8(1): an exit ban provided by law and necessary for public health is a permitted restriction" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = exit_restriction
    applies_to = {migrant_worker}
    provided_by_law = true
    necessity_shown = true
    ground = {public_health}
  }
  expect icrmw.art8.p1 compliant
}

test "8(1): an exit ban with unknown necessity is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = exit_restriction
    applies_to = {migrant_worker}
    provided_by_law = true
    ground = {public_order}
  }
  expect icrmw.art8.p1 undetermined
}

test "8(1): an exit restriction on non-migrants complies" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = exit_restriction
    applies_to = {foreign_national}
  }
  expect icrmw.art8.p1 compliant
}

test "8(2): barring returning nationals from their State of origin violates Art 8(2)" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = entry_ban
    applies_to = {own_national_migrant}
  }
  expect icrmw.art8.p2 violation
  expect icrmw.art8.p2 binding
}

test "8(2): an entry ban of unknown reach is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = entry_ban
  }
  expect icrmw.art8.p2 undetermined
}

test "8(2): an entry ban on foreigners that spares the State's own nationals complies" {
  as_of 2020-01-01
  measure {
    jurisdiction TJ
    kind = entry_ban
    applies_to = {foreign_national, migrant_worker}
  }
  expect icrmw.art8.p2 compliant
}
