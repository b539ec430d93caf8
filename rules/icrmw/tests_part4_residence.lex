// Tests for ICRMW Part IV: Art 44(1) family unity (with Art 79 for entry bans)
// and Arts 49-51 (residence when work ends) (issue 18).

test "44(1): expelling a documented worker without regard to the family violates Art 44(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker, migrant_family_member}
    family_unity_considered = false
  }
  expect icrmw.art44.p1 violation
  expect icrmw.art44.p1 binding
}

test "44(1): an expulsion that takes the family into account complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
    family_unity_considered = true
  }
  expect icrmw.art44.p1 compliant
}

test "44(1): an expulsion silent on the family is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = expulsion
    applies_to = {migrant_worker}
  }
  expect icrmw.art44.p1 undetermined
}

test "44(1) and 79: a ban on persons already removed is an admission criterion under either reading" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    ends_lawful_work = false
    family_unity_considered = false
  }
  expect icrmw.art44.p1 compliant
  expect icrmw.art44.p1 under icrmw.art44.p1.admission not_applicable
}

test "44(1) and 79: a ban that can end a resident worker's stay must weigh the family, unless every entry ban is an admission criterion (contested)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    ends_lawful_work = true
    family_unity_considered = false
  }
  expect icrmw.art44.p1 contested
  expect icrmw.art44.p1 under icrmw.art44.p1 violation
  expect icrmw.art44.p1 under icrmw.art44.p1.admission not_applicable
}

test "44(1) and 79: a ban of unknown reach that ignores the family is contested: undetermined, or an admission criterion" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = entry_ban
    applies_to = {migrant_worker}
    family_unity_considered = false
  }
  expect icrmw.art44.p1 contested
  expect icrmw.art44.p1 under icrmw.art44.p1 undetermined
  expect icrmw.art44.p1 under icrmw.art44.p1.admission not_applicable
}

test "44(1) and 79: cancelling a residence permit without regard to the family breaches Art 44(1) under both readings" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = permit_cancellation
    applies_to = {migrant_worker}
    family_unity_considered = false
  }
  expect icrmw.art44.p1 violation
  expect icrmw.art44.p1 under icrmw.art44.p1.admission violation
}

test "49(1): residence granted for less than the work permit violates Art 49(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = work_authorisation
    applies_to = {migrant_worker}
    residence_shorter_than_work_permit = true
  }
  expect icrmw.art49.p1 violation
}

test "49(1): residence at least as long as the work permit complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = work_authorisation
    applies_to = {migrant_worker}
    residence_shorter_than_work_permit = false
  }
  expect icrmw.art49.p1 compliant
}

test "49(1): unknown relation between residence and work permit is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = stay_limit
    applies_to = {migrant_worker}
  }
  expect icrmw.art49.p1 undetermined
}

test "50(1): cancelling family members' stay on the worker's death with no consideration violates Art 50(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = permit_cancellation
    applies_to = {migrant_family_member}
    family_stay_considered = false
  }
  expect icrmw.art50.p1 violation
}

test "50(1): a stay of their own for family members, residence counted, complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = permit_cancellation
    applies_to = {migrant_family_member}
    family_stay_considered = true
  }
  expect icrmw.art50.p1 compliant
}

test "50(1): unknown treatment of family members is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = stay_limit
    applies_to = {eaeu_family_member}
  }
  expect icrmw.art50.p1 undetermined
}

test "51: ending the residence of a worker whose job ended early violates Art 51" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = permit_cancellation
    applies_to = {migrant_worker}
    job_loss_ends_residence = true
    residence_tied_to_activity = false
  }
  expect icrmw.art51 violation
}

test "51: residence expressly tied to the activity for which the worker was admitted is excepted" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = permit_cancellation
    applies_to = {migrant_worker}
    job_loss_ends_residence = true
    residence_tied_to_activity = true
  }
  expect icrmw.art51 compliant
}

test "51: a job loss that does not end the residence complies" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = work_authorisation
    applies_to = {migrant_worker}
    job_loss_ends_residence = false
  }
  expect icrmw.art51 compliant
}

test "51: a job loss that ends residence, of unknown tie to the activity, is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KG
    kind = stay_limit
    applies_to = {migrant_worker}
    job_loss_ends_residence = true
  }
  expect icrmw.art51 undetermined
}
