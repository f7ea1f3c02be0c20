"""The role shown beside a speaker is not the title the name already opens with ('Mr Pell (Mr)' was printed by
`digest quotes`, the story listing and both exports). Names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.commands.quotes import listing
from digest.core.ingest import load_article
from digest.core.wording import role_beside


@pytest.mark.parametrize(
    ("name", "role", "shown"),
    [
        ("Mr Pell", "Mr", None),
        ("Mayor Jane Roe", "Mayor", None),
        ("Jane Roe", "mayor of Dunmore", "mayor of Dunmore"),
        ("Jane Roe", None, None),
        ("spokesman", "spokesman", None),
        ("Jane Hale", "Ms", None),  # an honorific alone says nothing of who she is
        ("Tom Hale", "Mr.", None),
        ("Tom Hale", "Dr", "Dr"),  # a title that says what the speaker does
        ("Mayoral candidate Tom Bell", "Mayor", "Mayor"),
    ],
)
def test_role_beside_a_name(name: str, role: str | None, shown: str | None) -> None:
    assert role_beside(name, role) == shown


def test_the_quotes_listing_names_an_honorific_once(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(
        'Ferry fares to rise\n\nMr Pell, who runs the ferry, said: "The fares must rise."\n\n'
        '"We will appeal," said Tom Bell, the mayor of Dunmore.\n',
        encoding="utf-8",
    )
    headings = [line for line in listing(load_article(path)).splitlines() if line.endswith(("quote", "quotes"))]
    assert headings == ["Mr Pell: 1 quote", "Tom Bell (mayor of Dunmore): 1 quote"]
