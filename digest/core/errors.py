"""Errors the core raises for bad input: each carries a one-line message naming the file."""

from __future__ import annotations


class DigestError(Exception):
    """Base class of every error digest reports to the user as a one-line message."""


class IngestError(DigestError):
    """A file could not be turned into an article (empty, binary, too large, unreadable...).

    Attributes:
        source: The file or URL that failed.
        reason: What was wrong with it, in a few words.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason
