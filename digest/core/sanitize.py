"""The one sanitiser at the ingestion boundary: article text in, safe displayable text out.

Every format parser passes its text through :func:`clean_text`, so nothing downstream (the reader,
the command line, exports) ever sees a control character from an article. It:

- removes terminal escape sequences whole: CSI (``ESC [ ... final``), OSC (``ESC ] ... BEL|ST``,
  e.g. OSC 52 clipboard writes and OSC 8 links), DCS/SOS/PM/APC strings and two-byte ``ESC x``;
  the same for their 8-bit C1 forms (U+009B, U+009D, U+0090 ...);
- removes every other C0 and C1 control character except tab and newline (CR becomes newline);
- removes bidi embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F,
  U+061C) that can make text display in another order than it is stored;
- removes zero-width junk (U+200B, U+2060, U+FEFF, U+180E) and soft hyphens (U+00AD), while keeping
  U+200C/U+200D (joiners needed by some scripts and emoji);
- turns no-break and other Unicode spaces into plain spaces, and line/paragraph separators into
  newlines; replaces lone surrogates (undecodable bytes of a file name) with U+FFFD; applies Unicode
  NFC normalisation.

It is also the program's one output boundary: :func:`shown` makes a file name, URL or header value
displayable on one line with every control made visible (``\\x1b``, ``\\n``, ``\\u202e``), and
:func:`terminal_text` does the same for multi-line output, keeping newlines and tabs. The command line
passes everything it prints through :func:`terminal_text`; the app passes every notification through it.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?      # CSI ... final byte
    | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])                 # OSC, DCS, SOS, PM, APC
      [^\x07\x1b\x9c]{0,4096}(?:\x07|\x1b\\|\x9c)?            # ... up to BEL or ST
    | \x1b[\x20-\x2f]*[\x30-\x7e]?                             # other ESC sequences
    """,
    re.VERBOSE,
)
_CONTROLS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 (but tab, LF, CR) and C1
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"  # bidi controls
    "\u200b\u2060\ufeff\u180e\u00ad"  # zero-width junk and soft hyphen
    "\ufff9-\ufffb]"  # interlinear annotation controls
)
_ESCAPE_STARTS = "\x1b\x9b\x9d\x90\x98\x9e\x9f"
"""Every escape sequence starts with one of these (looking for them first is much cheaper on long
texts than running the sequence pattern)."""
_LINE_BREAK_CHARS = "\r\u2028\u2029\x85"
_SURROGATES = re.compile("[\ud800-\udfff]")
_UNSHOWABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f"  # every C0 and C1 control (a one-line display shows tab and newline too)
    "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"  # bidi controls
    "\u200b\u2060\ufeff\u180e\u00ad\ufff9-\ufffb\u2028\u2029"  # invisible characters, line separators
    "\ud800-\udfff]"  # lone surrogates: the undecodable bytes of a file name
)
_MULTILINE_UNSHOWABLE = re.compile(_UNSHOWABLE.pattern.replace("\x00-\x1f", "\x00-\x08\x0b-\x1f"))
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_ANY_CHANGE = re.compile(f"{_CONTROLS.pattern[:-1]}{_SPACES.pattern[1:-1]}\ud800-\udfff]")
"""A character that :func:`clean_text` removes (:data:`_CONTROLS`) or replaces (:data:`_SPACES`,
:data:`_SURROGATES`)."""


def clean_text(text: str) -> str:
    """Return ``text`` with escape sequences, control characters and invisible junk removed.

    Args:
        text: Untrusted text from an article, a feed or a file name.

    Returns:
        Text safe to print to a terminal or write to an export: only tabs and newlines remain
        of the control characters.
    """
    if any(char in text for char in _LINE_BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    if any(char in text for char in _ESCAPE_STARTS):
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _ANY_CHANGE.sub(_changed, text)  # controls removed, spaces made plain, surrogates replaced: one scan
    return unicodedata.normalize("NFC", text)


_PARSER_MANGLED = bytes(range(32)).translate(None, b"\t\n")
"""The C0 control characters (tab and line feed aside) as UTF-8 bytes: the HTML parser turns them into
U+FFFD."""


def markup_text(text: str, encoded: bytes | None = None) -> str:
    """A page's markup made ready for the HTML parser, as cheaply as the page allows.

    Line breaks become LF and escape sequences go, as in :func:`clean_text`. When the markup holds what
    the parser would mangle (a C0 control, which it turns into U+FFFD; a lone surrogate, at which it
    stops), all of :func:`clean_text` is applied. What the parser keeps as it is (C1 controls, bidi and
    zero-width characters, odd spaces, text not in NFC) is left: every text taken from the parsed page
    goes through :func:`clean_text` or :func:`clean_line`, as the same characters written as character
    references (``&nbsp;``, ``&#x202e;``) always did.

    ``encoded`` may be ``text``'s own UTF-8 bytes (a file read as it is): the controls are then looked for
    in those bytes, which saves encoding the text again; bytes free of C0 controls (ESC among them) hold
    no lone surrogate either, and removing line breaks or 8-bit escape sequences adds none.
    """
    clean_bytes = encoded is not None and not _has_mangled(encoded)
    if any(char in text for char in _LINE_BREAK_CHARS):
        text = _LINE_BREAKS.sub("\n", text)
    if any(char in text for char in _ESCAPE_STARTS):
        text = _ESCAPE_SEQUENCE.sub("", text)
    if clean_bytes:
        return text
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return clean_text(text)
    return clean_text(text) if _has_mangled(data) else text


def _has_mangled(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds a C0 control the HTML parser would mangle (tab and line feed aside)."""
    return len(data.translate(None, _PARSER_MANGLED)) != len(data)


def _changed(match: re.Match[str]) -> str:
    char = match.group()
    if _SPACES.match(char):
        return " "
    return "\ufffd" if _SURROGATES.match(char) else ""


def clean_line(text: str) -> str:
    """Return ``text`` cleaned and folded to one line with single spaces (titles, names, headings)."""
    return " ".join(clean_text(text).split())


def is_safe(text: str) -> bool:
    """Tell whether ``text`` is free of everything :func:`clean_text` removes."""
    return clean_text(text) == text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (Python's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(match.group(0), f"\\x{code:02x}")
    return f"\\u{code:04x}"


def shown(text: object) -> str:
    """``text`` (a file name, URL, header value...) on one line with every control made visible.

    Unlike :func:`clean_line`, nothing is removed: an escape, a newline, a bidi override or an
    undecodable byte of a file name appears as ``\\x1b``, ``\\n``, ``\\u202e``, ``\\xff``, so the user
    sees that the name holds it, and the terminal never receives it.
    """
    value = str(text)
    return _UNSHOWABLE.sub(_escape, value) if _UNSHOWABLE.search(value) else value


def terminal_text(text: str) -> str:
    """``text`` safe to write to a terminal: like :func:`shown`, but newlines and tabs are kept."""
    return _MULTILINE_UNSHOWABLE.sub(_escape, text) if _MULTILINE_UNSHOWABLE.search(text) else text


def storable(text: str) -> str:
    """``text`` with the undecodable bytes of a file name (lone surrogates) written as ``\\xNN``.

    The result can be stored in SQLite, encoded as UTF-8 and printed; the same path always gives the
    same text, so a file stored under it can be found again.
    """
    return _SURROGATES.sub(_escape, text) if _SURROGATES.search(text) else text
