instrument   treaty_x "Treaty X"{kind treaty origin   regional signed 2014-05-29 in_force 2015-01-01
party RU from 2015-01-01 party KG    from 2015-08-06 until 2099-12-31 party UZ observer}
vocabulary v{enum k{a,b,c}fact kind:k "What it does" fact who:set<k>
fact ban.duration   :   duration}
define   short_ban=ban.duration<3y and kind==a
provision treaty_x.art1{of treaty_x cite"Article 1"text"Short text."wording verbatim paradigm economic severity high
scope kind in{a,b}prohibits(who has a or who has any{b,c})and not short_ban"why it matters"
unless who has all {a , b} unless ban.duration>=90d"long bans"see treaty_x.art2 source "x.akn.xml"art_1}
test"messy test"{as_of 2020-01-01 measure{jurisdiction RU kind=a who={a,b}ground={}ban.duration=3y}expect treaty_x.art1 violation expect treaty_x.art1 binding}
