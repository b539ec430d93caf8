instrument t "T" { kind treaty origin regional }

provision t.a {
  of t
  cite """Article 1"""
  text """
      Member States shall not establish restrictions
        on the employment of workers,

      except as provided by this Treaty.
    """
  prohibits true
}
