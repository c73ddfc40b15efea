"""Building the claim map: the stored quotes not yet placed go into claims, a window at a time.

For each window of whole articles: read the new quotes and their articles, embed the statements whose words
have no vector yet (outside the writers' lock: the encoder is the slow part), then, under the lock, article
by article in the order they were stored, write each statement with its edges to the earlier statements it
is alike to (``_place``), cluster the article's statements with the claims they reach (``_recluster``), and
at the end of the window bring the claims that changed up to date (counts, stances, figures, label).

Each article's step depends only on the claims before it and the article itself, so placing new articles
into a store gives the claims a rebuild from scratch gives. ``claims_through`` in the store's meta is the
last quote placed: a build interrupted half-way goes on where it stopped, and ``kutip ingest --claims``
places the quotes no build has placed yet (the new ones, and any an ingest without ``--claims`` left).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from kutip.claims import encoder as enc
from kutip.claims.figures import claim_unit, conflicting
from kutip.claims.group import CAP, DEFAULT, Profile, Weights, clusters, rarity, similarity
from kutip.claims.stance import claim_polarity, stance
from kutip.claims.statement import Statement, statement_of
from kutip.store import claim_store as cs
from kutip.store.connection import get_meta, set_meta

WINDOW = 256  # quotes read, embedded and placed together
REGION = 200  # statements clustered again from scratch when an article joins their claims
CANDIDATES = 80  # neighbours compared with a new statement, those sharing most keys first
LABEL_CHARS = 400


@dataclass
class ClaimsTally:
    quotes: int = 0
    statements: int = 0
    claims: int = 0  # claims of two or more articles in the store after the build
    encoded: int = 0
    reused: int = 0
    seconds: float = 0.0
    encoder_seconds: float = 0.0

    def line(self) -> str:
        rate = self.statements / self.seconds if self.seconds else 0.0
        share = 100 * self.encoder_seconds / self.seconds if self.seconds else 0.0
        return (
            f"{self.quotes} quotes read, {self.statements} statements placed; {self.claims} claims of two or "
            f"more articles; {self.encoded} embedded, {self.reused} reused ({rate:.0f} statements/s, encoder "
            f"{share:.0f}% of the time)"
        )


def encoder_id() -> str:
    """The encoder and the language centres its stored vectors were made with."""
    centres = {lang: enc.center(lang) for lang in ("id", "en", "ms")}
    digest = hashlib.sha1(b"".join(c.tobytes() for c in centres.values() if c is not None)).hexdigest()[:12]
    return f"{enc.NAME} / {digest}"


def keep_vectors(conn: Any, vectors: dict[str, bytes]) -> int | None:
    """Keep statement vectors embedded elsewhere (a cluster's workers, Parquet shards) for the build to reuse
    rather than embed again: how many were new; None, keeping none, when the store's claims are made with
    another encoder (``_start`` would throw them away)."""
    made_with = get_meta(conn, "claims_encoder")
    if made_with is None:
        set_meta(conn, "claims_encoder", encoder_id())
    elif made_with != encoder_id():
        return None
    known = cs.stored_vectors(conn, list(vectors))
    new = {k: v for k, v in vectors.items() if k not in known}
    if new:
        cs.add_vectors(conn, new)
    return len(new)


def build_claims(
    store: Any,
    *,
    rebuild: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    encoder: enc.Encoder | None = None,
    weights: Weights = DEFAULT,
) -> ClaimsTally:
    """Place every quote not yet in the claim map (all of them with ``rebuild``); see the module docstring.
    ``on_progress(done, total)`` is called after each window with quotes read so far and to read."""
    tally = ClaimsTally()
    t0 = time.perf_counter()
    encoder = encoder or enc.Encoder()
    conn = store.conn
    _start(store, rebuild)
    through = int(get_meta(conn, "claims_through") or 0)
    total = cs.pending_count(conn, through)
    while quotes := _window(conn, through):
        articles = cs.articles_of(conn, {q[1] for q in quotes})
        found = [statement_of(q, articles[q[1]]) for q in quotes]
        statements = [s for s in found if s is not None]
        vectors, fresh = _vectors(conn, statements, encoder, tally)
        with store.transaction():
            known = cs.stored_vectors(conn, fresh)  # another build may have stored some meanwhile
            cs.add_vectors(conn, {k: v for k, v in fresh.items() if k not in known})
            now = int(get_meta(conn, "claims_through") or 0)
            if now != through:  # another build placed them meanwhile
                through = now
                continue
            _place_window(conn, statements, vectors, weights, tally)
            through = quotes[-1][0]
            set_meta(conn, "claims_through", str(through))
        tally.quotes += len(quotes)
        tally.statements += len(statements)
        if on_progress:
            on_progress(tally.quotes, total)
    if get_meta(conn, "claims_through") is None:  # nothing to place, but the claims are built
        with store.transaction():
            set_meta(conn, "claims_through", str(through))
    tally.claims = cs.claim_count(conn, min_articles=2)
    tally.seconds = time.perf_counter() - t0
    return tally


def _start(store: Any, rebuild: bool) -> None:
    """Forget the claims for a rebuild, and the vectors too when they were made by another encoder."""
    conn = store.conn
    with store.transaction():
        if get_meta(conn, "claims_encoder") != encoder_id():
            cs.clear(conn)
            cs.clear_vectors(conn)
            set_meta(conn, "claims_encoder", encoder_id())
        elif rebuild:
            cs.clear(conn)


def _window(conn: Any, through: int) -> list[Any]:
    """The next ``WINDOW`` quotes after ``through``, and the rest of the article the last one is in: a window
    holds whole articles, each placed and clustered as one."""
    quotes = cs.pending_quotes(conn, through, WINDOW)
    if len(quotes) == WINDOW:
        quotes += cs.rest_of_article(conn, quotes[-1][1], quotes[-1][0])
    return quotes


def _place_window(
    conn: Any,
    statements: list[Statement],
    vectors: dict[str, np.ndarray],
    weights: Weights,
    tally: ClaimsTally,
) -> None:
    """Place a window's statements article by article, then bring the claims that changed up to date."""
    changed: set[int] = set()
    for article in _by_article(statements):
        for s in article:
            _place(conn, s, vectors[s.text_key], weights, tally)
        changed |= _recluster(conn, [s.quote_id for s in article], weights)
    _summarise(conn, sorted(changed))


def _by_article(statements: list[Statement]) -> list[list[Statement]]:
    """The statements of each article, in the order they were stored."""
    groups: dict[int, list[Statement]] = {}
    for s in statements:
        groups.setdefault(s.article_id, []).append(s)
    return list(groups.values())


def _vectors(
    conn: Any, statements: list[Statement], encoder: enc.Encoder, tally: ClaimsTally
) -> tuple[dict[str, np.ndarray], dict[str, bytes]]:
    """key -> centred vector of every statement, embedding only words never embedded before; and the new
    vectors, to be stored with the window's statements."""
    stored = cs.stored_vectors(conn, [s.text_key for s in statements])
    todo: dict[str, Statement] = {}
    for s in statements:
        if s.text_key not in stored and s.text_key not in todo:
            todo[s.text_key] = s
    tally.reused += len(statements) - len(todo)
    out = {k: enc.from_bytes(v) for k, v in stored.items()}
    if todo:
        t0 = time.perf_counter()
        out.update(enc.encode_centred(list(todo.values()), encoder))
        tally.encoder_seconds += time.perf_counter() - t0
        tally.encoded += len(todo)
    return out, {k: enc.to_bytes(out[k]) for k in todo}


def _weights(conn: Any, keys: list[str]) -> dict[str, float]:
    counts = cs.key_counts(conn, keys, cap=CAP)
    return {k: rarity(counts[k]) for k in keys}


def _profile(n: cs.Neighbour) -> Profile:
    return Profile(n.quote_id, n.article_id, n.lang, n.speaker_id, enc.from_bytes(n.embedding),
                   n.keys.get("keys", {}), n.keys.get("context", {}))  # fmt: skip


def _candidates(conn: Any, s: Statement) -> list[int]:
    """The statements a new one is compared with: those of its article, and those sharing most keys."""
    shared: dict[int, int] = {}
    for key in [*s.keys, *s.context, s.words_key]:
        for quote_id in cs.key_postings(conn, key):
            shared[quote_id] = shared.get(quote_id, 0) + 1
    ranked = sorted(shared, key=lambda q: (-shared[q], -q))[:CANDIDATES]
    return sorted(set(ranked) | set(cs.article_statements(conn, s.article_id)))


def _place(conn: Any, s: Statement, vector: np.ndarray, weights: Weights, tally: ClaimsTally) -> None:
    """Write ``s`` as a claim of its own, with edges to the earlier statements alike enough to share one;
    ``_recluster`` then decides which claim it is in."""
    keys, context = _weights(conn, s.keys), _weights(conn, s.context)
    new = Profile(s.quote_id, s.article_id, s.lang, s.speaker_id, vector, keys, context)
    edges, utterance = [], s.quote_id
    same_words = cs.first_with_words(conn, s.words_key)
    speaker = same_words.speaker_id if same_words is not None else None
    one_speaker = speaker is not None and speaker == s.speaker_id
    if same_words is not None and (not s.short or one_speaker):  # "Itu tidak benar" is said by many
        utterance = same_words.utterance_id
    remarks = []
    for old in cs.neighbours(conn, _candidates(conn, s)):
        profile = _profile(old)
        score = similarity(new, profile, weights)
        if score >= weights.edge:
            edges.append((s.quote_id, old.quote_id, round(score, 6)))
        if _same_remark(new, profile, weights):
            remarks.append(old.utterance_id)
    if utterance == s.quote_id and remarks:
        utterance = min(remarks)
    cs.open_claim(conn, s.quote_id, s.text[:LABEL_CHARS], s.quote_id)
    row = {
        "quote_id": s.quote_id, "article_id": s.article_id, "claim_id": s.quote_id, "stance": "neutral",
        "polarity": s.polarity.value, "stance_cue": s.polarity.cue, "utterance_id": utterance,
        "text_key": s.text_key, "figures": json.dumps([f.to_dict() for f in s.figures]),
        "keys": json.dumps({"keys": keys, "context": context}),
    }  # fmt: skip
    cs.add_statement(conn, row, [*s.keys, *s.context, s.words_key])
    cs.add_edges(conn, edges)


def _same_remark(new: Profile, old: Profile, weights: Weights) -> bool:
    """One speaker's remark printed again with a few words changed (a rewrite of the same wire copy)."""
    return (
        new.speaker_id is not None
        and new.speaker_id == old.speaker_id
        and float(new.vector @ old.vector) >= weights.same_words
    )


Edge = tuple[int, int, float]


def _region(conn: Any, new_ids: list[int], threshold: float) -> tuple[list[list[int]], list[Edge]]:
    """What one article's statements can change: the claims they are at least ``threshold`` alike to (a claim
    they score less with cannot reach that average with them) and the new statements, with the edges among
    them. The claims are taken apart and clustered again with the new statements, unless that would be more
    than ``REGION`` statements: then they are merged as they are (a claim only grows)."""
    strong = [(a, b) for a, b, score in cs.edges_of(conn, new_ids) if score >= threshold]
    reached = {n for pair in strong for n in pair} - set(new_ids)
    claims = sorted(set(cs.claims_of(conn, sorted(reached)).values()))
    groups = [[q] for q in new_ids] + list(cs.members_by_claim(conn, claims).values())
    nodes = {n for g in groups for n in g}
    if len(nodes) <= REGION:
        groups = [[n] for n in sorted(nodes)]
    return groups, sorted(cs.edges_among(conn, sorted(nodes)))


def _recluster(conn: Any, new_ids: list[int], weights: Weights) -> set[int]:
    """Cluster one article's statements with the claims they reach (see ``_region``); the claims that
    changed."""
    groups, edges = _region(conn, new_ids, weights.threshold)
    before = cs.claims_of(conn, sorted({q for g in groups for q in g}))
    moves, now = [], set()
    for members in clusters(groups, edges, weights.threshold):
        now.add(members[0])  # a claim's id is its first statement's
        moves += [{"quote_id": q, "claim_id": members[0]} for q in members if before[q] != members[0]]
    for claim_id in sorted(now - set(before.values())):
        cs.open_claim(conn, claim_id, "", claim_id)
    cs.move_statements(conn, moves)
    cs.drop_claims(conn, sorted(set(before.values()) - now))
    left = {before[m["quote_id"]] for m in moves} & now  # claims that gave a statement to another
    return {m["claim_id"] for m in moves} | left | {before[q] for q in new_ids if before[q] in now}


def _summarise(conn: Any, claim_ids: list[int]) -> None:
    """Recount the claims, and the stance of each of their statements against the claim's polarity."""
    members: dict[int, list[Any]] = {}
    for row in cs.claim_members(conn, claim_ids):
        members.setdefault(row[0], []).append(row)
    claims, stances = [], []
    for claim_id, rows in members.items():
        of_claim = claim_polarity([r[2] for r in rows])
        sides = [stance(r[2], of_claim) for r in rows]
        stances += [{"quote_id": r[1], "stance": side} for r, side in zip(rows, sides, strict=True)]
        per_statement = [json.loads(r[3] or "[]") for r in rows]
        figures = [f for given in per_statement for f in given]
        unit = claim_unit(per_statement)
        dates = sorted(r[8] for r in rows if r[8])
        label_row = next((r for r, side in zip(rows, sides, strict=True) if side == "supports"), rows[0])
        claims.append(
            {
                "id": claim_id,
                "label": label_row[4][:LABEL_CHARS],
                "label_quote_id": label_row[1],
                "statements": len(rows),
                "articles": len({r[7] for r in rows}),
                "outlets": len({r[9] for r in rows if r[9]}),
                "speakers": len(
                    {r[5] if r[5] is not None else r[6] for r in rows if r[5] is not None or r[6]}
                ),
                "languages": " ".join(sorted({r[10] for r in rows})),
                "supports": sides.count("supports"),
                "disputes": sides.count("disputes"),
                "neutral": sides.count("neutral"),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
                "figure_unit": unit,
                "figure_conflict": int(conflicting(figures, unit)),
            }
        )
    cs.write_claims(conn, claims, stances)
