// lex_duplicate_id: define with the name of a fact.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
define flag = who == worker
