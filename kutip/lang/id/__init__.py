"""Indonesian (also used for Malay). Only wiring: the data lives in the sibling modules."""

import json
from pathlib import Path

from kutip.lang import grammar_from, language_from
from kutip.lang.id import cues, dates, grammar, numbers, people, places, portals, text


def _trailer_cues() -> dict[str, str]:
    forms: dict[str, str] = {}
    for root, act in cues.TRAILER_ROOTS.items():
        if root not in cues.TRAILER_NYA_ONLY:
            forms[root] = act
        forms[root + "nya"] = act
    return {**forms, **cues.PASSIVE_CUES}


def _reference_cues() -> frozenset[str]:
    return frozenset(root + "nya" for root in cues.TRAILER_ROOTS) | {"menurutnya"}


_TRAINED = json.loads((Path(__file__).with_name("lexicon.json")).read_text(encoding="utf-8"))


LANGUAGE = language_from(
    "id",
    "Indonesian",
    (cues, people, places, text, dates, numbers, grammar, portals),
    trailer_cues=_trailer_cues(),
    passive_cues=frozenset(cues.PASSIVE_CUES),
    nya_suffix="nya",
    reference_cues=_reference_cues(),
    countries=places.COUNTRY_NAMES,
    capitals=places.CAPITALS,
    weekday_modifiers={
        **dict.fromkeys(dates.WEEKDAY_PAST, -1),
        **dict.fromkeys(dates.WEEKDAY_NEXT, 1),
        **dict.fromkeys(dates.WEEKDAY_THIS, 0),
    },
    decimal_comma=True,
    grammar=grammar_from(grammar),
    portal={
        "outlets": portals.OUTLETS,
        "inserts": portals.INSERT_PATTERNS,
        "source_credit": portals.SOURCE_CREDIT,
        "bylines": portals.BYLINE_PATTERNS,
    },
    lexicon={w: tuple(c) for w, c in _TRAINED["words"].items()},
    predicates=frozenset(_TRAINED["predicates"]),
)
