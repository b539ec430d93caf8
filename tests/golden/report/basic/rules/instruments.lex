// A small rule set for the report golden files: one instrument of each origin, one
// paradigm each, an `unless`, an exception provision and a `see` link.

instrument regional_treaty "Regional Treaty on Labour Mobility" {
  kind treaty
  origin regional
  in_force 2010-01-01
  party AA from 2012-01-01
}

instrument world_convention "World Convention on <Migrant> Workers & Families" {
  kind convention
  origin universal
  in_force 2003-07-01
  party BB from 2005-01-01
}

instrument guidelines "Guidelines on Fair Recruitment" {
  kind soft_law
  origin external
  in_force 2019-01-01
}

// Labels (LANGUAGE.md §13) word the reasons; `<b>`, `&` and `*` must stay text in every
// format. `security_ground` has none: its reasons quote the condition.
vocabulary labour {
  enum measure_kind { entry_ban "an entry ban", work_permit "a <b>work permit</b> & *quota*" }
  fact kind : measure_kind "what the measure does" as "the measure is"
  fact covers_workers : bool "the measure applies to workers of the other parties"
    as "the measure applies to workers of the other parties"
  fact individual_assessment : bool "each case is assessed individually"
    as "each case is assessed individually"
  fact security_ground : bool "the measure pursues national security"
}
