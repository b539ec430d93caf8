// EAEU Treaty, Section XXVI "Трудовая миграция" (Labour Migration), Article 96
// "Сотрудничество государств-членов в сфере трудовой миграции": cooperation
// between the Member States, and the definitions of the Section.
// Paras 1-3: the authentic Russian text, copied from two faithful public copies
// that agree (ru.wikisource.org, "Договор о Евразийском экономическом
// союзе/Раздел XXVI"; atom96.ru), not from an official portal. Para 4 was seen
// only up to «4. По согласов…». These copies fix the official numbering: para 2
// is the interaction of authorities, para 3 the forms of cooperation (the EAEU
// Court cites "пунктов 1 и 3 статьи 96" for cooperation, advisory opinion of
// 18 October 2022). The definitions follow para 4; their paragraph number was
// not seen, so no provision cites them by number.
//
// The definitions are not a duty of the States and are not encoded as a
// provision of their own: "worker of a Member State" (a national of a Member
// State lawfully present and lawfully working in the State of employment, who
// may work under an employment contract or for a customer of works (services)
// under a civil-law contract) shapes Art 97(1) and (2) instead (art97.lex).
// Their text (ANOSLE's unofficial English translation, cut off mid-definition,
// and a paraphrase of the rest) is in eaeu-treaty.akn.xml.

// English (ANOSLE, unofficial translation): The Member States shall cooperate
// on agreement of their policy in the sphere of labour migration within the
// Union, as well as to assist the organised recruitment and involvement of
// workers of the Member States for employment in the Member States.
provision eaeu_treaty.art96.p1 {
  of eaeu_treaty
  cite "Article 96(1)"
  text """
    1. Государства-члены осуществляют сотрудничество по согласованию политики в сфере регулирования трудовой миграции в рамках Союза, а также по оказанию содействия организованному набору и привлечению трудящихся государств-членов для осуществления ими трудовой деятельности в государствах-членах.
  """
  wording verbatim  // faithful copies (ru.wikisource.org, atom96.ru), not an official portal
  paradigm economic
  severity low
  scope kind in {recruitment, labour_quota, labour_market_test, work_authorisation}
  prohibits covers_eaeu_worker and recruitment_obstructed
    "obstructs the organised recruitment and involvement of workers of the Member States"
  source "eaeu-treaty.akn.xml" art_96__para_1
}

// English (ANOSLE, unofficial translation): Cooperation between the Member
// States in the sphere of labour migration shall be carried out through the
// interaction between state authorities of the Member States having the
// respective jurisdiction. Cooperation … within the Union shall be carried out
// in the following forms: 1) agreement of common principles and approaches …;
// 2) exchange of regulatory legal acts; 3) exchange of information; 4) measures
// aimed at preventing the spread of false information; 5) exchange of
// experiences, internships, seminars and training courses; 6) cooperation in
// the framework of advisory authorities.
provision eaeu_treaty.art96.p3 {
  of eaeu_treaty
  cite "Article 96(3), forms of cooperation (read with Article 96(2))"
  text """
    2. Сотрудничество государств-членов в сфере трудовой миграции осуществляется путём взаимодействия государственных органов государств-членов, к компетенции которых относятся соответствующие вопросы.
    3. Сотрудничество государств-членов в сфере трудовой миграции в рамках Союза осуществляется в следующих формах:
    1) согласование общих подходов и принципов в сфере трудовой миграции;
    2) обмен нормативными правовыми актами;
    3) обмен информацией;
    4) реализация мер, направленных на предотвращение распространения недостоверной информации;
    5) обмен опытом, проведение стажировок, семинаров и учебных курсов;
    6) сотрудничество в рамках консультативных органов.
  """
  wording verbatim  // faithful copies (ru.wikisource.org, atom96.ru), not an official portal
  paradigm economic
  severity low
  scope kind == information_service
  prohibits information_exchange_barred
    "bars the exchange of regulatory legal acts or information with the other Member States' authorities"
  source "eaeu-treaty.akn.xml" art_96__para_3
}
