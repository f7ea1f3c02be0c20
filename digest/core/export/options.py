"""What goes into a Markdown digest, and the date it carries."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from digest.core.export.atomic import ExportError


@dataclass(frozen=True)
class ExportOptions:
    """What goes into a Markdown digest.

    Attributes:
        sentences: Summary length, in sentences per article.
        method: Summary method (one of :data:`digest.core.summarize.METHODS`).
        title: The digest's title (its ``#`` heading).
        date: The date the digest carries; None means SOURCE_DATE_EPOCH when set, else today.
        front_matter: Start with a YAML front matter block (title, date, generator, sources).
        full_text: Include each article's full text after its outline.
        contents: Include the contents list after the title.
        top_actors: Per article, the most-quoted actors whose quotes are shown (the others are named).
        quotes_per_actor: Per shown actor, the best quotes shown (direct and fuller ones first).
        all_quotes: Show every quote of every actor instead.
    """

    sentences: int = 3
    method: str = "default"
    title: str = "News digest"
    date: dt.date | None = None
    front_matter: bool = False
    full_text: bool = False
    contents: bool = True
    top_actors: int = 3
    quotes_per_actor: int = 2
    all_quotes: bool = False


def export_date(options: ExportOptions, environ: dict[str, str] | None = None) -> dt.date:
    """The digest's date: ``options.date``, else SOURCE_DATE_EPOCH (UTC) when set, else today.

    Raises:
        ExportError: SOURCE_DATE_EPOCH is set but is not a whole number of seconds.
    """
    if options.date is not None:
        return options.date
    epoch = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return dt.date.today()
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        raise ExportError(f"SOURCE_DATE_EPOCH={epoch[:40]!r} is not a number of seconds since 1970") from None
