"""The one lexicon of English words the core relies on: objects of 'told', abbreviations, roles, titles,
organisation head nouns, pronouns (plain data, no model; no name of a person, outlet or organisation). The verbs
of speech are in ``speech_verbs`` and those of judging in ``stance_words``, one list each.

Quote extraction, sentence splitting for summaries and title derivation all read their word lists here, so a
word added for one is known to all.
"""

from __future__ import annotations

import re

from digest.core.stance_words import STANCE_VERBS as STANCE_VERBS  # re-exported: shared with the quote passes


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("person", "m"),
    "she": ("person", "f"),
    "it": ("org", "n"),
    "they": ("group", "p"),
    "we": ("group", "p"),
    "i": ("person", "?"),
}
"""Subject pronouns: the kind of actor each points to and its gender/number."""

KIN_MEN: frozenset[str] = word_set(
    "father dad son brother husband widower boyfriend uncle nephew grandfather grandson stepfather stepson"
)
"""Kin of a man ('her widower', 'the stepfather of NAME'): role nouns of one sex."""
KIN_WOMEN: frozenset[str] = word_set(
    "mother mum daughter sister wife widow girlfriend aunt niece grandmother granddaughter stepmother stepdaughter"
)
"""Kin of a woman ('his widow', 'the mum of NAME'): role nouns of one sex."""
KIN: frozenset[str] = (
    KIN_MEN | KIN_WOMEN | word_set("parent parents grandparents relative relatives cousin fiance fiancee")
)
"""People named by kinship (or engagement) to someone: role nouns, and relations that head 'the widow of NAME'."""

ROLE_NOUNS: frozenset[str] = KIN | word_set(
    """official officials spokesman spokeswoman spokesperson spokespeople organiser organisers organizer organizers
    minister ministers secretary president solicitor solicitors barrister barristers coroner coroners superintendent
    superintendents ombudsman comptroller registrar registrars auditor auditors columnist columnists curator
    curators librarian librarians consul consuls mediator mediators bailiff bailiffs planner planners surveyor
    surveyors broker brokers protester admiral admirals sailor sailors grower growers jockey jockeys archivist
    archivists chairperson meteorologist forecaster epidemiologist virologist pathologist chaplain journalist
    broadcaster presenter commentator pundit playwright photographer alderman congressman congresswoman lieutenant
    biologist geologist ecologist physicist astronomer archaeologist ambassador ambassadors delegate delegates
    representative representatives envoy envoys lawyer lawyers attorney attorneys prosecutor prosecutors judge
    judges chief director executive executives analyst analysts source sources expert experts correspondent
    correspondents reporter reporters witness witnesses resident residents settler settlers negotiator negotiators
    leader leaders commander commanders general officer officers adviser advisers advisor advisors aide aides
    senator senators governor mayor chairman chairwoman chair head member members lawmaker lawmakers legislator
    legislators researcher researchers professor economist economists fellow diplomat diplomats observer observers
    activist activists survivor survivors guard guards investigator investigators agent agents manager managers
    founder ceo cfo boss premier chancellor king queen prince monarch candidate candidates campaigner campaigners
    critic critics supporter supporters worker workers employee employees scientist scientists administrator
    administrators inspector inspectors counsel deputy deputies colonel captain sergeant soldier soldiers pilot
    pilots rescuer rescuers friend friends neighbour neighbor neighbours neighbors owner owners teacher teachers
    student students doctor doctors nurse nurses priest cleric spokesmen authorities organisers organizers
    protesters demonstrators people man woman men women strategist strategists pollster pollsters historian
    historians author writer editor publisher commissioner commissioners coordinator partner partners insider
    insiders official's coach coaches player players striker strikers midfielder midfielders defender defenders
    goalkeeper goalkeepers winger wingers quarterback quarterbacks pitcher pitchers skipper referee referees umpire
    umpires trainer trainers athlete athletes teammate teammates farmer farmers fisherman fishermen passenger
    passengers commuter commuters shopper shoppers customer customers tenant tenants landlord landlords homeowner
    homeowners villager villagers patient patients pensioner pensioners firefighter firefighters paramedic
    paramedics engineer engineers councillor councillors councilor councilors councilman councilwoman trustee
    trustees headteacher headmaster headmistress lecturer lecturers surgeon surgeons physician physicians pharmacist
    pharmacists dentist psychologist psychologists psychiatrist therapist midwife midwives carer carers caregiver
    caregivers pastor vicar bishop rabbi imam actor actors actress singer singers musician musicians artist artists
    chef chefs designer designers architect architects filmmaker producer producers novelist poet entrepreneur
    entrepreneurs shopkeeper shopkeepers trader traders banker bankers investor investors accountant consultant
    consultants volunteer volunteers lobbyist lobbyists sheriff constable detective detectives ranger rangers warden
    wardens inmate inmates prisoner prisoners defendant plaintiff claimant teenager teenagers boy boys girl girls
    child children youngster youngsters technician technicians mechanic spectator spectators reviewer reviewers
    composer composers conductor conductors pianist pianists violinist violinists cellist cellists drummer drummers
    guitarist guitarists bassist bassists vocalist vocalists frontman frontwoman rapper rappers comedian comedians
    dancer dancers choreographer choreographers screenwriter screenwriters showrunner showrunners directors
    songwriter songwriters lyricist organist soprano baritone magician magicians illusionist cinematographer
    animator stuntman cyclist cyclists swimmer swimmers golfer golfers boxer boxers sprinter sprinters runner
    runners bowler bowlers batsman steward stewards promoter promoters scout scouts physio physiotherapist medic
    medics vice-president vice-presidents vice-chair vice-chairman vice-chairwoman vice-chancellor vice-captain
    co-founder co-founders co-owner co-owners co-chair co-chairman co-chairwoman co-director co-host co-captain
    foreman forewoman farrier shepherd gamekeeper ferryman ferrywoman crofter beekeeper publican landlady caretaker
    janitor groundsman lifeguard coxswain postmistress postman barman barmaid waitress waiter plumber
    electrician carpenter joiner stonemason blacksmith seamstress sophomore apprentice apprentices
    trainee trainees intern interns landowner grazier rancher vet veterinarian colleague
    classmate bandmate"""
)
"""Lower-case nouns that name a person (or a group of people) by role (with the hyphened 'vice-' and 'co-' jobs)."""

_PLURALS_WITHOUT_S: frozenset[str] = word_set("men women people children spokesmen spokespeople fishermen")
PERSON_HEADS: frozenset[str] = ROLE_NOUNS | word_set("person persons")
"""Nouns that head a description of a person ('a person with knowledge of', 'officials close to')."""

POST_MODIFIER_STARTS: frozenset[str] = word_set("familiar close knowledgeable briefed with who involved")
"""Words opening what describes a person after the noun ('familiar with', 'close to', 'who was briefed')."""

GROUP_NOUNS: frozenset[str] = _PLURALS_WITHOUT_S | {
    w for w in ROLE_NOUNS if w.endswith("s") and not w.endswith(("ss", "'s"))
}
"""Plural role nouns: a group of people ("informed sources", "analysts"); every plural of :data:`ROLE_NOUNS` (those
in -s, not -ss: 'witness', 'boss'; and the few without)."""

TITLE_WORDS: frozenset[str] = word_set(
    """president vice prime minister secretary ambassador permanent representative delegate envoy senator sen sen.
    rep rep. representative gov gov. governor mayor judge justice general gen gen. lt lt. col col. colonel
    captain capt capt. sgt sgt. sergeant admiral adm. commander chief chancellor premier king queen prince
    princess sheikh dr dr. mr mr. mrs mrs. ms ms. miss sir lord lady rev rev. father pope cardinal bishop
    chairman chairwoman director spokesman spokeswoman spokesperson attorney prosecutor deputy foreign defense
    defence state home interior justice finance treasury health affairs of the for to and high commissioner
    special counsel speaker leader minority majority house senate white former acting interim executive
    officer sec sec. u.s. us uk un eu nato first lady ceo chief operating national security adviser advisor sr sr.
    assistant undersecretary under assembly member congressman congresswoman councilman councilwoman revd fr fr.
    ambassador-at-large envoy representative-elect president-elect governor-elect delegate councillor councilor
    cllr cllr. cr cr. alderman alderwoman professor prof prof. dame madam madame hon hon. eng eng. engr engr. barr barr.
    datuk dato datin seri tun tunku tengku alhaji hajia mzee nana sheikha emir sultan imam ustaz ustazah pastor rabbi
    advocate adv adv. coach"""
)
"""Words of titles that precede a name ("US Secretary of State", "Gov.", "Lt. Col.")."""

ORG_WORDS: frozenset[str] = word_set(
    """ministry department kremlin council league union presidency office court government commission agency
    committee police army navy military forces company corporation inc inc. corp corp. ltd bank group party
    administration embassy parliament congress senate house cabinet foundation institute university
    organisation organization association federation authority authorities board bureau service services
    coalition alliance ministry's firm network newspaper agency's airline airlines force
    directorate secretariat tribunal regime junta campaign movement white media broadcaster"""
)
"""Head words that make a noun phrase an organisation ("the Ministry of Transport", "the Treasury")."""

LEAD_WORDS: frozenset[str] = word_set(
    """however still meanwhile also yet but and so then moreover furthermore later earlier separately instead
    nonetheless nevertheless indeed too though although while when as even"""
)
"""Connectives that may sit between a subject and its verb, or open a sentence."""

PLACE_ADVERBS: frozenset[str] = word_set(
    """nearby outside inside upstairs downstairs elsewhere abroad overhead backstage offstage onstage outdoors indoors
    downstream upstream ashore offshore overseas afterwards afterward beforehand nationwide statewide worldwide"""
)
"""Adverbs of place and of sequence that open a sentence before its subject ('Nearby, NAME, 79, said', 'Backstage,
the singer said', 'Afterwards NAME said'): never the first word of a speaker's name (they join
:data:`SENTENCE_OPENERS`)."""

SENTENCE_OPENERS: frozenset[str] = (
    LEAD_WORDS
    | word_set(
        """until unless once because since if whether after before whereas typically usually generally normally
    traditionally historically ultimately eventually currently originally additionally unfortunately
    fortunately similarly likewise consequently accordingly apparently obviously certainly surprisingly
    interestingly ironically importantly notably specifically frequently occasionally often only together
    jointly collectively altogether overall"""
    )
    | PLACE_ADVERBS
)
"""Connectives, subordinators and sentence adverbs that open a sentence with a capital and then run into a name
('Until Microsoft produces a patch', 'Typically the ministry'): never the first word of a speaker's name."""

ADVERBS: frozenset[str] = word_set(
    """also later earlier then once previously recently repeatedly again further publicly privately separately
    reportedly allegedly simply just only already still openly bluntly flatly firmly clearly quietly
    subsequently initially first finally immediately today yesterday tonight last this on tuesday monday
    wednesday thursday friday saturday sunday"""
)
"""Adverbs allowed between a speaker and the speech verb ("he later said", "Pike also said")."""

AUXILIARIES: frozenset[str] = word_set("has have had would will did does do could should may might")
"""Auxiliaries allowed between a speaker and the speech verb ("he has said")."""

DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "another", "one", "two", "three", "several", "some"})
"""Determiners that may open a speaker noun phrase."""

COMMON_IRREGULAR_PAST: frozenset[str] = word_set(
    "won lost made took gave went came began became got held left ran sent"
)
"""The commonest past tenses not ending in -ed (and not also a base form): a main verb after a subject."""

IRREGULAR_PAST: frozenset[str] = COMMON_IRREGULAR_PAST | word_set(
    """hid paid knew saw found felt kept led met spent thought brought bought fell rose grew drew wrote broke chose
    stood struck sought fought caught taught built meant"""
)
"""Past tenses not ending in -ed and not also a base form ('cut', 'put', 'set' are left out)."""

LINKING_PAST: frozenset[str] = word_set(
    "remained seemed appeared needed failed continued happened existed lacked belonged mattered tended deserved"
)
"""Regular past tenses of verbs that take no direct object or only a complement ('the plan remained on track', 'the
fund needed more money'): after a noun they are the clause's verb, almost never a participle modifying the noun
('the allegations leveled against him'), so they make a clause without 'that' as the irregular pasts do."""

PREPOSITIONS_IN_NP: frozenset[str] = frozenset({"of", "for", "to", "at", "in", "on", "with", "from"})
"""Prepositions allowed inside a speaker noun phrase ("spokesperson for the Harbour Board")."""
PHRASE_LINKS: frozenset[str] = PREPOSITIONS_IN_NP | {"by", "and"}
"""Words that link a longer phrase, not one name ('Ivo Brandt of the Kelby Courier', 'staff at the port and')."""

NP_ADJECTIVES: frozenset[str] = word_set(
    """senior junior top former deputy chief foreign defense defence military state federal local unnamed
    informed anonymous other another second first regional provincial national international official
    independent main lead leading high-ranking high high-level well-informed knowledgeable diplomatic
    government security intelligence police western european american us u.s. british french german russian
    turkish syrian israeli palestinian arab iranian chinese indonesian one two three several some many
    government's party's company's administration's state-run right-wing left-wing veteran longtime
    long-time prominent outgoing incoming acting interim permanent special assistant associate general
    press executive communications legal medical rescue search navy army air civil health aid relief emergency
    hospital school union campaign trade industry prison election transport airport"""
)
"""Lower-case adjectives allowed in a role noun phrase ("a senior State Department official")."""

JUNK_SPEAKER = re.compile(r"^(?:[\d\W_]+|[0-9a-f]{8}-[0-9a-f-]{27,}|[0-9a-f]{16,})$", re.I)
"""Speaker names that are never people: numbers, punctuation, UUIDs, hashes."""

MONTHS_DAYS: frozenset[str] = word_set(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday"""
)
"""Capitalised words that are dates, never names."""

TOLD_OBJECTS: frozenset[str] = word_set(
    """reporters journalists lawmakers investigators senators parliament congress him her them us me the a an
    his their leaders members committee audience crowd supporters viewers listeners"""
)
"""Words that open the object of ``told`` ("told reporters", "told the committee")."""


ABBREVIATIONS: frozenset[str] = word_set(
    """mr mrs ms dr gov sen rep st lt col gen maj capt sgt adm rev hon pres jr sr no vs etc jan feb mar apr jun
    jul aug sep sept oct nov dec inc corp ltd co prof mt ft u.s u.k u.n e.u d.c p.m a.m fig eng engr barr insp supt
    det fr cllr cr rs"""
)
"""Abbreviations written with a full stop that does not end a sentence (lower case, without the last stop)."""


SHARE_WORDS: frozenset[str] = word_set(
    "percent % half majority majorities third thirds quarter quarters fifth fifths plurality minority"
)
"""Words that make a noun phrase a share of a group ('47 percent', 'half of the voters', 'a majority')."""

NOT_NAME_WORDS: frozenset[str] = word_set(
    """what which whose whom where why how each every either neither both all any this these those ever never
    from amid among despite following like unlike with without within about above across against along around
    beside besides behind beyond during inside outside through toward towards upon first last next hours minutes
    days weeks months years today tonight yesterday tomorrow early earlier later just now even here there more other
    thanks so"""
)
"""Words that open a sentence with a capital but never a speaker's name ('Each election cycle', 'Amid the
protests', 'Hours later'); a possessive ('His', 'Her') only opens a longer phrase ('Her campaign')."""

POSSESSIVES: frozenset[str] = word_set("his her their its our my your")
"""Possessive determiners."""

SOURCE_NOUNS: frozenset[str] = word_set(
    """poll polls polling survey surveys study studies report reports review reviews audit audits analysis analyses
    research figures data statistics census records filings findings investigation inquiry evaluation assessment
    researchers scientists investigators inspectors auditors"""
)
"""Nouns of a source of findings: documents, polls, studies, figures, and the people who make them."""

STATEMENT_NOUNS: frozenset[str] = word_set(
    """statement statements release releases post posts posting tweet tweets message messages letter letters memo
    memos email emails speech speeches video videos response filing filings bulletin bulletins advisory advisories"""
)
"""Nouns of a statement issued or published ('issued a statement saying', 'a letter arguing that')."""

DOCUMENT_NOUNS: frozenset[str] = STATEMENT_NOUNS | word_set(
    """report reports notice notices study studies survey surveys poll polls sign signs ruling rulings document
    documents filing filings complaint complaints lawsuit lawsuits article articles book books editorial editorials
    ad ads note notes petition petitions resolution resolutions analysis audit audits review reviews papers results
    estimates"""
)
"""Nouns of a document or a published text that can say something ('a notice that said A', 'the audit, which
concluded that A')."""

AGENT_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")
"""Endings of nouns naming a person by what they do ('builder', 'elder', 'economist', 'headman'): a job or role
noun beyond the role list."""


def role_word(word: str) -> bool:
    """A lower-cased word naming a person by a role or a job: a role noun, or a word with an agent's ending."""
    return word in ROLE_NOUNS or word.endswith(AGENT_ENDINGS)


PERIOD_WORDS: frozenset[str] = word_set("week weekend month year morning afternoon evening night")
"""Parts of a day and periods ('last week', 'on Monday morning', 'that night')."""

COMMUNICATION_WORDS: frozenset[str] = STATEMENT_NOUNS | word_set(
    """comment comments remark remarks interview interviews op-ed column book slogan slogans pledge promise word
    words term phrase label ad ads address chant chants sign signs call calls answer answers argument arguments
    claim claims warning warnings view views vow accusation accusations assertion proposed asked vowed mocked
    attacked dismissed slammed questioned refers refer cited cites quoted quotes nicknamed"""
)
"""Nouns of something said or published and verbs of addressing ('stood by his comment that "..."', 'refers to
him as "..."'): beside the speech, describing and stance verbs, the words that make a sentence's quoted
fragment its subject's words."""

WORK_NOUNS: frozenset[str] = word_set(
    """book books novel memoir film films movie movies documentary show shows series program programme podcast
    episode song songs album ad ads advert advertisement commercial spot video article column op-ed editorial
    essay headline play poem magazine newspaper blog website site event forum summit tour exhibit exhibition"""
)
"""Nouns of a named work or event: a quotation in title case beside one is its title, not words said ('his book,
"A Long Road Home,"', 'her "Morning Hour" radio show', 'a website called "Vote Early"')."""


LABEL_WORDS: frozenset[str] = word_set(
    """update updates updated note notes summary correction corrections clarification breaking related watch read
    editor editor's editors' key points news latest live background context see also photo photos caption video
    source sources disclaimer warning headline highlights recap transcript analysis opinion exclusive"""
)
"""Words of a heading or label before a colon ('Update:', "Editor's note:", 'Breaking News:'): no speaker."""

PARTY_MEMBERS: frozenset[str] = word_set("democrat republican independent libertarian conservative liberal socialist")
"""A party member's word before or after a name ('Republican NAME', 'NAME, Democrat of CITY'): never the name."""

NAMING_WORDS: frozenset[str] = word_set("titled entitled headlined called named dubbed")
"""Words that give a work its name: 'a video titled "Restless"' (after a work noun, or ``titled`` alone)."""

ADVERBIAL_OPENERS: frozenset[str] = word_set(
    """in on at during after before when while speaking asked later earlier last like unlike despite amid
    following with without for from by under among because since although if unless until upon once given as"""
)
"""Words that open an adverbial phrase before a sentence's subject ('In Iowa on Monday, X said')."""


CREDIT_DASHES: frozenset[str] = frozenset({"\u2015", "\u2014", "\u2013", "-", "--"})
"""Dashes that open a credit or byline ('\u2014 Hal Brenner', '- Reuters'): one set for the quote passes and ingest."""

FINITE_BE: frozenset[str] = word_set("is are was were")
"""The finite forms of 'be' in the third person and the past."""

BE_FORMS: frozenset[str] = FINITE_BE | word_set("be been being")
"""The forms of 'be' that make a passive before a participle ('was nicknamed', 'as the route is called')."""

MONTH_ABBREVIATIONS: frozenset[str] = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
"""Abbreviated month names, without their full stop ('Oct. 11')."""

PERSON_PRONOUNS: frozenset[str] = frozenset(PRONOUNS) - {"it"}
"""The subject pronouns of :data:`PRONOUNS` that stand for people: he, she, they, we, I."""

RELATIVE_PRONOUNS: frozenset[str] = word_set("that which who whom whose")
"""The relative pronouns ('the aide who', 'a plan that', 'the mayor, whose')."""

WH_RELATIVES: frozenset[str] = RELATIVE_PRONOUNS - {"that"}
"""The relative pronouns but 'that' (which also opens a reported clause or a noun phrase): a relative clause
whatever stands before them ('X, who ...', 'the plan, which ...')."""

SUBJECT_RELATIVES: frozenset[str] = word_set("who which that")
"""The relative pronouns that may be the subject of their clause ('No one who has ...', 'a report that found')."""

CONTRAST_SUBORDINATORS: frozenset[str] = word_set("while whereas although though")
"""Subordinators of contrast or concession: the clause they open is often another subject's ('..., while B')."""

SUBORDINATORS: frozenset[str] = CONTRAST_SUBORDINATORS | word_set("after since because when before once until if")
"""Subordinators that open a fronted clause ('While X claimed A, B', 'If A, X said, B')."""


PERFECT_AUXILIARIES: frozenset[str] = word_set("has have had")
"""The auxiliaries of the perfect ('has said', 'had been')."""

NEGATIONS: frozenset[str] = word_set("not never")
"""The words that negate a verb ('did not say', 'has never said')."""

QUANTIFIERS: frozenset[str] = word_set("all both most many several some few")
"""Quantifiers that may open a phrase of people ('Most of the candidates', 'Several voters', 'both men')."""

ARTICLES: frozenset[str] = word_set("a an the")
"""The articles."""

NAME_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
"""Capital letters of names in Latin script, accented ones too ('José', 'Łukasz'; Latin Extended-A), as the
body of a regular expression's character class."""
NAME_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
"""The lower-case letters of the same names, likewise."""

DEMONSTRATIVES: frozenset[str] = word_set("this that these those")
"""The demonstratives ('this plan', 'those voters'); 'that' is also a conjunction and a relative pronoun."""

DESCRIPTION_OPENERS: frozenset[str] = ARTICLES | word_set("one another his her their its")
"""Words that open a description of a speaker without a name ('a spokesman', 'one commenter', 'his aide')."""

NUMBER_WORDS: frozenset[str] = word_set(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million"""
)
"""Numbers written in words ('three', 'Sixty' of 'Sixty-two')."""

COORDINATORS: frozenset[str] = word_set("and but or")
"""The coordinating conjunctions that join clauses or list items."""


QUESTION_WORDS: frozenset[str] = word_set("whether if how why what who when where which")
"""Words that open an indirect question ('asked whether A', 'would not say where A')."""

THIRD_PERSON_PRONOUNS: frozenset[str] = word_set("he she they")
"""The subject pronouns of the third person that stand for people."""

ADVERBS_OR_AUXILIARIES: frozenset[str] = ADVERBS | AUXILIARIES
"""Words that may stand between a speaker and the speech verb ('he later said', 'she has said')."""
