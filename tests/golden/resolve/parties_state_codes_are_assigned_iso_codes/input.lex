// lex_invalid_state: state codes are assigned iso codes.
// `UK` and `SU` look like codes but are not assigned (the United Kingdom is `GB`); EU and
// ISO's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) are accepted.
instrument eaeu "T" {
  kind treaty origin regional
  party UK from 2015-01-01
  party SU
  party EU from 2015-01-01
  party XK from 2015-01-01
  party AA
}
