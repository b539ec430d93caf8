instrument icrmw "International Convention on the Protection of the Rights of All Migrant Workers" {
kind convention
origin universal
signed 1990-12-18
in_force 2003-07-01
until 2099-01-01
party KG from 2003-09-29
party AM observer
}
instrument guide "Soft guidance" { kind soft_law origin external }
vocabulary migration {
enum measure_kind { entry_ban, expulsion }
enum person { eaeu_worker, family_member }
fact kind : measure_kind "What the measure does"
fact applies_to : set<person>
fact flag : bool
fact count : int
fact rate : number
fact since : date
fact ban.duration : duration
fact note : text
}
define unrelated = kind != entry_ban
provision icrmw.art22.p1 {
of icrmw
cite "Article 22(1)"
text "Migrant workers shall not be subject to measures of collective expulsion."
wording verbatim
paradigm rights
severity critical
in_force 2003-07-01
until 2099-01-01
scope kind == expulsion
prohibits not flag "collective expulsion"
unless unrelated "not a migration measure"
see icrmw.art22.p2
source "icrmw.akn.xml" art_22__para_1
}
provision icrmw.art22.p2 {
of icrmw
cite "Article 22(2)"
text "Decisions by a competent authority."
wording paraphrase
requires flag
}
provision icrmw.art22.p1_exception {
of icrmw
cite "Article 22(1), exception"
text "…"
exception to icrmw.art22.p1
when count > 10
}
test "every declaration kind" {
as_of 2020-01-01
measure {
jurisdiction KG
kind = expulsion
}
expect icrmw.art22.p1 violation
}
