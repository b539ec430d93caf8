// Treaty on the Eurasian Economic Union (Договор о Евразийском экономическом союзе).
// Sources: /work/shared/legal/SOURCES.md §1.1. The only authentic text is Russian.
// Signed in Astana on 29 May 2014 by Belarus, Kazakhstan and Russia; in force 1 January 2015.
// Armenia: accession treaty in force 2 January 2015. Kyrgyzstan: accession
// treaty in force 6 August 2015 (the Eurasian Economic Commission's
// announcement, quoted by TASS and investinbelarus.by: «6 августа вступает в
// силу договор о присоединении Киргизии к ЕАЭС»). The other commonly cited
// date, 12 August 2015, is the day the customs posts on the Kazakh-Kyrgyz
// border were removed and Kyrgyzstan's Prime Minister declared the Union's
// borders open to it (RT, relayed by nsaforum.com), not the Treaty's entry
// into force (docs/corpus.md §3). Uzbekistan: observer, never bound.

instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  // The Treaty's rights belong to "workers of the Member States", nationals of
  // a Member State (Art 96, definitions): each party is bound toward the other
  // parties only (LANGUAGE.md §9; docs/corpus.md §3).
  reciprocal
  signed 2014-05-29
  in_force 2015-01-01
  party RU from 2015-01-01
  party BY from 2015-01-01
  party KZ from 2015-01-01
  party AM from 2015-01-02
  party KG from 2015-08-06
  party UZ observer
}
