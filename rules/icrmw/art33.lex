// ICRMW Article 33: information (Part III). Text: lawin.org/…-5/.

provision icrmw.art33.p1 {
  of icrmw
  cite "Article 33(1)"
  text """
    1. Migrant workers and members of their families shall have the right to be informed by the State of origin, the State of employment or the State of transit as the case may be concerning:
    (a) Their rights arising out of the present Convention;
    (b) The conditions of their admission, their rights and obligations under the law and practice of the State concerned and such other matters as will enable them to comply with administrative or other formalities in that State.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind == information_service and covers_migrant
  requires info_available "information on Convention rights, admission, rights and obligations"
  see eaeu_treaty.art98.p7
  source "icrmw.akn.xml" art_33__para_1
}

provision icrmw.art33.p2 {
  of icrmw
  cite "Article 33(2)"
  text """
    2. States Parties shall take all measures they deem appropriate to disseminate the said information or to ensure that it is provided by employers, trade unions or other appropriate bodies or institutions. As appropriate, they shall co-operate with other States concerned.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind == information_service and covers_migrant
  requires info_disseminated "the information must be disseminated or provided through employers, unions or other bodies"
  see eaeu_treaty.art98.p7
  source "icrmw.akn.xml" art_33__para_2
}

provision icrmw.art33.p3 {
  of icrmw
  cite "Article 33(3)"
  text """
    3. Such adequate information shall be provided upon request to migrant workers and members of their families, free of charge, and, as far as possible, in a language they are able to understand.
  """
  wording verbatim
  paradigm rights
  severity low
  scope kind == information_service and covers_migrant
  requires info_free_of_charge and info_language_understood
    "information on request, free of charge, in a language the person understands"
  see eaeu_treaty.art98.p7
  source "icrmw.akn.xml" art_33__para_3
}
