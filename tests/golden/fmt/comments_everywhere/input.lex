// File header comment.
// Second line of the header.
/* A block comment
   spanning lines   
*/
instrument eaeu_treaty "Treaty" { // after the brace
  // before the first clause
  kind treaty // trailing
       // own line, oddly indented
  origin regional /* inline block */ signed 2014-05-29
  party RU from 2015-01-01 // Russia
  party KG from 2015-08-06 until 2099-12-31 // Kyrgyzstan
  // before the closing brace
} // after the closing brace
// attached to the vocabulary
vocabulary v {
  enum k { a, /* between values */ b } // enum trailing
  fact kind : k // fact trailing
    "description" // after description
}
define d = // after the equals sign
  kind == a // first line
  and /* inline */ kind != b
  // inside the define, before its last line
  or kind == b
provision p.one {
  of eaeu_treaty
  cite "Article 1" /* cite comment */
  text "Text // not a comment /* nor this */"
  prohibits ( // after a parenthesis
    kind == a
    // inside the parentheses
    or kind == b
  ) "why" // after why
  unless d
}
/* trailing block comment at the end */ // and a line comment
