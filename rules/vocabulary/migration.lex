// Vocabulary for labour-migration measures (lexcheck rule language).
//
// A measure is described by what it does (`kind`), whom it governs
// (`applies_to`, `exempts`), the grounds it states (`ground`), what sets it
// off (`trigger.*`) and how it is applied (`mandatory`,
// `individual_assessment`, `decision.*`). Facts a lawyer cannot confirm from
// the source stay absent: an absent fact is unknown, never false.
//
// Naming: fact paths never reuse an enum value as their first segment, so a
// bare word in a condition is never ambiguous (e.g. the kind is
// `property_rights`, the facts are `property_arbitrary_deprivation`, …).

vocabulary migration {
  // ---- what the measure does ------------------------------------------
  enum measure_kind {
    entry_ban "an entry ban",                                                                                // refusal or prohibition of (re-)entry
    expulsion "an expulsion",                                                                                // expulsion, deportation, removal as a measure of its own
    exit_restriction "a restriction on leaving a State",                                                     // restriction of the right to leave a State
    stay_limit "a limit on the period of temporary stay",                                                    // limit on the period of temporary stay
    residence_restriction "a restriction on movement or choice of residence within the State",               // limit on movement or choice of residence inside the State
    registration "a migration registration duty",                                                            // migration registration duties
    work_authorisation "a rule on authorisation to work (work permit or patent)",                            // work permit / patent / authorisation to work
    labour_quota "a numerical limit on foreign workers",                                                     // numerical limits on foreign workers
    labour_market_test "a labour-market test or priority of nationals",                                      // priority of nationals, labour-market test
    occupation_restriction "a restriction of professions, sectors or functions",                             // professions, sectors or functions closed or limited
    recruitment "a rule on the organised recruitment of workers",                                            // organised recruitment of workers
    recognition_of_qualifications "a rule on the recognition of education and qualification documents",      // recognition of education and qualification documents
    employment_conditions "a rule on pay and other conditions of employment",                                // pay and other conditions or terms of employment
    unemployment_protection "a rule on dismissal protection, unemployment benefits or public work schemes",  // dismissal protection, unemployment benefits, public work schemes
    social_security "a social-insurance rule other than on pensions",                                        // social insurance other than pensions
    pension "a pension rule",                                                                                // old-age, disability and survivors' pensions
    healthcare_access "a rule on medical care",                                                              // medical care
    education_access "a rule on access to education",                                                        // access of migrants or their children to education
    vocational_training "a rule on vocational guidance, training or placement",                              // vocational guidance, training, placement services
    housing "a rule on housing or social or cultural facilities",                                            // housing and social or cultural facilities
    trade_union "a rule on trade unions or associations",                                                    // trade unions and associations
    taxation "a tax rule",                                                                                   // income tax and other taxes
    property_rights "a rule on property",                                                                    // ownership, use and disposal of property
    fund_transfer "a rule on transfers of earnings, savings or funds",                                       // transfer of earnings, savings and funds
    information_service "a rule on information to migrants or on exchanging information",                    // information to migrants, exchange of information
    temporary_absence "a rule on the effect of temporary absence on authorisations",                         // effect of temporary absence on authorisations
    administrative_penalty "an administrative penalty",                                                      // administrative sanction for an offence (fine, expulsion)
    permit_cancellation "a cancellation of a residence or work authorisation already granted",               // withdrawal or cancellation of a residence or work authorisation already granted
    detention "a deprivation of liberty",                                                                    // deprivation of liberty: arrest, placement in a special institution pending removal
    document_control "a rule on seizing, retaining or destroying documents",                                 // seizure, retention or destruction of identity, residence or work documents
    amnesty "an amnesty lifting bans or sanctions"                                                           // lifting of bans or sanctions
  }
  fact kind : measure_kind
    "What the measure does (one value; a measure with several effects is split into several measures)"
    as "the measure is"

  // ---- whom it governs ------------------------------------------------
  enum person {
    eaeu_worker "workers of the Member States",                                      // worker of a Member State, EAEU Treaty Art 96 (definitions): national of another Member State lawfully present and lawfully working in the State of employment; for 2012-2014 also the «трудящийся-мигрант» of the 2010 CES Agreement, whose definition the Treaty carries over (docs/corpus.md §3)
    eaeu_family_member "family members of workers of the Member States",             // family member of an EAEU worker, Art 96 (definitions)
    migrant_worker "migrant workers",                                                // ICRMW Art 2(1): engaged in remunerated activity in a State of which he or she is not a national
    migrant_family_member "family members of migrant workers",                       // family member of a migrant worker (ICRMW Art 4)
    irregular_migrant "migrants in an irregular situation",                          // migrant worker or family member without documents or in an irregular situation
    foreign_national "foreign nationals",                                            // any foreign national (whatever the reason of stay)
    stateless_person "stateless persons",                                            // stateless person
    own_national_migrant "its own nationals who are or were migrant workers abroad"  // a national of the enacting State who is or was a migrant worker abroad (the enacting State is the State of origin)
  }
  fact applies_to : set<person>
    "Categories of persons whose situation the measure governs: those it burdens, and for a benefit those it grants it to or withholds it from"
    as "the measure governs"
  fact exempts : set<person>
    "Categories of persons the measure expressly exempts or that the enacting State's law excludes from it (e.g. by a treaty-precedence clause applied by the competent authority); [] = no exemption"
    as "the measure exempts"
  // Read by the personal-scope reading of EAEU Treaty Art 97(2) and by the
  // Art 79 clauses of ICRMW Arts 56(3) and 44(1) (docs/corpus.md §4).
  fact ends_lawful_work : bool
    "The measure can end the stay or work of a person who is at that moment lawfully present and lawfully working in the State; false = it bites only on persons already removed, or on persons who overstayed their lawful stay (EAEU Treaty Art 96: a worker of a Member State is lawfully present and lawfully working)"
    as "the measure can end the stay or work of a person lawfully present and working in the State"

  // ---- grounds ----------------------------------------------------------
  enum ground {
    national_security "national security",                // defence and security of the State
    strategic_sector "strategic sectors of the economy",  // sectors of the economy of strategic importance (EAEU Treaty Art 97(2))
    public_order "public order",                          // public order (ordre public)
    public_health "public health",
    morals "morals",
    rights_of_others "the rights and freedoms of others",               // rights and freedoms of others
    national_priority "the priority of nationals on the labour market"  // priority of nationals on the labour market
  }
  fact ground : set<ground>
    "Grounds the measure itself states as its purpose in its text; [] = the text states none"
    as "the measure invokes"

  // What the measure is for, as a policy: the textual reading of EAEU Treaty
  // Art 97(2) reaches only restrictions adopted «в целях защиты национального
  // рынка труда» (docs/corpus.md §4). `ground` records the public-interest
  // grounds a text names; `purpose` records which policy the measure belongs to.
  enum purpose {
    labour_market_protection "the protection of the national labour market",            // protecting the national labour market: work permits, quotas, labour-market tests, priority of nationals (EAEU Treaty Art 97(1)-(2))
    entry_control "the control of entry, stay and residence of foreigners in general",  // regulating entry, stay and residence of foreigners in general, whatever their reason to come (e.g. 114-FZ, 115-FZ Art 5, KZ Migration Law)
    offence_sanction "the punishment of an offence",                                    // punishing an offence (administrative or criminal penalty)
    public_security "the protection of national security or public order"               // protecting national security or public order as such (the grounds it names are in `ground`)
  }
  fact purpose : set<purpose>
    "Policies the measure serves, as shown by the act it belongs to and its text; absent = not annotated (the textual reading of Art 97(2) is then undetermined)"
    as "the measure serves"
  fact treaty_based : bool
    "The restriction is one the EAEU Treaty itself establishes (e.g. registration after 30 days, Art 97(7)), not one added by national law"
    as "the restriction is one the EAEU Treaty itself establishes"
  fact provided_by_law : bool
    "The measure is laid down in legislation (statute or regulation), not only in administrative practice or a political arrangement"
    as "the measure is laid down in legislation"
  fact necessity_shown : bool
    "The law confines the restriction to what is necessary to protect the interest it invokes (the ground it names; for ICRMW Art 52(2)(a) the interests of the State); a restriction that is merely useful to that interest is not necessary"
    as "the law confines the restriction to what is necessary to protect the interest it invokes"

  // ---- how it is applied ------------------------------------------------
  fact mandatory : bool
    "The authority must apply the measure once the trigger is met (e.g. 114-FZ Art 27 'не разрешается'); false = discretionary (Art 26 'может быть не разрешен')"
    as "the authority must apply the measure once the trigger is met"
  fact individual_assessment : bool
    "The law requires the authority to assess the person's individual circumstances and the threat he or she poses before applying the measure; a mere discretion to apply it once the trigger is met is not enough"
    as "the law requires the authority to assess the person's individual circumstances and the threat he or she poses"
  fact decided_individually : bool
    "Each case is decided by a separate decision on the individual person (no collective measure)"
    as "each case is decided individually"
  fact decision.competent_authority : bool
    "The decision is taken by an authority competent under the law"
    as "the decision is taken by a competent authority"
  fact decision.judicial : bool
    "The decision is pronounced by a judicial authority (court)"
    as "the decision is pronounced by a court"
  fact decision.language_understood : bool
    "The decision is communicated to the person in a language he or she understands"
    as "the decision is communicated in a language the person understands"
  fact decision.reasons_given : bool
    "The reasons for the decision are stated to the person (in writing on request)"
    as "the reasons for the decision are stated to the person"
  fact review_available : bool
    "The person may put forward reasons against the decision and have it reviewed by a court or competent authority (judicial or administrative review)"
    as "the person may put forward reasons against the decision and have it reviewed"

  // ---- sanctions --------------------------------------------------------
  enum sanction { fine "a fine", expulsion "expulsion" }
  fact sanction : set<sanction>
    "Sanctions an administrative penalty provides for (with or without the optional ones)"
    as "the penalty provides for"

  // ---- triggers -----------------------------------------------------------
  enum offence_scope {
    migration_regime "offences against the migration regime",         // offences against entry, stay, registration or work rules for foreigners
    any_administrative "any administrative offence",                  // any administrative offence, including traffic and other ordinary offences
    criminal "criminal offences",                                     // criminal offences
    any_removal "any earlier expulsion, deportation or readmission",  // any earlier expulsion, deportation or readmission, whatever it was for: a migration-regime offence punished by mandatory expulsion, a crime, or no offence at all
    no_offence "no offence at all"                                    // the trigger is not an offence at all
  }
  fact trigger.offence_scope : offence_scope
    "Which offences set the measure off"
    as "the measure is set off by"
  fact trigger.offence_shows_threat : bool
    "The offences that set the measure off show by themselves a genuine and present threat to public order or security (e.g. serious crimes against persons or the State), so that no assessment of the person is needed; that the offence is a crime is not enough"
    as "the offences that set the measure off show by themselves a genuine and present threat"
  fact trigger.offence_count : int
    "Number of offences needed to set the measure off"
    as "the number of offences that sets the measure off is"
  fact trigger.window : duration
    "Period within which the offences must have been committed or punished"
    as "the offences must fall within"
  fact trigger.overstay : duration
    "Overstay (days beyond the authorised stay) that sets the measure off"
    as "the overstay that sets the measure off is"
  fact trigger.domestic_offence : bool
    "The measure attaches to offences under the law of the enacting State (State of employment) committed on its territory"
    as "the measure attaches to offences under the enacting State's law committed on its territory"
  fact trigger.expulsion_decision : bool
    "The measure is set off by an earlier expulsion, deportation or readmission decision"
    as "the measure is set off by an earlier expulsion, deportation or readmission decision"
  fact trigger.prior_expulsions : int
    "Number of earlier expulsion, deportation or readmission decisions needed to set the measure off"
    as "the number of earlier removal decisions that sets the measure off is"

  // ---- durations ----------------------------------------------------------
  fact ban.duration : duration
    "How long the entry ban lasts"
    as "the entry ban lasts"
  fact stay.max : duration
    "Longest permitted temporary stay"
    as "the longest permitted temporary stay is"
  fact stay.reference_period : duration
    "Period within which the longest permitted stay is counted (e.g. 90 days in every 180)"
    as "the period within which that stay is counted is"
  fact stay.follows_contract : bool
    "EAEU workers and their family members may stay for the term of the worker's employment or civil-law contract (EAEU Treaty Art 97(5))"
    as "workers and their family members may stay for the term of the worker's contract"
  fact job_change_grace : duration
    "Time a worker whose contract ended early may stay to conclude a new contract without leaving the State"
    as "a worker whose contract ended early may stay to conclude a new one for"
  fact registration_exemption : duration
    "Period from entry during which the person need not register"
    as "the period after entry during which the person need not register is"
  fact family_members_covered : bool
    "The measure gives family members the treatment it gives the workers"
    as "the measure gives family members the treatment it gives the workers"

  // ---- labour market and qualifications -------------------------------------
  fact recruitment_obstructed : bool
    "The measure prohibits or obstructs the organised recruitment and engagement of workers of other Member States"
    as "the measure prohibits or obstructs the organised recruitment of workers of other Member States"
  fact information_exchange_barred : bool
    "The measure bars the competent authorities from exchanging regulatory acts or information with the other Member States"
    as "the measure bars the authorities from exchanging acts or information with the other Member States"
  fact worker_definition_narrower : bool
    "The measure treats as workers of Member States a narrower group than the definition in EAEU Treaty Art 96 (e.g. only employees, not persons working for a customer under a civil-law contract)"
    as "the measure treats as workers of the Member States a narrower group than the EAEU Treaty does"
  fact regulated_profession : bool
    "The measure concerns pedagogical, legal, medical or pharmaceutical activity (admitted under the law of the State of employment, EAEU Treaty Art 97(3))"
    as "the measure concerns pedagogical, legal, medical or pharmaceutical activity"
  fact qualification_recognition_procedure : bool
    "Education documents issued in another Member State must go through a recognition procedure before the holder may work"
    as "education documents from another Member State must go through a recognition procedure"
  fact qualification_practice_barred : bool
    "The holder of recognised education documents may not practise in the specialisation and qualification they show"
    as "the holder of recognised education documents may not practise in that qualification"
  fact activity_choice_restricted : bool
    "The measure restricts migrant workers' free choice of remunerated activity (employer, occupation, sector or region)"
    as "the measure restricts migrant workers' free choice of remunerated activity"
  fact restriction_limited_categories : bool
    "The restriction covers only limited categories of employment, functions, services or activities (whether it is necessary is `necessity_shown`)"
    as "the restriction covers only limited categories of employment, functions, services or activities"
  fact restriction_qualification_based : bool
    "The restriction follows the State's legislation on recognition of occupational qualifications acquired abroad"
    as "the restriction follows the legislation on recognition of qualifications acquired abroad"
  fact permit_time_limited : bool
    "The migrant worker's permission to work is limited in time"
    as "the permission to work is limited in time"
  fact restriction_lifted_after : duration
    "Period of lawful residence for remunerated activity after which the restriction of free choice of activity ends"
    as "the restriction of free choice of activity ends after lawful residence of"
  fact self_employment_conditions_prescribed : bool
    "The State prescribes the conditions under which an admitted migrant worker may work on his or her own account"
    as "the State prescribes the conditions for working on one's own account"

  // ---- equal treatment and social rights -------------------------------------
  fact equal_treatment : bool
    "Covered migrants receive the same treatment as nationals of the enacting State in the matter the measure governs"
    as "the migrants concerned receive the same treatment as nationals"
  fact irregularity_excluded : bool
    "The measure denies or limits the right by reason of irregularity of stay or employment"
    as "the measure denies or limits the right because of irregular stay or employment"
  fact employer_relieved : bool
    "Employers are relieved of legal or contractual obligations towards a migrant worker because of irregularity of stay or employment"
    as "employers are relieved of obligations because of irregular stay or employment"
  fact private_derogation_allowed : bool
    "Private contracts of employment may derogate from equal treatment with nationals"
    as "private contracts of employment may derogate from equal treatment"
  fact insurance_periods_counted : bool
    "Periods of work or insurance in the State of employment count towards entitlement to social security"
    as "periods of work or insurance in the State count towards social-security entitlement"
  fact benefit_denied : bool
    "The applicable legislation does not allow migrants a benefit for which they paid contributions"
    as "the applicable legislation denies migrants a benefit for which they paid contributions"
  fact contributions_reimbursement_examined : bool
    "Reimbursement of contributions paid for a benefit that migrants cannot receive is examined or provided"
    as "reimbursement of contributions for a benefit migrants cannot receive is examined or provided"
  fact urgent_care : bool
    "The measure governs medical care urgently required to preserve life or to avoid irreparable harm to health (ICRMW Art 28), not planned or other care"
    as "the measure governs urgently required medical care"
  fact requirements_unfulfilled : bool
    "Migrants are treated differently from nationals only because they do not fulfil requirements (e.g. qualifying periods of contributions, insurance or residence) that the applicable legislation or bilateral or multilateral treaties lay down (ICRMW Art 27(1)), not because they are migrants"
    as "migrants are treated differently only because they do not fulfil requirements of the applicable legislation or treaties"
  fact emergency_care_free : bool
    "Emergency and urgent medical care is given free of charge, regardless of medical insurance, as for nationals"
    as "emergency and urgent medical care is free of charge, as for nationals"
  fact school_access_denied : bool
    "Children of (migrant) workers are refused access to preschool or general-education institutions"
    as "children are refused access to preschool or general education"
  // Read by the conditions-of-admission reading of EAEU Treaty Art 98(6)
  // (docs/corpus.md §4).
  fact school_access_conditioned : bool
    "Access is refused only to children who do not meet conditions of admission that the legislation of the State of employment lays down for foreign children (e.g. a language test, proof of lawful stay), not to children of workers as such; false = children of workers are refused as such"
    as "access is refused only to children who do not meet the conditions of admission the law lays down for foreign children"
  fact union_rights_restricted : bool
    "The measure restricts participation in, membership of, or recourse to trade unions or associations"
    as "the measure restricts participation in, membership of or recourse to trade unions or associations"
  fact equality_conditions_promoted : bool
    "The State promotes conditions for effective equality of treatment for migrants whose authorised stay meets the requirements"
    as "the State promotes conditions for effective equality of treatment"
  fact employer_facilities_prevented : bool
    "Employers are prevented from establishing housing or social or cultural facilities for migrant workers"
    as "employers are prevented from establishing housing or social or cultural facilities for migrant workers"
  fact contract_complaint_available : bool
    "A migrant worker may take a claim that the employer broke the work contract to the competent authorities"
    as "a migrant worker may take a claim of breach of the work contract to the competent authorities"
  fact pension_service_aggregated : bool
    "Periods of service in other EAEU Member States count where service in this State is not enough for a pension"
    as "periods of service in other Member States count towards a pension"
  fact pension_aggregation_pre2021_only : bool
    "The measure refuses to count service in other Member States only for periods before 1 January 2021, which the EAEU Pension Agreement's transitional rule leaves to national law and earlier agreements (the CIS Agreement of 13 March 1992; for Belarus and Russia also their Treaty of 24 January 2006)"
    as "the measure refuses to count service in other Member States only for periods before 1 January 2021"
  fact pension_concurrent_barred : bool
    "A pension is withheld or reduced because the person receives a pension under another Member State's law"
    as "a pension is withheld or reduced because the person receives a pension under another Member State's law"

  // ---- property, funds, information -------------------------------------------
  fact property_arbitrary_deprivation : bool
    "The measure allows migrants to be deprived of property arbitrarily"
    as "the measure allows migrants to be deprived of property arbitrarily"
  fact property_expropriation : bool
    "The measure expropriates, in whole or in part, assets of migrants"
    as "the measure expropriates assets of migrants"
  fact property_fair_compensation : bool
    "Fair and adequate compensation is paid for expropriated assets"
    as "fair and adequate compensation is paid for expropriated assets"
  fact funds_transfer_restricted : bool
    "The measure restricts the transfer of earnings, savings or other funds (out of the State)"
    as "the measure restricts transfers of earnings, savings or other funds out of the State"
  fact info_available : bool
    "Migrants can obtain from the competent authorities information on their rights and obligations and on the conditions of admission, stay and work"
    as "migrants can obtain information on their rights and obligations and on the conditions of admission, stay and work"
  fact info_disseminated : bool
    "The State disseminates that information or ensures that employers, trade unions or other bodies provide it"
    as "the State disseminates that information or has it provided"
  fact info_free_of_charge : bool
    "The information is provided free of charge on request"
    as "the information is free of charge on request"
  fact info_language_understood : bool
    "The information is provided, as far as possible, in a language the person understands"
    as "the information is provided in a language the person understands"

  // ---- expulsion safeguards (ICRMW Art 22) ------------------------------------
  fact annulled_expulsion_counts : bool
    "An expulsion decision annulled after it was carried out is still used against the person (e.g. to refuse re-entry)"
    as "an expulsion decision annulled after it was carried out is still used against the person"
  fact settle_claims_opportunity : bool
    "Before or after departure the person has a reasonable opportunity to settle claims for wages and other entitlements and pending liabilities"
    as "the person has a reasonable opportunity to settle claims for wages and other entitlements"
  fact third_state_entry_barred : bool
    "The person is prevented from seeking entry into a State other than the State of origin"
    as "the person is prevented from seeking entry into a State other than the State of origin"
  fact expulsion_costs_charged : bool
    "The person is made to bear the costs of expulsion (beyond his or her own travel costs)"
    as "the person is made to bear the costs of expulsion"
  fact acquired_rights_forfeited : bool
    "Expulsion in itself forfeits rights acquired under the law of the State of employment, such as wages and other entitlements"
    as "expulsion in itself forfeits rights acquired under the law of the State of employment"

  // ---- liberty, documents, consular help (ICRMW Arts 16-18, 21, 23) -----------
  fact detention.grounds_by_law : bool
    "The grounds on which the person may be deprived of liberty, and the procedure, are established by law (ICRMW Art 16(4))"
    as "the grounds and procedure of deprivation of liberty are established by law"
  fact detention.reasons_in_language : bool
    "A person arrested is told the reasons for the arrest, as far as possible in a language he or she understands, at the time of arrest (ICRMW Art 16(5))"
    as "a person arrested is told the reasons in a language he or she understands"
  fact detention.separate_from_criminal : bool
    "A person detained for a breach of the migration rules is held, in so far as practicable, apart from convicted persons and persons awaiting trial (ICRMW Art 17(3))"
    as "persons detained for migration offences are held apart from convicted persons and persons awaiting trial"
  fact proceedings.equal_before_courts : bool
    "In proceedings that decide a charge against migrants or their rights and obligations, they have the same standing before courts and tribunals as nationals, with a fair and public hearing (ICRMW Art 18(1))"
    as "migrants are equal with nationals before the courts, with a fair and public hearing"
  fact documents_seized_unlawfully : bool
    "The measure lets a person other than a public official duly authorised by law confiscate or destroy identity, entry, stay or work documents, or allows a migrant's passport to be destroyed (ICRMW Art 21)"
    as "documents may be confiscated or destroyed by someone not authorised by law, or a passport destroyed"
  fact documents_seized_without_receipt : bool
    "Documents may be confiscated without delivery of a detailed receipt (ICRMW Art 21)"
    as "documents may be confiscated without a detailed receipt"
  fact consular_recourse_facilitated : bool
    "A person facing expulsion is told without delay of the right to the protection and assistance of the consular or diplomatic authorities of the State of origin, and the expelling State facilitates it (ICRMW Art 23)"
    as "a person facing expulsion is told of the right to consular protection, and its exercise is facilitated"

  // ---- documented migrants: family, residence, expulsion (ICRMW Part IV) ------
  fact family_unity_considered : bool
    "Before the measure is applied, the law lets or requires the authority to take into account the unity of the migrant's family (spouse, children) in the State (ICRMW Art 44(1))"
    as "the law lets or requires the authority to take the unity of the migrant's family into account"
  fact family_stay_considered : bool
    "On the death of the migrant worker or the dissolution of the marriage, family members admitted for family reunion may be granted an authorisation to stay, their length of residence taken into account (ICRMW Art 50(1))"
    as "family members may be granted a stay of their own on the worker's death or divorce"
  fact residence_shorter_than_work_permit : bool
    "The authorisation of residence is granted for a shorter period than the authorisation to work (ICRMW Art 49(1))"
    as "residence is authorised for a shorter period than work"
  fact job_loss_ends_residence : bool
    "The end of the migrant's remunerated activity before the work permit expires makes the stay irregular or ends the authorisation of residence (ICRMW Art 51)"
    as "the end of the work before the permit expires makes the stay irregular or ends the residence authorisation"
  fact residence_tied_to_activity : bool
    "The authorisation of residence is expressly dependent on the specific remunerated activity for which the migrant was admitted (ICRMW Art 51, exception)"
    as "the residence authorisation expressly depends on the activity for which the migrant was admitted"
  fact humanitarian_factors_considered : bool
    "Before expelling (or applying the measure), the authority takes into account humanitarian considerations and the length of time the person has resided in the State (ICRMW Art 56(3))"
    as "the authority takes humanitarian considerations and the length of residence into account"
  fact expulsion_deprives_permit_rights : bool
    "The measure uses expulsion to deprive migrants of the rights arising out of their authorisation of residence and work permit (ICRMW Art 56(2))"
    as "the measure uses expulsion to deprive migrants of the rights of their residence and work authorisations"

  // ---- Convention-wide -------------------------------------------------------
  enum distinction {
    sex "sex", race "race", colour "colour", language "language", religion "religion", conviction "conviction", political_opinion "political or other opinion",
    national_origin "national origin", ethnic_origin "ethnic origin", social_origin "social origin", nationality "nationality", age "age",
    economic_position "economic position", property_status "property", marital_status "marital status", birth "birth", other_status "other status"
  }
  fact withheld_on : set<distinction>
    "Characteristics on the basis of which the measure withholds from some migrant workers or family members a protection the ICRMW grants; [] = none"
    as "the measure withholds a Convention protection on the basis of"
  enum migration_stage { preparation "preparation for migration", departure "departure", transit "transit", period_of_stay "the period of stay", remunerated_activity "remunerated activity", return_home "the return to the State of origin" }
  fact withheld_stages : set<migration_stage>
    "Stages of the migration process during which the measure withholds from migrants a protection the ICRMW grants; [] = none"
    as "the measure withholds a Convention protection during"
  fact absence_ends_authorisation : bool
    "A temporary absence ends or affects the migrant's authorisation to stay or to work"
    as "a temporary absence ends or affects the authorisation to stay or to work"
  fact absence_terms_informed : bool
    "Migrants are fully informed of the terms on which temporary absences are authorised"
    as "migrants are fully informed of the terms of authorised temporary absence"
}

// ---- shared conditions -------------------------------------------------------

// The measure burdens (or governs) EAEU workers and does not exempt them.
define covers_eaeu_worker "the measure reaches workers of the Member States without exempting them"
  else "the measure does not reach workers of the Member States, or exempts them"
  =
  applies_to has eaeu_worker and not exempts has eaeu_worker

define covers_eaeu_family "the measure reaches family members of workers of the Member States without exempting them"
  else "the measure does not reach family members of workers of the Member States, or exempts them"
  =
  applies_to has eaeu_family_member and not exempts has eaeu_family_member

define covers_eaeu_person "the measure reaches workers of the Member States or their family members without exempting them"
  else "the measure reaches neither workers of the Member States nor their family members without exempting them"
  = covers_eaeu_worker or covers_eaeu_family

// The measure concerns EAEU workers or family members at all (burdened or exempted).
define concerns_eaeu_person "the measure concerns workers of the Member States or their family members"
  else "the measure concerns neither workers of the Member States nor their family members"
  =
  applies_to has any {eaeu_worker, eaeu_family_member}

// ICRMW Parts I–III protect all migrant workers and family members.
define covers_migrant "the measure governs migrant workers or members of their families"
  else "the measure governs neither migrant workers nor members of their families"
  =
  applies_to has any {migrant_worker, migrant_family_member, eaeu_worker, eaeu_family_member, irregular_migrant}

// ICRMW Part IV (Arts 36–56) protects only documented migrants (Art 36).
define covers_documented_migrant "the measure governs documented migrant workers or members of their families"
  else "the measure governs neither documented migrant workers nor members of their families"
  =
  applies_to has any {migrant_worker, migrant_family_member, eaeu_worker, eaeu_family_member}

// The measure removes a person from the territory.
define expels "the measure removes a person from the territory"
  else "the measure removes no one from the territory"
  =
  kind == expulsion or (kind == administrative_penalty and sanction has expulsion)

// A restriction is tied to a genuine, individual threat: the authority must
// assess the person, or the trigger is a criminal offence that shows such a
// threat by itself. Ordinary administrative offences counted automatically do
// not meet it, and neither does "any crime" without an assessment: whether the
// offences show a threat is then a fact a lawyer must establish.
define threat_link =
  individual_assessment
  or (trigger.offence_scope == criminal and trigger.offence_shows_threat)

// Measures that impose a duty or a restriction on the persons they govern
// (EAEU Treaty Art 98(1): such duties must rest on the Treaty or on
// legislation). A relief such as an amnesty, and measures that grant rights,
// are not among them.
define restrictive_kind =
  kind in {entry_ban, expulsion, exit_restriction, stay_limit, residence_restriction, registration,
    work_authorisation, labour_quota, labour_market_test, occupation_restriction,
    administrative_penalty, taxation, permit_cancellation, detention, document_control}

// ICRMW Arts 8(1), 39(2): restrictions provided by law, necessary to protect
// national security, public order, public health or morals or the rights of others.
define icrmw_permitted_restriction =
  provided_by_law and necessity_shown
  and ground has any {national_security, public_order, public_health, morals, rights_of_others}
