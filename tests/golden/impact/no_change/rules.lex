instrument t "T" { kind treaty origin universal in_force 2000-01-01 party RU from 2000-01-01 }
vocabulary v {
  fact banned : bool "bans"
  fact covered : bool "falls under the treaty"
}
provision t.ban { of t cite "Article 1" text "No State shall ban." prohibits banned }
provision t.scoped { of t cite "Article 2" text "Covered measures shall not ban." scope covered prohibits banned }
