// lex_duplicate_id: built in fact.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
vocabulary other { fact jurisdiction : state fact in_force : date }
