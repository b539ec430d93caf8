// Tests for ICRMW Arts 7, 16-18, 21, 23 (Part III), 56 and 79 (issue 18).
// Kyrgyzstan is a party from 2004-01-01, so its findings bind.

// ---- Art 7 -------------------------------------------------------------------

test "7: withholding a Convention right from migrants of one nationality violates Art 7" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_worker, migrant_family_member}
    withheld_on = {nationality, language}
  }
  expect icrmw.art7 violation
  expect icrmw.art7 binding
}

test "7: a measure that withholds nothing on a listed ground complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_worker, migrant_family_member}
    withheld_on = {}
  }
  expect icrmw.art7 compliant
}

test "7: unknown distinctions are undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = education_access
    applies_to = {migrant_worker}
  }
  expect icrmw.art7 undetermined
}

test "7: an amnesty for one nationality grants no Convention right, so it is outside Art 7" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = amnesty
    applies_to = {migrant_worker}
    withheld_on = {nationality}
  }
  expect icrmw.art7 not_applicable
  expect icrmw.art7 advisory
}

// ---- Arts 16-18: detention and courts ------------------------------------------

test "16-17: detention on grounds not set by law, without reasons, among convicts, violates Arts 16(4), 16(5), 17(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = detention
    applies_to = {migrant_worker, irregular_migrant}
    provided_by_law = false
    detention.grounds_by_law = false
    detention.reasons_in_language = false
    detention.separate_from_criminal = false
    trigger.offence_scope = migration_regime
  }
  expect icrmw.art16.p4 violation
  expect icrmw.art16.p5 violation
  expect icrmw.art17.p3 violation
}

test "16-17: detention pending removal on grounds set by law, reasons given, held apart, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = detention
    applies_to = {migrant_worker, irregular_migrant}
    provided_by_law = true
    detention.grounds_by_law = true
    detention.reasons_in_language = true
    detention.separate_from_criminal = true
    trigger.offence_scope = migration_regime
  }
  expect icrmw.art16.p4 compliant
  expect icrmw.art16.p5 compliant
  expect icrmw.art17.p3 compliant
}

test "16-17: detention whose grounds, information and conditions are unknown is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = detention
    applies_to = {migrant_worker}
    provided_by_law = true
    trigger.offence_scope = migration_regime
  }
  expect icrmw.art16.p4 undetermined
  expect icrmw.art16.p5 undetermined
  expect icrmw.art17.p3 undetermined
}

test "17(3): detention after a crime is outside Art 17(3), which concerns migration offences" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = detention
    applies_to = {migrant_worker}
    trigger.offence_scope = criminal
  }
  expect icrmw.art17.p3 not_applicable
}

test "18(1): an administrative penalty decided without equality before the courts violates Art 18(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
    sanction = {fine}
    proceedings.equal_before_courts = false
  }
  expect icrmw.art18.p1 violation
}

test "18(1): a penalty decided in a fair and public hearing on equal terms complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
    sanction = {fine}
    proceedings.equal_before_courts = true
  }
  expect icrmw.art18.p1 compliant
}

test "18(1): a penalty whose procedure is not known is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    applies_to = {migrant_worker}
    sanction = {fine}
  }
  expect icrmw.art18.p1 undetermined
}

// ---- Art 21: documents -----------------------------------------------------------

test "21: letting employers keep migrants' passports violates Art 21" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = document_control
    applies_to = {migrant_worker}
    documents_seized_unlawfully = true
    documents_seized_without_receipt = true
  }
  expect icrmw.art21 violation
}

test "21: confiscation only by authorised officials against a receipt complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = document_control
    applies_to = {migrant_worker}
    documents_seized_unlawfully = false
    documents_seized_without_receipt = false
  }
  expect icrmw.art21 compliant
}

test "21: confiscation by officials with no known receipt rule is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = document_control
    applies_to = {migrant_worker}
    documents_seized_unlawfully = false
  }
  expect icrmw.art21 undetermined
}

// ---- Art 23: consular protection on expulsion -------------------------------------

test "23: an expulsion that keeps the person from the consulate violates Art 23" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    consular_recourse_facilitated = false
  }
  expect icrmw.art23 violation
  expect icrmw.art23 binding
}

test "23: an expulsion that informs of and facilitates consular protection complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    consular_recourse_facilitated = true
  }
  expect icrmw.art23 compliant
}

test "23: an expulsion silent on consular protection is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = administrative_penalty
    sanction = {fine, expulsion}
    applies_to = {migrant_worker}
  }
  expect icrmw.art23 undetermined
}

// ---- Art 56: expulsion of documented migrants --------------------------------------

test "56: expelling a documented worker for reasons not in the law, to strip permit rights, without weighing residence, violates Art 56(1)-(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    provided_by_law = false
    expulsion_deprives_permit_rights = true
    humanitarian_factors_considered = false
  }
  expect icrmw.art56.p1 violation
  expect icrmw.art56.p2 violation
  expect icrmw.art56.p3 violation
}

test "56: a court expulsion under the law that weighs family and length of residence complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    provided_by_law = true
    expulsion_deprives_permit_rights = false
    humanitarian_factors_considered = true
  }
  expect icrmw.art56.p1 compliant
  expect icrmw.art56.p2 compliant
  expect icrmw.art56.p3 compliant
}

test "56: an expulsion whose basis, aim and weighing are unknown is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
  }
  expect icrmw.art56.p1 undetermined
  expect icrmw.art56.p2 undetermined
  expect icrmw.art56.p3 undetermined
}

test "56: an expulsion of irregular migrants only is outside Part IV" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {irregular_migrant}
  }
  expect icrmw.art56.p1 not_applicable
}

// ---- Art 79 against Art 56(3): entry bans --------------------------------------------
// Primary reading: a ban that can end a lawful stay is an expulsion in effect.
// Reading `icrmw.art56.p3.admission`: every entry ban is an admission
// criterion (Art 79), outside Art 56(3).

test "56(3) and 79: a ban that runs from a removal only governs admission, so Art 56(3) does not bite under either reading" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    ends_lawful_work = false
    humanitarian_factors_considered = false
  }
  expect icrmw.art56.p3 compliant
  expect icrmw.art56.p3 under icrmw.art56.p3 compliant
  expect icrmw.art56.p3 under icrmw.art56.p3.admission not_applicable
}

test "56(3) and 79: a ban that can end a documented worker's lawful stay, with no weighing, is contested: an expulsion in effect, or an admission criterion" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    ends_lawful_work = true
    humanitarian_factors_considered = false
  }
  expect icrmw.art56.p3 contested
  expect icrmw.art56.p3 under icrmw.art56.p3 violation
  expect icrmw.art56.p3 under icrmw.art56.p3.admission not_applicable
}

test "56(3) and 79: a ban of unknown reach, with no weighing, is contested: undetermined, or an admission criterion" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    humanitarian_factors_considered = false
  }
  expect icrmw.art56.p3 contested
  expect icrmw.art56.p3 under icrmw.art56.p3 undetermined
  expect icrmw.art56.p3 under icrmw.art56.p3.admission not_applicable
}

test "56(3) and 79: an expulsion without weighing breaches Art 56(3) under both readings" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    ends_lawful_work = true
    humanitarian_factors_considered = false
  }
  expect icrmw.art56.p3 violation
  expect icrmw.art56.p3 under icrmw.art56.p3.admission violation
}
