"""A role cut short to a title's modifier ('NAME, a former' when the phrase stops before 'national-level wrestler')
is no role to show (twenty-eighth session, the lead): invented scenes."""

from __future__ import annotations

from digest.core.model import Article, Section
from digest.core.quotes import extract_quotes


def _roles(text: str) -> dict[str, str | None]:
    article = Article("t", "t", (Section(None, text),))
    return {actor["name"]: actor["role"] for actor in extract_quotes(article).to_dict("t")["actors"]}


def test_a_modifier_alone_is_no_role() -> None:
    """'His uncle, Jethro Pettigrove, a former national-level wrestler who runs a gym, said A': the role shown is
    'His uncle', not 'His uncle, former'."""
    text = (
        "The boxing club in Ossington reopened on Monday.\n\n"
        "His uncle, Jethro Pettigrove, a former national-level wrestler who runs a gym in the town, said the club "
        'had spent its savings. "We will keep going," he said.'
    )
    assert _roles(text).get("Jethro Pettigrove") in ("His uncle", None)


def test_a_whole_title_after_former_stays_a_role() -> None:
    """'Jethro Pettigrove, a former national coach, said A': a title the modifier opens is kept (a guard)."""
    text = 'The club reopened on Monday.\n\n"We will keep going," said Jethro Pettigrove, a former national coach.'
    assert _roles(text).get("Jethro Pettigrove") == "former national coach"
