"""Furniture lines found by an invented HTML probe: 'ALSO READ' teasers, a tabloid's call for stories, an embedded
post's skip/end labels; ordinary sentences of the same opening words stay. Every line is invented."""

from __future__ import annotations

import pytest

from digest.core.ingest.boilerplate import is_boilerplate_text


@pytest.mark.parametrize(
    "line",
    [
        "ALSO READ Kelby: Harbour board to fit new cranes by March",
        "Also read: The ten best coastal walks",
        "Do you have a story for the Kelby Gazette news team? Email us or call the newsdesk.",
        "Got a story? Call us on the newsdesk number.",
        "End of twitter post by Dana Pike MP",
        "Skip instagram post by Kelby Rovers",
    ],
)
def test_teasers_calls_for_stories_and_embed_labels_are_furniture(line: str) -> None:
    assert is_boilerplate_text(line)


@pytest.mark.parametrize(
    "line",
    [
        "Also read the fine print before you sign, the ombudsman advises.",
        "Got a tip from a neighbour, she called the coastguard at once.",
        "Do you have a story to tell, she asked the boy on the pier.",
        "End of the line for the old ferry, which sails for the last time on Friday.",
        "Do you have a tip about the break-in? Gardai are asking anyone with information to come forward.",
        "Got a story to tell? The library's oral history project wants to hear it.",
    ],
)
def test_sentences_opening_with_the_same_words_are_kept(line: str) -> None:
    assert not is_boilerplate_text(line)
