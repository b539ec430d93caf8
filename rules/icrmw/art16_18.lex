// ICRMW Articles 16-18: liberty and security of person, treatment in
// detention, equality before the courts (Part III, all migrant workers).
// Art 16(4)-(5): verbatim (lawin.org/…-3/; hozir.org page 314).
// Art 17(3) and Art 18(1): paraphrase. No searchable copy of their English
// text was reached; the official Russian text of Art 18 was seen only in a
// damaged OCR copy (studopedya.ru), which agrees in substance
// (docs/corpus.md §8). They apply to measures that deprive a person of
// liberty (`kind == detention`) and, for Art 18, to administrative penalties.

provision icrmw.art16.p4 {
  of icrmw
  cite "Article 16(4)"
  text """
    4. Migrant workers and members of their families shall not be subjected individually or collectively to arbitrary arrest or detention; they shall not be deprived of their liberty except on such grounds and in accordance with such procedures as are established by law.
  """
  wording verbatim
  paradigm rights
  severity critical
  scope kind == detention and covers_migrant
  requires provided_by_law and detention.grounds_by_law
    "deprivation of liberty only on grounds and by procedures established by law"
  see icrmw.art22.p2
  source "icrmw.akn.xml" art_16__para_4
}

provision icrmw.art16.p5 {
  of icrmw
  cite "Article 16(5)"
  text """
    5. Migrant workers and members of their families who are arrested shall be informed at the time of arrest as far as possible in a language they understand of the reasons for their arrest and they shall be promptly informed in a language they understand of any charges against them.
  """
  wording verbatim
  paradigm rights
  severity high
  scope kind == detention and covers_migrant
  requires detention.reasons_in_language
    "a person arrested is told the reasons, as far as possible in a language he or she understands"
  source "icrmw.akn.xml" art_16__para_5
}

provision icrmw.art17.p3 {
  of icrmw
  cite "Article 17(3)"
  text """
    A migrant worker or family member detained in a State of transit or in a State of employment for violation of provisions relating to migration shall be held, in so far as practicable, separately from convicted persons or persons detained pending trial.
  """
  wording paraphrase  // the English text was not reached (docs/corpus.md §8)
  paradigm rights
  severity medium
  scope kind == detention and covers_migrant and trigger.offence_scope == migration_regime
  requires detention.separate_from_criminal
    "persons detained for migration offences are held apart from convicted persons and persons awaiting trial"
  source "icrmw.akn.xml" art_17__para_3
}

provision icrmw.art18.p1 {
  of icrmw
  cite "Article 18(1)"
  text """
    Migrant workers and members of their families shall have the right to equality with nationals of the State concerned before the courts and tribunals. In the determination of any criminal charge against them or of their rights and obligations in a suit of law, they shall be entitled to a fair and public hearing by a competent, independent and impartial tribunal established by law.
  """
  wording paraphrase  // English text not reached; the Russian text seen only in a damaged OCR copy (docs/corpus.md §8)
  paradigm rights
  severity high
  scope kind == administrative_penalty and covers_migrant
  requires proceedings.equal_before_courts
    "equality with nationals before the courts, with a fair and public hearing"
  see icrmw.art22.p4
  source "icrmw.akn.xml" art_18__para_1
}
