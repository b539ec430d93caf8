// International Convention on the Protection of the Rights of All Migrant
// Workers and Members of Their Families (ICRMW). SOURCES.md §2.
// Adopted by UN GA resolution 45/158 of 18 December 1990; in force 1 July 2003
// under Art 87(1). Arabic, Chinese, English, French, Russian and Spanish texts
// are equally authentic, so the English text is quoted `wording verbatim`.
//
// Parties (UNTC depositary status): a State is bound from the date the
// Convention entered into force for it under Art 87 — for a State that
// ratified or acceded before entry into force, 1 July 2003 (Art 87(1)); after
// it, the first day of the month after three months from deposit (Art 87(2)).
//   TJ ratified 8 Jan 2002      -> bound from 2003-07-01
//   AZ acceded 11 Jan 1999      -> bound from 2003-07-01
//   KG acceded 29 Sep 2003      -> bound from 2004-01-01
//   AM signed 26 Sep 2013 only  -> listed, never bound (signatory, not a party).
//     `observer` is the language's only way to list a State that is not bound;
//     for Armenia it means "signatory": not bound by the Convention's duties,
//     but bound under Art 18 of the Vienna Convention on the Law of Treaties to
//     refrain from acts that would defeat its object and purpose until it
//     makes clear it will not become a party (docs/corpus.md §3).
// RU, KZ, BY, UZ are neither signatories nor parties (verified by absence from
// the UNTC list; UZ believed correct, not confirmed). Turkmenistan unverified.

instrument icrmw "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families" {
  kind convention
  origin universal
  in_force 2003-07-01
  party TJ from 2003-07-01
  party AZ from 2003-07-01
  party KG from 2004-01-01
  party AM observer  // signatory (26 Sep 2013), not a party: advisory findings; VCLT Art 18 interim duty only
}
