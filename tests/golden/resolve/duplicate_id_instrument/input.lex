// lex_duplicate_id: instrument.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
instrument eaeu "Again" { kind protocol origin universal }
