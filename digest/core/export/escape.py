"""Escaping untrusted article text for Markdown (CommonMark/GFM, readable by Pandoc) and YAML.

Every piece of article text (titles, summaries, quotes, names, section titles, paragraphs) goes
through :func:`inline` before it is placed in the document. The text is first cleaned again with
:func:`digest.core.sanitize.clean_line` (defence in depth: no terminal escapes or control characters)
and folded to one line, so it can never start a new block. Then every character that could open
Markdown structure is backslash-escaped (CommonMark lets any ASCII punctuation be escaped, and the
escape disappears when the document is rendered, so the visible text is exactly the original):

- everywhere: backslash, backtick, ``*``, ``_``, ``[``, ``]``, ``<`` (so no raw HTML, comments or
  autolinks), ``|`` (table cells), ``~`` (strikethrough, fences), ``^`` and ``$`` (Pandoc superscript
  and TeX maths);
- ``&`` when it would start an entity (``&amp;`` stays visible as ``&amp;``);
- ``@`` at the start of a word (Pandoc citations, GitHub mentions); ``:`` before ``name:`` (emoji);
- a trailing run of ``#`` (it would close an ATX heading);
- at the start of the text: ``#``, ``>``, ``-``, ``+``, ``=`` and the dot or parenthesis of ``1.``/``1)``.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlsplit

from digest.core.sanitize import clean_line

_ESCAPED = re.compile(
    r"""
    [\\`*_\[\]<|~^$]                          # always
    | &(?=\#?[A-Za-z0-9]+;)                    # an entity
    | (?<!\w)@                                 # a citation or mention
    | :(?=[a-z0-9_+-]*[a-z][a-z0-9_+-]*:)       # an emoji short code
    """,
    re.VERBOSE,
)
_TRAILING_HASHES = re.compile(r"#+$")
_BLOCK_START = re.compile(r"^(?:([#>+=-])|(\d{1,9})([.)]))")
_YAML_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\ufffe\uffff\u2028\u2029]")
_SAFE_URL_SCHEMES = ("http", "https")


def _backslash(match: re.Match[str]) -> str:
    return "\\" + match.group(0)


def _escape_start(match: re.Match[str]) -> str:
    marker, number, delimiter = match.groups()
    return "\\" + marker if marker else f"{number}\\{delimiter}"


def inline(text: str) -> str:
    """Escape untrusted text for use as one line of Markdown inline content.

    Args:
        text: Any text (it is cleaned and folded to one line first).

    Returns:
        Markdown source whose rendered text is ``clean_line(text)``, that opens no block, no HTML,
        no link, no code span and no emphasis.
    """
    return escape_clean(clean_line(text))


def escape_clean(text: str) -> str:
    """:func:`inline` for text that is already ``clean_line`` output (saves cleaning it twice)."""
    text = _ESCAPED.sub(_backslash, text)
    text = _TRAILING_HASHES.sub(lambda m: "\\#" * len(m.group(0)), text)
    return _BLOCK_START.sub(_escape_start, text, count=1)


def visible(text: str) -> str:
    """The text a reader sees once :func:`inline` output is rendered: ``text`` cleaned and on one line."""
    return clean_line(text)


def link_destination(url: str | None) -> str | None:
    """A safe link destination for ``url``, or None when it is not an http(s) URL worth linking.

    Spaces, parentheses, angle brackets, quotes and non-ASCII characters are percent-encoded, so the
    destination cannot end the link early or carry markup.
    """
    if not url:
        return None
    url = clean_line(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SAFE_URL_SCHEMES or not parts.netloc:
        return None
    return quote(url, safe=":/?#@!$&*+,;=%~-._[]")


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar for ``value`` (JSON string syntax, which YAML reads the same way).

    The value is cleaned to one line; characters YAML does not allow raw in a stream (C1 controls,
    lone surrogates, U+FFFE/U+FFFF, line separators) are written as ``\\uXXXX`` escapes or dropped.
    """
    value = clean_line(value)
    value = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    encoded = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", encoded)
