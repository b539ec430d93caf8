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
    entry_ban,                      // refusal or prohibition of (re-)entry
    expulsion,                      // expulsion, deportation, removal as a measure of its own
    exit_restriction,               // restriction of the right to leave a State
    stay_limit,                     // limit on the period of temporary stay
    residence_restriction,          // limit on movement or choice of residence inside the State
    registration,                   // migration registration duties
    work_authorisation,             // work permit / patent / authorisation to work
    labour_quota,                   // numerical limits on foreign workers
    labour_market_test,             // priority of nationals, labour-market test
    occupation_restriction,         // professions, sectors or functions closed or limited
    recruitment,                    // organised recruitment of workers
    recognition_of_qualifications,  // recognition of education and qualification documents
    employment_conditions,          // pay and other conditions or terms of employment
    unemployment_protection,        // dismissal protection, unemployment benefits, public work schemes
    social_security,                // social insurance other than pensions
    pension,                        // old-age, disability and survivors' pensions
    healthcare_access,              // medical care
    education_access,               // access of migrants or their children to education
    vocational_training,            // vocational guidance, training, placement services
    housing,                        // housing and social or cultural facilities
    trade_union,                    // trade unions and associations
    taxation,                       // income tax and other taxes
    property_rights,                // ownership, use and disposal of property
    fund_transfer,                  // transfer of earnings, savings and funds
    information_service,            // information to migrants, exchange of information
    temporary_absence,              // effect of temporary absence on authorisations
    administrative_penalty,         // administrative sanction for an offence (fine, expulsion)
    permit_cancellation,            // withdrawal or cancellation of a residence or work authorisation already granted
    detention,                      // deprivation of liberty: arrest, placement in a special institution pending removal
    document_control,               // seizure, retention or destruction of identity, residence or work documents
    amnesty                         // lifting of bans or sanctions
  }
  fact kind : measure_kind
    "What the measure does (one value; a measure with several effects is split into several measures)"

  // ---- whom it governs ------------------------------------------------
  enum person {
    eaeu_worker,            // worker of a Member State, EAEU Treaty Art 96 (definitions): national of another Member State lawfully present and lawfully working in the State of employment; for 2012-2014 also the «трудящийся-мигрант» of the 2010 CES Agreement, whose definition the Treaty carries over (docs/corpus.md §3)
    eaeu_family_member,     // family member of an EAEU worker, Art 96 (definitions)
    migrant_worker,         // ICRMW Art 2(1): engaged in remunerated activity in a State of which he or she is not a national
    migrant_family_member,  // family member of a migrant worker (ICRMW Art 4)
    irregular_migrant,      // migrant worker or family member without documents or in an irregular situation
    foreign_national,       // any foreign national (whatever the reason of stay)
    stateless_person,       // stateless person
    own_national_migrant    // a national of the enacting State who is or was a migrant worker abroad (the enacting State is the State of origin)
  }
  fact applies_to : set<person>
    "Categories of persons whose situation the measure governs: those it burdens, and for a benefit those it grants it to or withholds it from"
  fact exempts : set<person>
    "Categories of persons the measure expressly exempts or that the enacting State's law excludes from it (e.g. by a treaty-precedence clause applied by the competent authority); [] = no exemption"
  // Read by the personal-scope reading of EAEU Treaty Art 97(2) and by the
  // Art 79 clauses of ICRMW Arts 56(3) and 44(1) (docs/corpus.md §4).
  fact ends_lawful_work : bool
    "The measure can end the stay or work of a person who is at that moment lawfully present and lawfully working in the State; false = it bites only on persons already removed, or on persons who overstayed their lawful stay (EAEU Treaty Art 96: a worker of a Member State is lawfully present and lawfully working)"

  // ---- grounds ----------------------------------------------------------
  enum ground {
    national_security,  // defence and security of the State
    strategic_sector,   // sectors of the economy of strategic importance (EAEU Treaty Art 97(2))
    public_order,       // public order (ordre public)
    public_health,
    morals,
    rights_of_others,  // rights and freedoms of others
    national_priority  // priority of nationals on the labour market
  }
  fact ground : set<ground>
    "Grounds the measure itself states as its purpose in its text; [] = the text states none"

  // What the measure is for, as a policy: the textual reading of EAEU Treaty
  // Art 97(2) reaches only restrictions adopted «в целях защиты национального
  // рынка труда» (docs/corpus.md §4). `ground` records the public-interest
  // grounds a text names; `purpose` records which policy the measure belongs to.
  enum purpose {
    labour_market_protection,  // protecting the national labour market: work permits, quotas, labour-market tests, priority of nationals (EAEU Treaty Art 97(1)-(2))
    entry_control,             // regulating entry, stay and residence of foreigners in general, whatever their reason to come (e.g. 114-FZ, 115-FZ Art 5, KZ Migration Law)
    offence_sanction,          // punishing an offence (administrative or criminal penalty)
    public_security            // protecting national security or public order as such (the grounds it names are in `ground`)
  }
  fact purpose : set<purpose>
    "Policies the measure serves, as shown by the act it belongs to and its text; absent = not annotated (the textual reading of Art 97(2) is then undetermined)"
  fact treaty_based : bool
    "The restriction is one the EAEU Treaty itself establishes (e.g. registration after 30 days, Art 97(7)), not one added by national law"
  fact provided_by_law : bool
    "The measure is laid down in legislation (statute or regulation), not only in administrative practice or a political arrangement"
  fact necessity_shown : bool
    "The law confines the restriction to what is necessary to protect the interest it invokes (the ground it names; for ICRMW Art 52(2)(a) the interests of the State); a restriction that is merely useful to that interest is not necessary"

  // ---- how it is applied ------------------------------------------------
  fact mandatory : bool
    "The authority must apply the measure once the trigger is met (e.g. 114-FZ Art 27 'не разрешается'); false = discretionary (Art 26 'может быть не разрешен')"
  fact individual_assessment : bool
    "The law requires the authority to assess the person's individual circumstances and the threat he or she poses before applying the measure; a mere discretion to apply it once the trigger is met is not enough"
  fact decided_individually : bool
    "Each case is decided by a separate decision on the individual person (no collective measure)"
  fact decision.competent_authority : bool
    "The decision is taken by an authority competent under the law"
  fact decision.judicial : bool
    "The decision is pronounced by a judicial authority (court)"
  fact decision.language_understood : bool
    "The decision is communicated to the person in a language he or she understands"
  fact decision.reasons_given : bool
    "The reasons for the decision are stated to the person (in writing on request)"
  fact review_available : bool
    "The person may put forward reasons against the decision and have it reviewed by a court or competent authority (judicial or administrative review)"

  // ---- sanctions --------------------------------------------------------
  enum sanction { fine, expulsion }
  fact sanction : set<sanction>
    "Sanctions an administrative penalty provides for (with or without the optional ones)"

  // ---- triggers -----------------------------------------------------------
  enum offence_scope {
    migration_regime,    // offences against entry, stay, registration or work rules for foreigners
    any_administrative,  // any administrative offence, including traffic and other ordinary offences
    criminal,            // criminal offences
    any_removal,         // any earlier expulsion, deportation or readmission, whatever it was for: a migration-regime offence punished by mandatory expulsion, a crime, or no offence at all
    no_offence           // the trigger is not an offence at all
  }
  fact trigger.offence_scope : offence_scope
    "Which offences set the measure off"
  fact trigger.offence_shows_threat : bool
    "The offences that set the measure off show by themselves a genuine and present threat to public order or security (e.g. serious crimes against persons or the State), so that no assessment of the person is needed; that the offence is a crime is not enough"
  fact trigger.offence_count : int
    "Number of offences needed to set the measure off"
  fact trigger.window : duration
    "Period within which the offences must have been committed or punished"
  fact trigger.overstay : duration
    "Overstay (days beyond the authorised stay) that sets the measure off"
  fact trigger.domestic_offence : bool
    "The measure attaches to offences under the law of the enacting State (State of employment) committed on its territory"
  fact trigger.expulsion_decision : bool
    "The measure is set off by an earlier expulsion, deportation or readmission decision"
  fact trigger.prior_expulsions : int
    "Number of earlier expulsion, deportation or readmission decisions needed to set the measure off"

  // ---- durations ----------------------------------------------------------
  fact ban.duration : duration
    "How long the entry ban lasts"
  fact stay.max : duration
    "Longest permitted temporary stay"
  fact stay.reference_period : duration
    "Period within which the longest permitted stay is counted (e.g. 90 days in every 180)"
  fact stay.follows_contract : bool
    "EAEU workers and their family members may stay for the term of the worker's employment or civil-law contract (EAEU Treaty Art 97(5))"
  fact job_change_grace : duration
    "Time a worker whose contract ended early may stay to conclude a new contract without leaving the State"
  fact registration_exemption : duration
    "Period from entry during which the person need not register"
  fact family_members_covered : bool
    "The measure gives family members the treatment it gives the workers"

  // ---- labour market and qualifications -------------------------------------
  fact recruitment_obstructed : bool
    "The measure prohibits or obstructs the organised recruitment and engagement of workers of other Member States"
  fact information_exchange_barred : bool
    "The measure bars the competent authorities from exchanging regulatory acts or information with the other Member States"
  fact worker_definition_narrower : bool
    "The measure treats as workers of Member States a narrower group than the definition in EAEU Treaty Art 96 (e.g. only employees, not persons working for a customer under a civil-law contract)"
  fact regulated_profession : bool
    "The measure concerns pedagogical, legal, medical or pharmaceutical activity (admitted under the law of the State of employment, EAEU Treaty Art 97(3))"
  fact qualification_recognition_procedure : bool
    "Education documents issued in another Member State must go through a recognition procedure before the holder may work"
  fact qualification_practice_barred : bool
    "The holder of recognised education documents may not practise in the specialisation and qualification they show"
  fact activity_choice_restricted : bool
    "The measure restricts migrant workers' free choice of remunerated activity (employer, occupation, sector or region)"
  fact restriction_limited_categories : bool
    "The restriction covers only limited categories of employment, functions, services or activities (whether it is necessary is `necessity_shown`)"
  fact restriction_qualification_based : bool
    "The restriction follows the State's legislation on recognition of occupational qualifications acquired abroad"
  fact permit_time_limited : bool
    "The migrant worker's permission to work is limited in time"
  fact restriction_lifted_after : duration
    "Period of lawful residence for remunerated activity after which the restriction of free choice of activity ends"
  fact self_employment_conditions_prescribed : bool
    "The State prescribes the conditions under which an admitted migrant worker may work on his or her own account"

  // ---- equal treatment and social rights -------------------------------------
  fact equal_treatment : bool
    "Covered migrants receive the same treatment as nationals of the enacting State in the matter the measure governs"
  fact irregularity_excluded : bool
    "The measure denies or limits the right by reason of irregularity of stay or employment"
  fact employer_relieved : bool
    "Employers are relieved of legal or contractual obligations towards a migrant worker because of irregularity of stay or employment"
  fact private_derogation_allowed : bool
    "Private contracts of employment may derogate from equal treatment with nationals"
  fact insurance_periods_counted : bool
    "Periods of work or insurance in the State of employment count towards entitlement to social security"
  fact benefit_denied : bool
    "The applicable legislation does not allow migrants a benefit for which they paid contributions"
  fact contributions_reimbursement_examined : bool
    "Reimbursement of contributions paid for a benefit that migrants cannot receive is examined or provided"
  fact urgent_care : bool
    "The measure governs medical care urgently required to preserve life or to avoid irreparable harm to health (ICRMW Art 28), not planned or other care"
  fact requirements_unfulfilled : bool
    "Migrants are treated differently from nationals only because they do not fulfil requirements (e.g. qualifying periods of contributions, insurance or residence) that the applicable legislation or bilateral or multilateral treaties lay down (ICRMW Art 27(1)), not because they are migrants"
  fact emergency_care_free : bool
    "Emergency and urgent medical care is given free of charge, regardless of medical insurance, as for nationals"
  fact school_access_denied : bool
    "Children of (migrant) workers are refused access to preschool or general-education institutions"
  // Read by the conditions-of-admission reading of EAEU Treaty Art 98(6)
  // (docs/corpus.md §4).
  fact school_access_conditioned : bool
    "Access is refused only to children who do not meet conditions of admission that the legislation of the State of employment lays down for foreign children (e.g. a language test, proof of lawful stay), not to children of workers as such; false = children of workers are refused as such"
  fact union_rights_restricted : bool
    "The measure restricts participation in, membership of, or recourse to trade unions or associations"
  fact equality_conditions_promoted : bool
    "The State promotes conditions for effective equality of treatment for migrants whose authorised stay meets the requirements"
  fact employer_facilities_prevented : bool
    "Employers are prevented from establishing housing or social or cultural facilities for migrant workers"
  fact contract_complaint_available : bool
    "A migrant worker may take a claim that the employer broke the work contract to the competent authorities"
  fact pension_service_aggregated : bool
    "Periods of service in other EAEU Member States count where service in this State is not enough for a pension"
  fact pension_aggregation_pre2021_only : bool
    "The measure refuses to count service in other Member States only for periods before 1 January 2021, which the EAEU Pension Agreement's transitional rule leaves to national law and earlier agreements (the CIS Agreement of 13 March 1992; for Belarus and Russia also their Treaty of 24 January 2006)"
  fact pension_concurrent_barred : bool
    "A pension is withheld or reduced because the person receives a pension under another Member State's law"

  // ---- property, funds, information -------------------------------------------
  fact property_arbitrary_deprivation : bool
    "The measure allows migrants to be deprived of property arbitrarily"
  fact property_expropriation : bool
    "The measure expropriates, in whole or in part, assets of migrants"
  fact property_fair_compensation : bool
    "Fair and adequate compensation is paid for expropriated assets"
  fact funds_transfer_restricted : bool
    "The measure restricts the transfer of earnings, savings or other funds (out of the State)"
  fact info_available : bool
    "Migrants can obtain from the competent authorities information on their rights and obligations and on the conditions of admission, stay and work"
  fact info_disseminated : bool
    "The State disseminates that information or ensures that employers, trade unions or other bodies provide it"
  fact info_free_of_charge : bool
    "The information is provided free of charge on request"
  fact info_language_understood : bool
    "The information is provided, as far as possible, in a language the person understands"

  // ---- expulsion safeguards (ICRMW Art 22) ------------------------------------
  fact annulled_expulsion_counts : bool
    "An expulsion decision annulled after it was carried out is still used against the person (e.g. to refuse re-entry)"
  fact settle_claims_opportunity : bool
    "Before or after departure the person has a reasonable opportunity to settle claims for wages and other entitlements and pending liabilities"
  fact third_state_entry_barred : bool
    "The person is prevented from seeking entry into a State other than the State of origin"
  fact expulsion_costs_charged : bool
    "The person is made to bear the costs of expulsion (beyond his or her own travel costs)"
  fact acquired_rights_forfeited : bool
    "Expulsion in itself forfeits rights acquired under the law of the State of employment, such as wages and other entitlements"

  // ---- liberty, documents, consular help (ICRMW Arts 16-18, 21, 23) -----------
  fact detention.grounds_by_law : bool
    "The grounds on which the person may be deprived of liberty, and the procedure, are established by law (ICRMW Art 16(4))"
  fact detention.reasons_in_language : bool
    "A person arrested is told the reasons for the arrest, as far as possible in a language he or she understands, at the time of arrest (ICRMW Art 16(5))"
  fact detention.separate_from_criminal : bool
    "A person detained for a breach of the migration rules is held, in so far as practicable, apart from convicted persons and persons awaiting trial (ICRMW Art 17(3))"
  fact proceedings.equal_before_courts : bool
    "In proceedings that decide a charge against migrants or their rights and obligations, they have the same standing before courts and tribunals as nationals, with a fair and public hearing (ICRMW Art 18(1))"
  fact documents_seized_unlawfully : bool
    "The measure lets a person other than a public official duly authorised by law confiscate or destroy identity, entry, stay or work documents, or allows a migrant's passport to be destroyed (ICRMW Art 21)"
  fact documents_seized_without_receipt : bool
    "Documents may be confiscated without delivery of a detailed receipt (ICRMW Art 21)"
  fact consular_recourse_facilitated : bool
    "A person facing expulsion is told without delay of the right to the protection and assistance of the consular or diplomatic authorities of the State of origin, and the expelling State facilitates it (ICRMW Art 23)"

  // ---- documented migrants: family, residence, expulsion (ICRMW Part IV) ------
  fact family_unity_considered : bool
    "Before the measure is applied, the law lets or requires the authority to take into account the unity of the migrant's family (spouse, children) in the State (ICRMW Art 44(1))"
  fact family_stay_considered : bool
    "On the death of the migrant worker or the dissolution of the marriage, family members admitted for family reunion may be granted an authorisation to stay, their length of residence taken into account (ICRMW Art 50(1))"
  fact residence_shorter_than_work_permit : bool
    "The authorisation of residence is granted for a shorter period than the authorisation to work (ICRMW Art 49(1))"
  fact job_loss_ends_residence : bool
    "The end of the migrant's remunerated activity before the work permit expires makes the stay irregular or ends the authorisation of residence (ICRMW Art 51)"
  fact residence_tied_to_activity : bool
    "The authorisation of residence is expressly dependent on the specific remunerated activity for which the migrant was admitted (ICRMW Art 51, exception)"
  fact humanitarian_factors_considered : bool
    "Before expelling (or applying the measure), the authority takes into account humanitarian considerations and the length of time the person has resided in the State (ICRMW Art 56(3))"
  fact expulsion_deprives_permit_rights : bool
    "The measure uses expulsion to deprive migrants of the rights arising out of their authorisation of residence and work permit (ICRMW Art 56(2))"

  // ---- Convention-wide -------------------------------------------------------
  enum distinction {
    sex, race, colour, language, religion, conviction, political_opinion,
    national_origin, ethnic_origin, social_origin, nationality, age,
    economic_position, property_status, marital_status, birth, other_status
  }
  fact withheld_on : set<distinction>
    "Characteristics on the basis of which the measure withholds from some migrant workers or family members a protection the ICRMW grants; [] = none"
  enum migration_stage { preparation, departure, transit, period_of_stay, remunerated_activity, return_home }
  fact withheld_stages : set<migration_stage>
    "Stages of the migration process during which the measure withholds from migrants a protection the ICRMW grants; [] = none"
  fact absence_ends_authorisation : bool
    "A temporary absence ends or affects the migrant's authorisation to stay or to work"
  fact absence_terms_informed : bool
    "Migrants are fully informed of the terms on which temporary absences are authorised"
}

// ---- shared conditions -------------------------------------------------------

// The measure burdens (or governs) EAEU workers and does not exempt them.
define covers_eaeu_worker =
  applies_to has eaeu_worker and not exempts has eaeu_worker

define covers_eaeu_family =
  applies_to has eaeu_family_member and not exempts has eaeu_family_member

define covers_eaeu_person = covers_eaeu_worker or covers_eaeu_family

// The measure concerns EAEU workers or family members at all (burdened or exempted).
define concerns_eaeu_person =
  applies_to has any {eaeu_worker, eaeu_family_member}

// ICRMW Parts I–III protect all migrant workers and family members.
define covers_migrant =
  applies_to has any {migrant_worker, migrant_family_member, eaeu_worker, eaeu_family_member, irregular_migrant}

// ICRMW Part IV (Arts 36–56) protects only documented migrants (Art 36).
define covers_documented_migrant =
  applies_to has any {migrant_worker, migrant_family_member, eaeu_worker, eaeu_family_member}

// The measure removes a person from the territory.
define expels =
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
