"""Text rules for page furniture, shared by the HTML and plain-text parsers.

A *block* (a paragraph, a list item, a line of plain text) is furniture when its whole text is a known
furniture phrase: a caption or credit label ("Image copyright", "Credit ..."), a promo or teaser line
("Read more", "Also read ...", "Continue reading the main story", "Follow us on Twitter", "Sign up ...", "Do you
have a story? Email us ...", an embedded post's "Skip twitter post" / "End of twitter post"), a byline or a
lone timestamp ("By Jane Doe", "Nov. 20, 2019 5:52 AM EST"), a contributor credit ("... contributed to
this report", "(Additional reporting by ...)"), a contact line ("... may be reached at ..."), an agency
name alone, an embed id (long numbers and UUIDs), or an unrendered CMS shortcode
(``[button ...]...[/button]``). Patterns are anchored on the whole block and bounded in length, so
ordinary sentences that merely contain such words are kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
EMBED_ID = re.compile(rf"^\W*(?:\d{{6,}}|{_UUID})(?:\s+(?:\d{{6,}}|{_UUID}))*\W*$")
"""A block that is nothing but a player's or CMS's ids (long numbers, UUIDs)."""

_BOILERPLATE_TEXT = re.compile(
    r"""^(?:
        advertisement|advertising|advert|sponsored(?:\scontent)?|ad|photo|photos|image|video|audio|graphic|map
      | media\splayback\sis\sunsupported.*|media\scaption.*|image\s(?:copyright|caption).*|caption:?\s[^.!?]{0,200}
      | (?:photo\s|image\s)?credits?:?\s[^.!?]{0,100}|copyright\b[^!?]{0,100}|\u00a9.*|all\srights\sreserved.*
      | getty\simages|(?:photo|image|video|map|graphic):\s[^.!?]{0,100}
      | continue\sreading.*|read\s(?:more|next|the\sfull\s\w+|also)\b.{0,150}|also\sread:?\s+(?-i:[A-Z]).{0,150}|more:?
      | see\salso\b.{0,150}
      | (?:do\syou\shave|have\syou\sgot|got)\sa\s(?:story|news\stip|tip)\b[^.!?]{0,60}\?\s
        (?:email|e-mail|call|contact|get\sin\stouch|send|message|whatsapp|tell\sus|let\sus\sknow).{0,200}
      | (?:skip|end\sof)\s(?:twitter|x|facebook|instagram|tiktok|youtube|bluesky|threads)
        \s(?:post|content|video)\b.{0,100}
      | related(?:\s\w+){0,2}:?|related:.{0,150}|more\s(?:on|from|about)\s.{0,60}|you\smay\s(?:also\s)?like.*
      | recommended(?:\sfor\syou|\sstories|\sreading)?:?|most\s(?:read|popular|viewed)\b.{0,60}
      | share\s(?:this|on|via)\b.{0,60}|share|tweet|email|print|comments?|\d+\scomments?
      | follow\s(?:us|him|her|them|@|[A-Z]{2,}\b|.{0,40}\s(?:on|at)\s(?:twitter|facebook|instagram)).{0,200}
      | (?:sign\sup|subscribe|log\sin|sign\sin)\b.{0,120}|click\shere\b.{0,120}|tap\shere\b.{0,120}
      | (?:watch|listen)(?:\s(?:live|now|here|again|the\svideo|video))?:.{0,120}
      | (?:watch|listen)\s(?:live|now|here)\b.{0,120}
      | view\s(?:graphic|gallery|slideshow)\b.{0,80}|full\sscreen|autoplay|skip\sad\b.{0,40}
      | \(?(?:additional\s)?(?:reporting|writing|editing)\sby\b.{0,300}
      | contributing:.{0,150}|source:.{0,60}|this\s(?:article|story)\s(?:has\sbeen|was)\s.{0,40}
        (?:adapted|republished|updated|originally)\b.{0,100}
      | we(?:'|\u2019)re\sinterested\sin\syour\sfeedback.*|supported\sby|loading(?:\s\w+){0,3}(?:\.\.\.|\u2026)?|[\W_]*
    )$""",
    re.I | re.X | re.S,
)
_CREDIT_SENTENCE = re.compile(
    r"^(?:.{0,200}\bcontributed\sto\sthis\sreport\.?|.{0,80}\b(?:may|can)\sbe\s(?:reached|contacted|emailed)\sat\b.{0,300})$",
    re.I | re.S,
)
"""A contributor credit or a contact line: the furniture phrases that need not start the block."""
_CREDIT_CUES = ("report", " be reached", " be contacted", " be ema")
"""Words :data:`_CREDIT_SENTENCE` needs (in lower case; none holds an i, s or k, the letters that
``re.I`` also matches to non-ASCII letters): looking for them first is far cheaper than matching the
pattern against every paragraph of prose."""
_CREDIT_LINE = re.compile(r"^\(?(?:additional\s)?(?:reporting|writing|editing)\sby\b[^.!?]*\)?$", re.I)
_BYLINE = re.compile(
    r"^(?i:by|posted\sby|written\sby|words\sby|story\sby)\s+[A-Z][^.!?]{0,120}$|"
    r"^(?i:published|updated|posted|last\supdated)\b.{0,60}$|"
    r"^(?i:(?:this\s)?(?:article|story|post|entry)\s(?:was\s)?(?:published|updated|posted|last\supdated))\b(?=.*\d).{0,60}$",
    re.X,
)
"""A byline or a publication line: "By Ann Lee", "Updated 5 June", "Article posted on 14. 03. 2019"."""
_DATE_ONLY = re.compile(
    r"^(?:\w+,?\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}"
    r"(?:\W+\d{1,2}[:.]\d{2}\s?(?:am|pm)?(?:\s[A-Z]{2,4})?)?\W*$|^\d{1,2}\s\w+\s\d{4}$|^\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}$",
    re.I,
)
_AGENCY_ONLY = re.compile(
    r"^(?:the\s)?(?:associated\spress|reuters|afp|agence\sfrance-presse|ap|upi|dpa|efe|xinhua|cnn|bbc(?:\snews)?|"
    r"usa\stoday|cbs\snews|nbc\snews|abc\snews|fox\snews|news\sagencies|staff|staff\swriter|wire\sreports?)$",
    re.I,
)
BOILERPLATE_HEADING = re.compile(
    r"""^(?:more|read\smore|related|related\s\w+(?:\s\w+)?|see\salso|more\s(?:on|from|about)\b.*|you\smay\salso\slike
      |most\s(?:read|popular|viewed|shared)|trending(?:\snow)?|top\sstories|latest(?:\snews)?|topics|tags
      |share(?:\sthis)?.*|follow\s.*|sign\sup.*|subscribe.*|newsletter.*|comments?|advertisement
      |(?:people|places|organi[sz]ations)\sin\s(?:this|the)\sstory|what(?:'|\u2019)s\snext|editor(?:'|\u2019)s\spicks?
      |recommended.*|don(?:'|\u2019)t\smiss.*|watch.*|videos?|photos?|galler(?:y|ies).*)\W*$""",
    re.I | re.X,
)
"""Headings that title page furniture ("Related", "More:", "Trending") rather than a part of the article."""


_SHORTCODE = re.compile(r"^\[([a-z][\w-]*)(?:\s[^\]]*)?\].{0,300}\[/\1\]$", re.I | re.S)
"""A CMS shortcode left unrendered (``[button link="..."]Send us your review[/button]``): markup, not text."""


def _has_credit_cue(text: str) -> bool:
    lower = text.lower()
    return "report" in lower or (" be " in lower and any(cue in lower for cue in _CREDIT_CUES))


def is_boilerplate_text(text: str, *, folded: bool = False) -> bool:
    """Tell whether a whole block's text is page furniture (a caption label, a byline, a promo line ...).

    ``folded=True`` says the text is already folded to single spaces (``" ".join(text.split())``).
    """
    folded_text = text if folded else " ".join(text.split())
    if len(folded_text) > 300:  # long texts are answered at once and never remembered (the memory holds short ones)
        return len(folded_text) < 1500 and bool(_CREDIT_LINE.match(folded_text))
    return _is_short_boilerplate(folded_text)


@lru_cache(maxsize=4096)
def _is_short_boilerplate(text: str) -> bool:
    """:func:`is_boilerplate_text` of a folded text of at most 300 characters, remembered for the last texts (at
    most about 1.2 MB): a page's blocks are judged while the prose is scored, again while furniture is dropped
    and once more as paragraphs after the conversion, and short furniture lines recur from page to page."""
    if not text:
        return True
    return bool(
        _BOILERPLATE_TEXT.match(text)
        or (_has_credit_cue(text) and _CREDIT_SENTENCE.match(text))
        or EMBED_ID.match(text)
        or _BYLINE.match(text)
        or _DATE_ONLY.match(text)
        or _AGENCY_ONLY.match(text)
        or (text.startswith("[") and _SHORTCODE.match(text))
    )
