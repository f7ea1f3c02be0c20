"""The verbs of speech the core reads (split off ``lexicon``, which holds the other words: roles, titles,
organisations, pronouns): verbs that introduce a quotation or reported speech, every inflection, and the sets
drawn from them (finite forms, bare forms, the manner of speaking, asking and telling, taking a turn). Plain
data, no model; the verbs of judging are in ``stance_words``."""

from __future__ import annotations

from digest.core.lexicon import word_set
from digest.core.stance_words import STANCE_VERBS

_SPEECH_STEMS = """
say said says saying|add added adds adding|tell told tells telling|state stated states stating
announce announced announces announcing|confirm confirmed confirms confirming|stress stressed stresses stressing
warn warned warns warning|note noted notes noting|argue argued argues arguing|insist insisted insists insisting
explain explained explains explaining|claim claimed claims claiming|acknowledge acknowledged acknowledges acknowledging
affirm affirmed affirms affirming|assert asserted asserts asserting|declare declared declares declaring
remark remarked remarks remarking|continue continued continues continuing|write wrote writes writing
reply replied replies replying|respond responded responds responding|recall recalled recalls recalling
reiterate reiterated reiterates reiterating|emphasise emphasised emphasises emphasising
emphasize emphasized emphasizes emphasizing|indicate indicated indicates indicating|report reported reports reporting
admit admitted admits admitting|deny denied denies denying|suggest suggested suggests suggesting
concede conceded concedes conceding|predict predicted predicts predicting|caution cautioned cautions cautioning
complain complained complains complaining|charge charged charges charging|allege alleged alleges alleging
testify testified testifies testifying|maintain maintained maintains maintaining|observe observed observes observing
ask asked asks asking|tweet tweeted tweets tweeting|conclude concluded concludes concluding
contend contended contends contending|reveal revealed reveals revealing|disclose disclosed discloses disclosing
agree agreed agrees agreeing|estimate estimated estimates estimating
promise promised promises promising|vow vowed vows vowing|pledge pledged pledges pledging
point pointed points pointing|quip quipped quips quipping|shout shouted shouts shouting
mention mentioned mentions mentioning|boast boasted boasts boasting|joke joked jokes joking
repeat repeated repeats repeating|counter countered counters countering|tout touted touts touting
comment commented comments commenting|announce announced
muse mused muses musing|chant chanted chants chanting|implore implored implores imploring
exclaim exclaimed exclaims exclaiming|email emailed emails emailing|assure assured assures assuring
proclaim proclaimed proclaims proclaiming|lament lamented laments lamenting|wonder wondered wonders wondering
scoff scoffed scoffs scoffing|retort retorted retorts retorting|demand demanded demands demanding
urge urged urges urging|scream screamed screams screaming|yell yelled yells yelling
whisper whispered whispers whispering|plead pleaded pleads pleading|beg begged begs begging
interject interjected interjects interjecting|rail railed rails railing|crow crowed crows crowing
gush gushed gushes gushing|fume fumed fumes fuming|marvel marvelled marveled marvels marvelling marveling
grouse groused grouses|grumble grumbled grumbles|gripe griped gripes
recounted|volunteered|disputed
"""

SPEECH_VERBS: frozenset[str] = frozenset(w for group in _SPEECH_STEMS.split("|") for w in group.split())
"""Verbs that introduce a quotation, every inflection."""

REPORT_VERBS: frozenset[str] = word_set(
    """said says added adds told tells stated states announced announces confirmed confirms stressed stresses
    warned warns noted notes argued argues insisted insists explained explains claimed claims acknowledged
    acknowledges affirmed affirms asserted asserts declared declares reiterated reiterates emphasised
    emphasized emphasizes emphasises indicated indicates reported reports admitted admits denied denies
    suggested suggests conceded concedes predicted predicts cautioned cautions complained complains charged
    alleged alleges testified testifies maintained maintains revealed reveals disclosed discloses wrote writes
    contended contends recalled recalls replied responded observed observes conceded estimated promised vowed
    pledged tweeted tweets concluded say tell add state announce confirm stress warn note argue insist explain
    claim acknowledge assert declare reiterate emphasize emphasise indicate report admit deny suggest concede
    predict caution complain allege testify maintain reveal contend recall reply observe estimate promise
    write tweet conclude joked jokes remarked boasted boasts bragged mentioned mentions lamented laments quipped
    quips proclaimed proclaims exclaimed mused muses retorted countered counters commented hinted hints speculated
    speculates clarified reasoned opined surmised griped theorized affirms discloses estimates concludes replies
    responds promises pledges vows assured assures informed informs reminded reminds groused grouses grumbled
    grumbles gripes brags swore swears"""
)
"""Finite verbs that introduce reported speech (``X said that ...``, ``his aides say ...``)."""

PARTICIPLE_REPORT: frozenset[str] = word_set(
    "saying adding noting stressing warning explaining insisting arguing stating claiming affirming "
    "asserting declaring emphasising emphasizing indicating acknowledging reiterating confirming "
    "suggesting telling predicting conceding contending maintaining admitting recalling"
)
"""Participles that continue the subject's speech (``..., noting that ...``)."""

DESCRIBE_VERBS: frozenset[str] = word_set(
    """called calling describe describing described describes dubbed dubbing labelled labeled labelling labeling
    branded branding termed terming characterised characterized characterising characterizing hailed hailing
    praised praising condemned condemning denounced denouncing slammed slamming criticised criticized
    urged urging vowed vowing promised promising pledged pledging demanded demanding expressed expressing
    accused accusing warning warned blamed blaming"""
)
"""Verbs whose quoted object is the subject's words (``describing the attacks as "barbaric"``)."""

LOOSE_VERBS: frozenset[str] = word_set(
    "said says say told tells tell added adds add insisted insist argued argue warned warn claimed stressed"
    " testified believes"
)
"""Verbs that may take a clause without ``that`` ("Trump said he had watched")."""

FINITE_SPEECH_VERBS: frozenset[str] = frozenset(v for v in SPEECH_VERBS if not v.endswith("ing"))
"""Speech verbs other than participles ("said", "adds"): those that close an attribution tail."""

WISH_VERBS: frozenset[str] = word_set("want wants wanted demand demands demanded")
"""Verbs of wishing that put a question before 'to know' ('wanted to know', 'demanded to know')."""

SPEECH_BASES: frozenset[str] = frozenset(
    v for v in SPEECH_VERBS if v.isalpha() and not v.endswith(("s", "ed", "ing")) and v not in ("said", "told", "wrote")
)
"""The bare forms of the verbs of speech ('say', 'note', 'recall'): after 'to' ('liked to say') and in the plural
present ('Islanders recall')."""

MANNER_VERBS: frozenset[str] = word_set(
    """barked snapped growled sighed laughed chuckled murmured muttered mumbled stammered gasped cried sobbed hissed
    roared grumbled snarled groaned giggled sneered cooed bellowed howled shrieked squealed thundered"""
)
"""Past-tense verbs of the manner of speaking ('"...," Dana Pike barked and left')."""

SPOKEN_PAST: frozenset[str] = frozenset(v for v in SPEECH_VERBS | STANCE_VERBS | MANNER_VERBS if v.endswith("ed"))
"""Past-tense verbs of speaking, judging, publishing or the manner of speaking ('said', 'posted', 'barked')."""

ASKED: frozenset[str] = word_set("asked questioned pressed quizzed")
"""Participles of questioning: 'X was asked: "..."' (the words were put to X by someone else)."""

ASKED_OR_TOLD: frozenset[str] = ASKED | {"told"}
"""Participles of questioning or telling: 'X was told, "..."', 'Told of the plan, X said' (a participle opening
the sentence, no inverted attribution)."""

SAY_TELL: frozenset[str] = word_set("say says said tell tells told")
"""The forms of 'say' and 'tell' but the participles: the plainest verbs of speech."""

TELL_VERBS: frozenset[str] = word_set("told tells informed informs reminded reminds assured assures")
"""Finite verbs of reported speech whose addressee stands before what was said ('told reporters he would')."""

SPEECH_OR_DESCRIBE: frozenset[str] = SPEECH_VERBS | DESCRIBE_VERBS
"""Verbs of speaking or of describing in quoted words."""

CUE_VERBS: frozenset[str] = SPEECH_OR_DESCRIBE | STANCE_VERBS
"""Verbs of speaking, describing or taking a stance: every verb that may make quoted words its subject's."""

TAKING_TURN: dict[str, str] = {
    **dict.fromkeys(("cut", "cuts", "broke", "breaks", "chimed", "chimes", "jumped", "jumps", "butted"), "in"),
    **dict.fromkeys(("piped", "pipes", "spoke", "speaks"), "up"),
    **dict.fromkeys(("shot", "shoots", "fired", "fires", "snapped", "snaps", "hit", "hits"), "back"),
}
"""Verbs that take a turn in a conversation with their particle: 'her brother cut in', 'a neighbour piped up', 'the
minister shot back'."""


def takes_turn(verb: str, particle: str) -> bool:
    """A verb and its particle that take a turn in a conversation ('shot back', 'cut in')."""
    return TAKING_TURN.get(verb) == particle
