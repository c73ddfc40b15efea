"""English. Only wiring: the data lives in the sibling modules."""

from kutip.lang import grammar_from, language_from
from kutip.lang.en import cues, dates, grammar, numbers, people, places, portals, text

LANGUAGE = language_from(
    "en",
    "English",
    (cues, people, places, text, dates, numbers, grammar, portals),
    passive_cues=frozenset(),
    nya_suffix="",
    reference_cues=frozenset(),
    countries=places.COUNTRY_NAMES,
    capitals=places.PLACE_NAMES,
    weekday_modifiers={},
    decimal_comma=False,
    grammar=grammar_from(grammar, according_links=cues.ACCORDING_LINKS, head_final=True),
    portal={
        "outlets": portals.OUTLETS,
        "inserts": portals.INSERT_PATTERNS,
        "source_credit": portals.SOURCE_CREDIT,
        "bylines": portals.BYLINE_PATTERNS,
    },
)
