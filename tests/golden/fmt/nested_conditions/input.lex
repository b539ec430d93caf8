define deep = ((((a))))
define mixed = not (a and (b or not c)) or (d and e)
define chain=a and b and c or d or e
define cmp = x.count >= 2 and x.window <= 3y and x.rate != 1.5 and x.date < 2020-01-01 and x.limit > -5
define sets = kind in {a, b, c} and who has any {a} and who has all {b, c} and who has d
define known_ = x.count is known and x.window is unknown and true or false
define wrapped =
  (ground has national_security and threat_link)
       or (ground has strategic_sector
           and kind in {occupation_restriction, labour_quota,
                        work_authorisation})
define closing_alone = (
  a
  or b
)
provision p.cond {
  of i
  cite "Article 3"
  text "t"
  scope kind in {a,
    b}
  prohibits not (a or
    b)
    "why on the next line"
  unless (c
    and (d
      or e))
}
