// lex_define_cycle: two separate cycles are both reported.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
define a = b
define b = a
define c = d
define d = c
