// lex_missing_clause: every error of a file is reported in order.
instrument eaeu "T" { kind treaty party RU party RU }
vocabulary v { fact flag : bool fact n : int fact due : dat }
define d = flagg or n > 3y
define d = e
define e = e
provision eaeu.p1 { of eaeu cite "c" prohibits d see eaeu.p9 }
test "t" { measure { jurisdiction RU n = "3" } expect eaeu.p2 violation }
