// Tests for the Agreement on Pension Provision (in force 1 January 2021).

test "pension: before 1 January 2021 the Agreement does not apply" {
  as_of 2020-12-31
  measure {
    jurisdiction RU
    kind = pension
    applies_to = {eaeu_worker}
    equal_treatment = false
    pension_service_aggregated = false
    pension_concurrent_barred = true
  }
  expect eaeu_pension.equal_conditions not_applicable
  expect eaeu_pension.aggregation not_applicable
  expect eaeu_pension.concurrent_pensions not_applicable
}

test "pension: from 1 January 2021 unequal pension conditions violate the Agreement" {
  as_of 2021-01-01
  measure {
    jurisdiction RU
    kind = pension
    applies_to = {eaeu_worker}
    equal_treatment = false
    pension_service_aggregated = false
    pension_aggregation_pre2021_only = false
    pension_concurrent_barred = true
  }
  expect eaeu_pension.equal_conditions violation
  expect eaeu_pension.equal_conditions binding
  expect eaeu_pension.aggregation violation
  expect eaeu_pension.concurrent_pensions violation
}

test "pension: equal conditions, aggregation and concurrent pensions comply" {
  as_of 2022-06-01
  measure {
    jurisdiction KZ
    kind = pension
    applies_to = {eaeu_worker}
    equal_treatment = true
    pension_service_aggregated = true
    pension_concurrent_barred = false
  }
  expect eaeu_pension.equal_conditions compliant
  expect eaeu_pension.aggregation compliant
  expect eaeu_pension.concurrent_pensions compliant
}

test "pension: a pension rule with unknown terms is undetermined after 2021" {
  as_of 2022-06-01
  measure {
    jurisdiction KG
    kind = pension
    applies_to = {eaeu_worker}
  }
  expect eaeu_pension.equal_conditions undetermined
  expect eaeu_pension.aggregation undetermined
  expect eaeu_pension.concurrent_pensions undetermined
}

test "pension: Art 98(3) leaves pensions out of its social-security rule" {
  as_of 2022-06-01
  measure {
    jurisdiction RU
    kind = pension
    applies_to = {eaeu_worker}
    equal_treatment = false
  }
  expect eaeu_treaty.art98.p3 not_applicable
  expect eaeu_pension.equal_conditions violation
}

test "pension: refusing to aggregate only service before 2021 follows the transitional rule" {
  as_of 2022-06-01
  measure {
    jurisdiction KZ
    kind = pension
    applies_to = {eaeu_worker}
    pension_service_aggregated = false
    pension_aggregation_pre2021_only = true
  }
  expect eaeu_pension.aggregation compliant
}

test "pension: a refusal to aggregate whose reach in time is unknown is undetermined" {
  as_of 2022-06-01
  measure {
    jurisdiction KZ
    kind = pension
    applies_to = {eaeu_worker}
    pension_service_aggregated = false
  }
  expect eaeu_pension.aggregation undetermined
}
