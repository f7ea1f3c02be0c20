"""Words for display: counts ("1 article", "2 articles", "1,204 quotes") and the role shown beside a speaker."""

from __future__ import annotations

from digest.core.quotes.gender import honorific_gender


def plural(count: int, word: str, plural_form: str | None = None) -> str:
    """``count`` and ``word``, in the plural unless the count is one (thousands separated by commas)."""
    return f"{count:,} {word if count == 1 else plural_form or word + 's'}"


def role_beside(name: str, role: str | None) -> str | None:
    """The role to show beside a speaker's name: None when there is none, when the name already opens with it
    ('Mr Pell' with the role 'Mr', 'Mayor Jane Roe' with 'Mayor'), or when it is an honorific alone, which says
    nothing of who the speaker is ('Jane Roe' met as 'Ms Roe' has the role 'Ms')."""
    if not role or name == role or name.startswith(role + " ") or honorific_gender(role) != "?":
        return None
    return role
