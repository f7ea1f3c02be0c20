"""Verbs of lament and of voicing a feeling, whose quoted object is the subject's words ('bemoaned the "A"')."""

from __future__ import annotations

from tests.quote_support import direct_speaker_of


def test_bemoaned_a_quoted_object() -> None:
    text = (
        "Perpetua Lindqvist has chaired the allotment committee at Tamsin Hollow since 2009. "
        'Lindqvist bemoaned the "slow death of the marrow show" when the members gathered on Sunday.'
    )
    assert direct_speaker_of(text, "slow death") == "Perpetua Lindqvist"


def test_voiced_a_quoted_wish() -> None:
    text = (
        "Rasmus Oyelowo-Grant, the ferry operator's new skipper, met islanders in the chapel hall. "
        'He voiced a hope for "crossings that leave when the timetable says they will" before the winter.'
    )
    assert direct_speaker_of(text, "crossings that leave") == "Rasmus Oyelowo-Grant"
