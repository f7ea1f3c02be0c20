"""Who spoke when relatives share a surname (twenty-eighth session, speaker28): invented scenes."""

from __future__ import annotations

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes
from tests.quote_support import direct_speaker_of

STALLS = (
    'Octavia Quenwick, who keeps the harbour shop, said trade had been slow. "We have had a poor summer," she '
    "said.\n\n"
    "Not every stallholder agreed. One who did not was Griselda Quenwick, a cousin by marriage, who sells smoked "
    'fish from a barrow. "I blame the weather," she said.'
)


def test_a_relative_named_in_full_since_is_the_pronoun_of_the_next_cue() -> None:
    """'One who did not was NAME2 SURNAME, ...' after NAME SURNAME spoke: the name written since is another
    person of that surname (another first name), so the next 'she said' is hers, not the one quoted before."""
    assert direct_speaker_of(STALLS, "I blame the weather") == "Griselda Quenwick"


PIPE = (
    "The harbour master, Thaddeus Polgrain, has held the post for 20 years. His father, Cuthbert, held it before "
    "him, and Polgrain keeps his old pipe on the desk.\n\n"
    '"He never lit it indoors," Polgrain says.\n\n'
    'Cuthbert Polgrain, who turned 90 in May, telephones the office on Sundays. "He wants the tide times," his '
    "son says."
)


def test_his_son_after_the_father_named_in_full_is_the_son_named_before() -> None:
    """'His father, NAME2,' files the father under his first name; 'NAME2 SURNAME, who ..., ...' is that father,
    not the son known by the surname, and 'his son says' after it is the son."""
    assert direct_speaker_of(PIPE, "He wants the tide times") == "Thaddeus Polgrain"


COUNCIL = (
    'Mayor Araminta Penwarden opened the meeting. "We will be brief," she said.\n\n'
    "The harbour fees came next. Cr Penwarden said the budget had been set in March. "
    '"We cannot buy a new boat this year," she said.'
)


def test_a_title_and_the_surname_is_the_same_person() -> None:
    """A near case: 'Cr SURNAME' after 'Mayor NAME SURNAME' is the mayor under another title, not a relative."""
    assert direct_speaker_of(COUNCIL, "We cannot buy a new boat") == "Mayor Araminta Penwarden"


STRAIT = (
    "Griselda Penwarden was fourteen when she swam the strait in 1991.\n\n"
    "Her mother, Octavia Penwarden, 70, runs the kiosk on the slipway. She said the crossing had frightened her "
    'more than it frightened the girl. "I could not watch," she said.\n\n'
    'Penwarden swam it twice more before she retired. "Once was never enough," she says.'
)


def test_a_lone_surname_stays_with_the_person_the_relative_was_named_for() -> None:
    """'Her mother, NAME2 SURNAME,' is quoted, and so becomes a person of the surname; a later lone 'SURNAME says'
    (and the 'she' after it) is still the swimmer the article is about, not the mother named after her."""
    assert direct_speaker_of(STRAIT, "I could not watch") == "Octavia Penwarden"
    assert direct_speaker_of(STRAIT, "Once was never enough") == "Griselda Penwarden"


def test_a_relative_named_after_a_noun_of_kin_keeps_it_as_her_role() -> None:
    """'Her mother, NAME2 SURNAME,' met as a speaker only by a later 'she said': the actor keeps 'Her mother' as her
    role, which also keeps her from taking the lone surname of the person the article is about."""
    article = Article(title="Invented headline", source="probe.txt", sections=(Section(None, STRAIT),))
    roles = {a.name: a.role for a in extract_quotes(article).actors}
    assert roles.get("Octavia Penwarden") == "Her mother"


TOURER = (
    "Thaddeus Polgrain mends church clocks. His wife, Araminta Polgrain, keeps the accounts. "
    '"He loses the receipts," she said.\n\n'
    '"I do not," he said.\n\n'
    'Ara Polgrain laughed. "Every single spring," she said.'
)


def test_a_given_name_cut_short_is_the_same_person() -> None:
    """'Ara SURNAME' after 'Araminta SURNAME': her given name cut short, the same person, not a relative."""
    assert direct_speaker_of(TOURER, "Every single spring") == "Araminta Polgrain"


LEASE = (
    "Kelmscott Harriers have lost the lease on their ground.\n\n"
    "The team's captain, Thaddeus Quenwick, wrote to members on Tuesday. After practice that evening, the hooker said "
    "the players had heard the news from a supporter.\n\n"
    '"Nobody rang us first," he said.'
)


def test_a_playing_position_after_an_apposed_role_and_name_is_that_player() -> None:
    """'The team's captain, NAME, wrote ... the hooker said': a name set off after a role opening the sentence is
    its subject, and a position in a team ('the hooker', 'the flanker') is the one player who led the sentence
    before, as 'the spinner' already was; the pronoun after it is his."""
    assert direct_speaker_of(LEASE, "Nobody rang us first") == "Thaddeus Quenwick"
