provision p.quoted {
  of i
  cite "Article 1 \"quoted\" \\ backslash \u00e9"
  text """
    1. First paragraph of the law, kept exactly as written.
       An indented continuation line.   

    2. Second paragraph with "quotes" and // slashes and /* stars */.
  """
  wording translation
  prohibits x "a \"why\" with escapes\n"
}

provision p.misindented {
  of i
  cite "Article 2"
  text """Работодатели и (или) заказчики работ { } ( ) "
        """
  when y
  exception to p.quoted
}

provision p.inline {
  of i
  cite "A"
  text """one line"""
  requires z
}
