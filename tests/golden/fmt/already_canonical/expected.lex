// A file already in the canonical layout: fmt leaves it byte-for-byte alone.

instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  party RU from 2015-01-01
  party UZ observer  // listed, never bound
}

vocabulary migration {
  enum person { eaeu_worker, family_member }

  // Grounds a measure states.
  enum ground {
    national_security,  // defence
    public_order        // ordre public
  }
  fact applies_to : set<person>
  fact ground : set<ground>
    "Grounds the measure itself invokes"
}

provision eaeu_treaty.art97.p1 {
  of eaeu_treaty
  cite "Article 97(1)"
  text """
    Member States shall not establish or apply restrictions …
  """
  prohibits applies_to has eaeu_worker
    "restricts access of EAEU workers to the labour market"
  unless (ground has national_security
    or ground has public_order)
}
