test "a labour quota on EAEU workers violates Art. 97(1)" {
  as_of 2020-01-01        // optional
  measure {
    jurisdiction RU
    kind = labour_quota
    applies_to = {eaeu_worker}
    ground = {}           // stated: no ground
  }
  expect eaeu_treaty.art97.p1 violation
  expect eaeu_treaty.art97.p1 binding
}
test "all value kinds"{
measure{
jurisdiction KZ
trigger.offence_count = 2
trigger.window=3y
rate = 1.5
decided = true
since = 2019-05-01
note = "free text"
exempts = { eaeu_worker , eaeu_family_member }
}
expect a.b compliant expect a.c undetermined
expect a.d not_applicable
expect a.e advisory
}


test "empty measure" { measure { jurisdiction AM } expect x.y not_applicable }
