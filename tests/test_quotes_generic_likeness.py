"""An indefinite man or woman after 'like', 'as' or 'of' is a likeness of the one who speaks, no one who spoke
('in the manner of a man who has explained it a thousand times: "A"'); a woman met who said something still
speaks. All sentences and names are invented."""

from __future__ import annotations

from tests.quote_support import speaker_of


def test_likeness_of_a_man_is_no_speaker() -> None:
    """The man of the likeness is the smith himself, whom 'He' stands for."""
    text = (
        "Bram Tully shoes horses in Carrowdale. He shrugs in the manner of a man who has explained it a thousand"
        ' times: "Twenty years, give or take."'
    )
    assert speaker_of(text, "Twenty years") == "Bram Tully"


def test_woman_met_still_speaks() -> None:
    """A woman the subject heard from is no likeness: she spoke."""
    text = 'The vote was close. Ysolde Marrin heard from a woman who said "Never again."'
    assert speaker_of(text, "Never again") == "woman"
