"""The figures a statement gives for its claim, and where a claim's figures conflict.

The article's quantities already carry one unit name per meaning across languages (``lang/*/numbers.py``:
"3.000 tentara" and "3,000 troops" are both 3000 troops). Here the nouns that count people of one kind
(students, children, victims ...) count people, as a fact-checker compares them: "5.080 siswa" and "5,360
children" are two answers to one question.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

# count nouns that answer "how many people?"; troops keep their own unit, as reports of forces do
PEOPLE = frozenset(
    "people students children victims patients residents workers pupils kids refugees voters passengers "
    "casualties dead injured deaths".split()
)
# units that are not what a claim counts: a year, an age, a clock time never reach here (the quantity
# finder sets them aside); money and percentages are figures like any other
IGNORED = frozenset({"times"})


@dataclass(frozen=True)
class Figure:
    value: float
    upper: float | None
    unit: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "upper": self.upper, "unit": self.unit, "start": self.start,
                "end": self.end, "text": self.text}  # fmt: skip


def unit_of(unit: str | None) -> str | None:
    """The unit a claim compares: people for every count of people, else the quantity's own."""
    if not unit or unit in IGNORED:
        return None
    return "people" if unit in PEOPLE else unit


def figures_in(quantities: list[dict[str, Any]], start: int, end: int) -> list[Figure]:
    """The figures with a unit inside ``[start, end)`` of the article, in text order."""
    found = []
    for q in quantities:
        unit = unit_of(q.get("unit"))
        if unit and q["start"] >= start and q["end"] <= end:
            found.append(Figure(float(q["value"]), q.get("upper"), unit, q["start"], q["end"], q["text"]))
    return sorted(found, key=lambda f: f.start)


def claim_unit(per_statement: list[list[dict[str, Any]]]) -> str | None:
    """The unit most of a claim's statements give figures in (a statement counts once per unit; ties go to
    the first unit in the alphabet, so the choice does not depend on order)."""
    counts: Counter[str] = Counter(unit for figures in per_statement for unit in {f["unit"] for f in figures})
    if not counts:
        return None
    return min(counts, key=lambda u: (-counts[u], u))


def conflicting(figures: list[dict[str, Any]], unit: str | None) -> bool:
    """Do the figures give two or more different values (a range is its two ends) in ``unit``?"""
    return unit is not None and len({(f["value"], f.get("upper")) for f in figures if f["unit"] == unit}) >= 2
