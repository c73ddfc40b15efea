"""Indonesian (also used for Malay). Only wiring: the data lives in the sibling modules."""

import json
from pathlib import Path

from kutip.lang import Grammar, Language
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


LANGUAGE = Language(
    code="id",
    name="Indonesian",
    trailer_cues=_trailer_cues(),
    passive_cues=frozenset(cues.PASSIVE_CUES),
    trailer_lead_ins=cues.TRAILER_LEAD_INS,
    reporting_verbs=cues.REPORTING_VERBS,
    according_to=cues.ACCORDING_TO,
    complementizers=cues.COMPLEMENTIZERS,
    anaphoric_objects=cues.ANAPHORIC_OBJECTS,
    clause_markers=cues.CLAUSE_MARKERS,
    object_only_acts=cues.OBJECT_ONLY_ACTS,
    object_verbs=cues.OBJECT_VERBS,
    pronouns=people.PRONOUNS,
    nya_suffix="nya",
    reference_cues=_reference_cues(),
    titles=people.TITLES,
    honorifics=people.HONORIFICS,
    role_heads=people.ROLE_HEADS,
    generic_persons=people.GENERIC_PERSONS,
    unnamed_heads=people.UNNAMED_HEADS,
    org_heads=people.ORG_HEADS,
    countries=places.COUNTRY_NAMES,
    place_heads=places.PLACE_HEADS,
    name_particles=people.NAME_PARTICLES,
    speaker_stops=people.SPEAKER_STOPS,
    subject_skips=people.SUBJECT_SKIPS,
    clause_openers=people.CLAUSE_OPENERS,
    negations=people.NEGATIONS,
    abbreviations=text.ABBREVIATIONS,
    stop_words=text.STOP_WORDS,
    terms=text.TERMS,
    months=dates.MONTHS,
    weekdays=dates.WEEKDAYS,
    relative_days=dates.RELATIVE_DAYS,
    relative_months=dates.RELATIVE_MONTHS,
    weekday_modifiers={
        **dict.fromkeys(dates.WEEKDAY_PAST, -1),
        **dict.fromkeys(dates.WEEKDAY_NEXT, 1),
        **dict.fromkeys(dates.WEEKDAY_THIS, 0),
    },
    number_words=numbers.NUMBER_WORDS,
    scales=numbers.SCALES,
    currencies=numbers.CURRENCIES,
    units=numbers.UNITS,
    decimal_comma=True,
    percent_words=numbers.PERCENT_WORDS,
    grammar=Grammar(
        relatives=grammar.RELATIVES,
        links=grammar.LINKS,
        conjunctions=grammar.CONJUNCTIONS,
        apposition_joins=grammar.APPOSITION_JOINS,
        correlatives=grammar.CORRELATIVES,
        leading_drops=grammar.LEADING_DROPS,
        clause_starts=grammar.CLAUSE_STARTS,
        demonstratives=grammar.DEMONSTRATIVES,
        plurals=grammar.PLURALS,
        prepositions=grammar.PREPOSITIONS,
        list_words=grammar.LIST_WORDS,
        place_words=grammar.PLACE_WORDS,
        function_words=grammar.FUNCTION_WORDS,
        role_fillers=grammar.ROLE_FILLERS,
        object_markers=grammar.OBJECT_MARKERS,
        verb_prefixes=grammar.VERB_PREFIXES,
        verb_like_starts=grammar.VERB_LIKE_STARTS,
        noun_circumfixes=grammar.NOUN_CIRCUMFIXES,
        particle_suffixes=grammar.PARTICLE_SUFFIXES,
        government_words=grammar.GOVERNMENT_WORDS,
        agent_markers=grammar.AGENT_MARKERS,
    ),
    portal={
        "outlets": portals.OUTLETS,
        "inserts": portals.INSERT_PATTERNS,
        "source_credit": portals.SOURCE_CREDIT,
        "bylines": portals.BYLINE_PATTERNS,
    },
    lexicon={w: tuple(c) for w, c in _TRAINED["words"].items()},
    predicates=frozenset(_TRAINED["predicates"]),
)
