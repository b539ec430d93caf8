// Treaty on the Eurasian Economic Union (Договор о Евразийском экономическом союзе).
// Sources: /work/shared/legal/SOURCES.md §1.1. The only authentic text is Russian.
// Signed in Astana on 29 May 2014 by Belarus, Kazakhstan and Russia; in force 1 January 2015.
// Armenia: accession treaty in force 2 January 2015. Kyrgyzstan: accession
// treaty in force 6 August 2015 (EEC, TASS; the sometimes-cited 12 August has
// no source). Uzbekistan: observer, never bound.

instrument eaeu_treaty "Treaty on the Eurasian Economic Union" {
  kind treaty
  origin regional
  signed 2014-05-29
  in_force 2015-01-01
  party RU from 2015-01-01
  party BY from 2015-01-01
  party KZ from 2015-01-01
  party AM from 2015-01-02
  party KG from 2015-08-06
  party UZ observer
}
