"""Who spoke (invented text): a fragment inside a clause whose own subject is an article and a role noun with a
verb of telling ('X said a steward of the committee had warned her the plan was "A"') is that role's words, as it is a
named subject's."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_a_role_telling_inside_another_s_report_says_the_fragment() -> None:
    text = (
        "Oonagh Petherick-Vale runs the rowing club's boathouse at Carrow Staithe.\n\n"
        "Petherick-Vale said a steward of the regatta committee had warned her last spring that the slipway was "
        "“a hazard to anyone over forty”."
    )
    assert direct_speaker_of(text, "a hazard to anyone") == "steward of the regatta committee"


def test_a_role_the_reporter_told_leaves_the_fragment_with_the_reporter() -> None:
    text = (
        "Oonagh Petherick-Vale runs the rowing club's boathouse at Carrow Staithe.\n\n"
        "Petherick-Vale said she had warned the lock warden last spring that the slipway was "
        "“a hazard to anyone over forty”."
    )
    assert direct_speaker_of(text, "a hazard to anyone") == "Oonagh Petherick-Vale"
