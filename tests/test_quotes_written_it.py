"""'it' standing for a piece of writing named just before: an email, a memo, a website, an affidavit."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of, speaker_of


def test_it_reads_after_a_paragraph_naming_the_email() -> None:
    text = (
        "The email, forwarded to the auditors by a junior clerk, left the lighthouse office shortly before dawn.\n\n"
        '"Move the lamp oil to the lower shed before the gale arrives," it reads.'
    )
    assert direct_speaker_of(text, "lamp oil") == "email"


def test_it_says_after_a_sentence_naming_her_website() -> None:
    text = (
        "Vesna Halloran, who ran the allotment society for a decade, has stepped back. On her website, Halloran "
        'has begun to hand the beds over to younger growers. "The soil belongs to whoever turns it next," it now '
        "says under an old snapshot of the potting shed."
    )
    assert direct_speaker_of(text, "soil belongs") == "website"


def test_it_is_not_a_writing_when_a_body_is_named_before_it() -> None:
    text = (
        "Quillon Ferries published a short report about the sandbank on Tuesday. "
        '"We regret the delays to every sailing," it said.'
    )
    assert direct_speaker_of(text, "We regret") is None


def test_it_in_a_clause_after_a_named_body_is_not_the_writing() -> None:
    text = (
        "The auditors read the memo twice. Copies from the Varnley Guild went round the estate after it "
        'added: "A full apology is owed to every tenant."'
    )
    assert speaker_of(text, "full apology") is None
