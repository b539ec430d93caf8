// lex_duplicate_id: define.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
define d = flag
define d = not flag
