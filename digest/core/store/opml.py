"""OPML subscription lists: read the feed URLs out of one, write one from the library's feeds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from digest.core.errors import DigestError
from digest.core.sanitize import clean_line


class OpmlError(DigestError):
    """An OPML file that cannot be read."""


@dataclass(frozen=True)
class Outline:
    """One subscription: the feed URL and its title when the file gives one."""

    url: str
    title: str | None = None


def parse_opml(data: bytes, source: str) -> list[Outline]:
    """The feed subscriptions (``outline`` elements with an ``xmlUrl``) in an OPML document, in order."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise OpmlError(f"{source}: not a valid OPML file ({error})") from None
    if root is None or etree.QName(root).localname.lower() != "opml":
        raise OpmlError(f"{source}: not an OPML file (no <opml> root element)")
    outlines: list[Outline] = []
    seen: set[str] = set()
    for element in root.iter("{*}outline"):
        url = (element.get("xmlUrl") or element.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        title = clean_line(element.get("title") or element.get("text") or "") or None
        outlines.append(Outline(url, title))
    return outlines


def write_opml(outlines: list[Outline], title: str = "digest subscriptions") -> str:
    """An OPML 2.0 document listing the given feeds."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{_escape(title)}</title></head>",
        "  <body>",
    ]
    for outline in outlines:
        name = _attribute(outline.title or outline.url)
        lines.append(f'    <outline type="rss" text={name} title={name} xmlUrl={_attribute(outline.url)}/>')
    lines += ["  </body>", "</opml>", ""]
    document = _NOT_XML.sub("", "\n".join(lines))
    return _AS_REFERENCE.sub(lambda match: f"&#x{ord(match.group(0)):x};", document)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""Characters XML 1.0 does not allow at all."""
_AS_REFERENCE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]")
"""Characters written as references, so the file holds them exactly but shows none on a terminal."""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ATTRIBUTE_REFERENCES = str.maketrans({'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})
"""Characters an XML parser would change inside a double-quoted attribute (line ends and tabs become spaces)."""


def _attribute(text: str) -> str:
    """``text`` as a double-quoted XML attribute value that reads back exactly (``xml.sax.saxutils.quoteattr``
    does the same, but importing it imports ``urllib.request`` and the whole network stack)."""
    return f'"{_escape(text).translate(_ATTRIBUTE_REFERENCES)}"'
