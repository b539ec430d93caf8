// lex_duplicate_id: enum value twice in one enum.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
vocabulary other { enum ground { order, health, order } }
