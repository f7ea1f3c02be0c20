"""Nouns news writes for a person of a country ('the Swede' for 'Sweden's Stig Vallqvist' or 'the Swedish golfer
Stig Vallqvist'): a country's name, or an adjective of a nationality, and the nouns that go with it. Closed lists of
the forms common in English news and sport."""

from __future__ import annotations

from digest.core.lexicon import word_set

NATIONALITIES = word_set(
    """scot scotsman scotswoman briton welshman welshwoman englishman englishwoman irishman irishwoman frenchman
    frenchwoman dutchman dutchwoman spaniard swede dane finn norwegian canadian american italian german russian
    brazilian argentine argentinian kenyan nigerian ghanaian jamaican ethiopian belgian austrian pole croat serb
    czech slovak slovenian hungarian romanian bulgarian greek turk ukrainian georgian estonian latvian lithuanian
    icelander australian aussie kiwi zealander fijian samoan tongan zimbabwean zambian ugandan tanzanian
    cameroonian moroccan algerian tunisian egyptian iranian iraqi pakistani indian bangladeshi lankan afghan
    korean filipino indonesian malaysian israeli mexican colombian chilean peruvian uruguayan venezuelan cuban
    ulsterman yorkshireman yorkshirewoman cornishman londoner dubliner glaswegian mancunian geordie scouser
    texan yorker"""
)
"""Nouns of a nationality or a home region that news writes for a person just named ('the Dane', 'the
Cornishman', 'the Northern Irishman': the last word is read); a closed list of common ones, never a job. Words
ending in '-ese' or '-ish' are left out: 'the Chinese', 'the Irish' are a people."""
_COUNTRY_NOUNS = {
    "scotland": "scot scotsman scotswoman",
    "wales": "welshman welshwoman",
    "england": "englishman englishwoman",
    "ireland": "irishman irishwoman",
    "france": "frenchman frenchwoman",
    "netherlands": "dutchman dutchwoman",
    "holland": "dutchman dutchwoman",
    "spain": "spaniard",
    "sweden": "swede",
    "denmark": "dane",
    "finland": "finn",
    "norway": "norwegian",
    "canada": "canadian",
    "america": "american",
    "italy": "italian",
    "germany": "german",
    "russia": "russian",
    "brazil": "brazilian",
    "argentina": "argentine argentinian",
    "kenya": "kenyan",
    "nigeria": "nigerian",
    "ghana": "ghanaian",
    "jamaica": "jamaican",
    "ethiopia": "ethiopian",
    "belgium": "belgian",
    "austria": "austrian",
    "poland": "pole",
    "croatia": "croat",
    "serbia": "serb",
    "hungary": "hungarian",
    "romania": "romanian",
    "greece": "greek",
    "turkey": "turk",
    "ukraine": "ukrainian",
    "iceland": "icelander",
    "australia": "australian aussie",
    "zealand": "kiwi zealander",
    "fiji": "fijian",
    "samoa": "samoan",
    "zimbabwe": "zimbabwean",
    "zambia": "zambian",
    "uganda": "ugandan",
    "tanzania": "tanzanian",
    "egypt": "egyptian",
    "morocco": "moroccan",
    "pakistan": "pakistani",
    "india": "indian",
    "bangladesh": "bangladeshi",
    "lanka": "lankan",
    "korea": "korean",
    "philippines": "filipino",
    "indonesia": "indonesian",
    "malaysia": "malaysian",
    "israel": "israeli",
    "mexico": "mexican",
    "colombia": "colombian",
    "chile": "chilean",
    "peru": "peruvian",
    "uruguay": "uruguayan",
    "venezuela": "venezuelan",
    "cuba": "cuban",
}
"""Country -> nouns for one of its people, as written (split into :data:`COUNTRY_NOUNS`)."""
COUNTRY_NOUNS: dict[str, frozenset[str]] = {country: word_set(nouns) for country, nouns in _COUNTRY_NOUNS.items()}
"""A country's name (its last word, lower case) and the nouns news writes for one of its people: 'Sweden's Stig
Vallqvist' is 'the Swede', 'South Africa's' is not here (no one noun), 'New Zealand's' is 'the Kiwi'."""

_ADJECTIVE_NOUNS = {
    "swedish": "swede",
    "danish": "dane",
    "finnish": "finn",
    "polish": "pole",
    "spanish": "spaniard",
    "turkish": "turk",
    "scottish": "scot scotsman scotswoman",
    "british": "briton",
    "english": "englishman englishwoman",
    "irish": "irishman irishwoman",
    "welsh": "welshman welshwoman",
    "french": "frenchman frenchwoman",
    "dutch": "dutchman dutchwoman",
}
"""Adjective -> nouns for a person, as written (split into :data:`ADJECTIVE_NOUNS`)."""
ADJECTIVE_NOUNS: dict[str, frozenset[str]] = {word: word_set(nouns) for word, nouns in _ADJECTIVE_NOUNS.items()}
"""Adjectives of a nationality whose noun for a person is another word: 'the Swedish golfer Stig Vallqvist' is 'the
Swede' (the other adjectives, 'American', 'Kenyan', are their nouns too)."""


def nationality_nouns(word: str) -> frozenset[str]:
    """The nouns for a person that a word written before a name gives: a country's possessive ('Sweden's' ->
    'swede'), an adjective of a nationality ('Dutch' -> 'dutchman', 'dutchwoman'); nothing for another word."""
    low = word.lower().strip(".,")
    if low.endswith(("'s", "’s")):
        return COUNTRY_NOUNS.get(low[:-2], frozenset())
    return ADJECTIVE_NOUNS.get(low, frozenset())


NOUN_ONLY_NATIONALITIES = frozenset().union(*ADJECTIVE_NOUNS.values()) | word_set("croat serb kiwi aussie")
"""Nouns of a nationality that are no adjective too ('the Pole NAME', 'Swede NAME'; 'American' is both): the nouns
of the adjectives above and a few more."""
