"""A quotation closed by an owner's piece of writing and 'read': '"A," her statement read.' is the owner's."""

from __future__ import annotations

from tests.quote_support import direct_quotes


def test_her_statement_read_after_a_quotation_is_hers() -> None:
    text = (
        "Odile Fanshawe, who runs the lifeboat station at Carrow Point, was absent from the inquiry.\n\n"
        '"Our pagers stayed silent for forty minutes," her statement read. '
        '"Two volunteers heard the maroons from the pub and ran."'
    )
    assert direct_quotes(text) == [
        ("Odile Fanshawe", "Our pagers stayed silent for forty minutes"),
        ("Odile Fanshawe", "Two volunteers heard the maroons from the pub and ran."),
    ]


def test_his_letter_read_after_a_quotation_is_his() -> None:
    text = (
        "Bartholomew Quayle quit the bowls club committee in March.\n\n"
        '"The accounts were never mine to keep," his letter read.'
    )
    assert direct_quotes(text) == [("Bartholomew Quayle", "The accounts were never mine to keep")]
