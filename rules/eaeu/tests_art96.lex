// Tests for EAEU Treaty Art 96. Every test fixes its own as_of date.
// Art 96's definitions are not a duty of their own: an exemption narrower than
// the definition of "worker of a Member State" is tested under Art 97(1)
// (tests_art97.lex).

test "96(1): a ban on organised recruitment of EAEU workers violates Art 96(1)" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recruitment
    applies_to = {eaeu_worker}
    exempts = {}
    recruitment_obstructed = true
  }
  expect eaeu_treaty.art96.p1 violation
  expect eaeu_treaty.art96.p1 binding
}

test "96(1): recruitment rules that do not obstruct EAEU recruitment comply" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recruitment
    applies_to = {eaeu_worker}
    exempts = {}
    recruitment_obstructed = false
  }
  expect eaeu_treaty.art96.p1 compliant
}

test "96(1): unknown effect on recruitment is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction RU
    kind = recruitment
    applies_to = {eaeu_worker}
    exempts = {}
  }
  expect eaeu_treaty.art96.p1 undetermined
}

test "96(3): barring exchange of information with Member States violates Art 96(3)" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = information_service
    applies_to = {eaeu_worker}
    information_exchange_barred = true
  }
  expect eaeu_treaty.art96.p3 violation
  expect eaeu_treaty.art96.p3 binding
}

test "96(3): information rules allowing exchange comply" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = information_service
    applies_to = {eaeu_worker}
    information_exchange_barred = false
  }
  expect eaeu_treaty.art96.p3 compliant
}

test "96(3): unknown exchange is undetermined" {
  as_of 2020-01-01
  measure {
    jurisdiction KZ
    kind = information_service
    applies_to = {eaeu_worker}
  }
  expect eaeu_treaty.art96.p3 undetermined
}
