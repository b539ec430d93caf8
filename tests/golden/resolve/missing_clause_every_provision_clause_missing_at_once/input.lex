// lex_missing_clause: every provision clause missing at once.
// Sorted by position, then code, then message.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
provision eaeu.p1 { }
