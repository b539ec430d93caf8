// lex_define_cycle: two cycle is reported once.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
define a = b or flag
define b = (a)
