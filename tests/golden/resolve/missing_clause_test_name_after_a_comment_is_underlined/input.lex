// lex_missing_clause: test name after a comment is underlined.
instrument eaeu "Treaty" { kind treaty origin regional }
vocabulary migration { enum person { worker, family } fact flag : bool fact who : person }
test /* "no" */ "a \"quoted\" name" { measure { jurisdiction RU } }
