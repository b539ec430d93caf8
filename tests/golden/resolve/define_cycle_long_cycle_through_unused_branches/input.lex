// lex_define_cycle: long cycle through unused branches.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
define a = flag or b
define b = c and d
define c = flag
define d = not e
define e = who == worker or a
define f = a
