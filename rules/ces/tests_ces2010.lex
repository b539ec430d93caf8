// Tests for the 2010 CES Agreement on the legal status of migrant workers:
// in force for BY, KZ and RU from 1 January 2012 until the EAEU Treaty replaced
// it on 1 January 2015.

test "2010 Agreement: a work permit required of Kazakh workers in Russia in 2013 violates it" {
  as_of 2013-06-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {foreign_national, eaeu_worker}
    exempts = {}
  }
  expect ces_migrant_agreement.no_permit violation
  expect ces_migrant_agreement.no_permit binding
}

test "2010 Agreement: a permit regime exempting the Parties' workers complies" {
  as_of 2013-06-01
  measure {
    jurisdiction KZ
    kind = labour_quota
    applies_to = {foreign_national, eaeu_worker}
    exempts = {eaeu_worker}
  }
  expect ces_migrant_agreement.no_permit compliant
}

test "2010 Agreement: a permit regime silent on the Parties' workers is undetermined" {
  as_of 2013-06-01
  measure {
    jurisdiction BY
    kind = work_authorisation
    applies_to = {foreign_national, eaeu_worker}
  }
  expect ces_migrant_agreement.no_permit undetermined
}

test "2010 Agreement: not in force in 2011" {
  as_of 2011-06-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect ces_migrant_agreement.no_permit not_applicable
}

test "2010 Agreement: no longer in force once the EAEU Treaty applies (1 January 2015)" {
  as_of 2015-01-01
  measure {
    jurisdiction RU
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect ces_migrant_agreement.no_permit not_applicable
  expect eaeu_treaty.art97.p1 violation
}

test "2010 Agreement: Kyrgyzstan was never a party, so its findings are advisory" {
  as_of 2013-06-01
  measure {
    jurisdiction KG
    kind = work_authorisation
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect ces_migrant_agreement.no_permit violation
  expect ces_migrant_agreement.no_permit advisory
}

test "2010 Agreement: registration within 3 days of entry violates the 30-day exemption" {
  as_of 2013-06-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {foreign_national, eaeu_worker, eaeu_family_member}
    exempts = {}
    registration_exemption = 3d
  }
  expect ces_migrant_agreement.registration violation
}

test "2010 Agreement: a 30-day registration exemption complies" {
  as_of 2013-06-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker}
    exempts = {}
    registration_exemption = 30d
  }
  expect ces_migrant_agreement.registration compliant
}

test "2010 Agreement: an unknown registration period is undetermined" {
  as_of 2013-06-01
  measure {
    jurisdiction RU
    kind = registration
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect ces_migrant_agreement.registration undetermined
}

test "2010 Agreement: a stay limit cut short of the contract term violates it; 7 days to find work too" {
  as_of 2014-03-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {foreign_national, eaeu_worker, eaeu_family_member}
    exempts = {}
    stay.follows_contract = false
    job_change_grace = 7d
  }
  expect ces_migrant_agreement.stay_term violation
  expect ces_migrant_agreement.new_contract violation
}

test "2010 Agreement: a stay for the contract term with 15 days to find work complies" {
  as_of 2014-03-01
  measure {
    jurisdiction KZ
    kind = stay_limit
    applies_to = {eaeu_worker, eaeu_family_member}
    exempts = {}
    stay.follows_contract = true
    job_change_grace = 15d
  }
  expect ces_migrant_agreement.stay_term compliant
  expect ces_migrant_agreement.new_contract compliant
}

test "2010 Agreement: a stay limit silent on the contract and on job changes is undetermined" {
  as_of 2014-03-01
  measure {
    jurisdiction RU
    kind = stay_limit
    applies_to = {foreign_national, eaeu_worker}
  }
  expect ces_migrant_agreement.stay_term undetermined
  expect ces_migrant_agreement.new_contract undetermined
}
