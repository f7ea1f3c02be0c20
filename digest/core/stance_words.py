"""Verbs of stance: judging, praising, urging or publishing, whose quoted object or complement is the subject's own
words. Split off :mod:`digest.core.lexicon`, which re-exports them."""

from __future__ import annotations

_STANCE_STEMS = """
accused accuses|calls|blasted blasts|slams|decried decries|derided derides|mocked mocks|ridiculed ridicules
dismissed dismisses|chided chides|scolded scolds|rebuked rebukes|touted touts|hails|praises|thanked|credited
credits|referred|labels|dubs|brands|characterizes|characterises|blames|echoed echoes|pondered ponders
lambasted lambastes|attacked attacks|criticizes|criticises|condemns|denounces|questioned|challenged challenges
defended defends|issued|released releases|posted|listed lists|promises|vows|pledges|urges|demands|expresses|talked talks
lauded lauds|applauded applauds|commended commends|urged|exhorted exhorts|implored implores|referenced
encouraged encourages|appealed appeals|bemoaned bemoans|voiced
"""

STANCE_VERBS: frozenset[str] = frozenset(w for group in _STANCE_STEMS.split("|") for w in group.split())
"""Verbs of judging, praising, lamenting, voicing or publishing whose quoted object or complement is the
subject's own words ('X blasted the plan as "a disaster"', 'X thanked them for "standing up"', 'X bemoaned the
"A"', 'X released a statement calling it "a disgrace"'); read only for a quoted fragment, never as a cue for a
clause. Past tense and third person only: their bare and -ing forms are nouns as often ('an attack', 'talking
points'); 'voices' is a plural noun as often, so only 'voiced'."""
