// lex_duplicate_id: enum across vocabularies.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
vocabulary other { enum person { anyone } }
