"""Grouping statements into claims: how alike two statements are, and the clusters they form.

Raw sentence similarity does not separate propositions (two sentences of one story score alike whatever
they assert), so the score adds what Kutip knows besides the vectors: the entities, acronyms, figures and
concepts both name (rare ones count more), what their headlines name, whether they come from one article.
Two statements in different languages share few such keys, so their vector similarity alone is scaled to
the same range.

Claims are average-linkage clusters of the graph whose edges join statements that score at least ``edge``
(a missing edge counts 0), cut at ``threshold``. ``clusters`` merges from given groups, so the builder can
cluster one article's statements with the claims they reach (``build._region``) instead of the whole graph.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

CAP = 1000  # key counts are read up to this: enough to tell a rare key from a common one


@dataclass(frozen=True)
class Weights:
    embed: float = 1.0
    keys: float = 0.25
    context: float = 0.0  # what headlines name: measured no help on claims_dev, kept for other corpora
    same_article: float = 0.1
    across_languages: float = 2.0  # a pair of two languages: vector similarity times this, keys as they are
    threshold: float = 0.15  # average score at which two clusters are one claim
    edge: float = 0.1  # scores below this are not kept: they count as 0 in an average
    same_words: float = 0.97  # cosine at which two statements of one speaker are one remark reworded


DEFAULT = Weights()


@dataclass(frozen=True)
class Profile:
    """What a statement is compared by: its centred vector, its keys with their weight, where it is from."""

    quote_id: int
    article_id: int
    lang: str
    speaker_id: int | None
    vector: np.ndarray
    keys: dict[str, float]
    context: dict[str, float]


def rarity(count: int) -> float:
    """The weight of a key that ``count`` statements named before: rare keys say most."""
    return math.log(1.0 + CAP / (1.0 + count))


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted cosine of two key sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = sum(a[k] for k in a.keys() & b.keys())
    return shared / math.sqrt(sum(a.values()) * sum(b.values()))


def similarity(new: Profile, old: Profile, w: Weights = DEFAULT) -> float:
    cosine = float(new.vector @ old.vector)
    keys = w.keys * overlap(new.keys, old.keys)
    if new.lang != old.lang:
        return w.across_languages * w.embed * cosine + keys
    score = w.embed * cosine + keys + w.context * overlap(new.context, old.context)
    if new.article_id == old.article_id:
        score += w.same_article
    return score


def clusters(
    groups: Iterable[Iterable[int]], edges: Iterable[tuple[int, int, float]], threshold: float
) -> list[list[int]]:
    """Average-linkage clusters of a sparse graph (a missing edge scores 0), starting from ``groups`` (the
    claims already made, and each new statement alone) and merged while the best average is at least
    ``threshold``; ties go to the lowest ids, so the result depends on the groups and edges alone."""
    members = {min(g): sorted(g) for g in (list(g) for g in groups) if g}
    size = {k: len(m) for k, m in members.items()}
    owner = {n: k for k, m in members.items() for n in m}
    between: dict[int, dict[int, float]] = {k: {} for k in members}
    for a, b, score in edges:
        x, y = owner.get(a), owner.get(b)
        if x is not None and y is not None and x != y:
            between[x][y] = between[x].get(y, 0.0) + score
            between[y][x] = between[y].get(x, 0.0) + score
    heap = [(-s / (size[a] * size[b]), a, b) for a in between for b, s in between[a].items() if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue
        current = between[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + negative) > 1e-12:
            continue  # a stale entry: the pair's average moved since it was pushed
        if current < threshold:
            break
        _merge(a, b, size, members, between, heap)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _merge(a: int, b: int, size, members, between, heap) -> None:  # type: ignore[no-untyped-def]
    """Fold cluster ``b`` into ``a`` (the lower id survives) and push the changed averages."""
    keep, gone = min(a, b), max(a, b)
    for other, score in between.pop(gone).items():
        if other == keep:
            continue
        between[other].pop(gone, None)
        between[keep][other] = between[keep].get(other, 0.0) + score
        between[other][keep] = between[keep][other]
    between[keep].pop(gone, None)
    size[keep] += size.pop(gone)
    members[keep] += members.pop(gone)
    for other, score in between[keep].items():
        x, y = min(keep, other), max(keep, other)
        heapq.heappush(heap, (-score / (size[keep] * size[other]), x, y))
