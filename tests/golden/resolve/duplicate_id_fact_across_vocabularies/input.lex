// lex_duplicate_id: fact across vocabularies.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
vocabulary other { fact flag : int }
