"""The claim builder (``kutip/claims/``) end to end: news articles written for these tests (Indonesian and
English, no text from ../shared) are ingested, built into claims and read back through the store's claim
queries; on SQLite and (with KUTIP_TEST_POSTGRES) PostgreSQL.

The weights of ``kutip/claims/group.py`` are still being tuned: the tests check behaviour that must hold
whatever the tuning, on texts where it is clear-cut — a story told in both languages is one claim, an
unrelated one is not; denials dispute, conditionals stay neutral; figures compare in one unit; building in
steps, again, or after an interruption gives the claims one build from scratch gives.

The stories: a dockworkers' strike at Tanjung Mas port (five reports in two languages, two denials by the
port operator, an unnamed source denying, two conditionals), rice prices (one remark in a strike article,
two more reports), a rice stock remark by an unnamed source printed by two portals, troops at the Thai border
(3,000 / 3 ribu vs 10,000), and an undated bridge opening.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import cli_stderr, empty_postgres, invoke

from kutip.claims import build as builder
from kutip.claims.build import build_claims
from kutip.claims.encoder import Encoder
from kutip.claims.figures import figures_in
from kutip.claims.stance import polarity
from kutip.ingest import ingest
from kutip.read import read_paths
from kutip.store import open_store
from kutip.store.claim_queries import ClaimDetail, ClaimFilter, StatementRow

pytestmark = pytest.mark.usefixtures("crash_files_in")

UNION_ID = "mogok di Pelabuhan Tanjung Mas akan berlanjut hingga Jumat"
RICE_ID = "harga beras medium di pasar induk turun menjadi Rp 12.000 per kilogram"
BULOG = "stok beras di gudang Bulog mencapai 2 juta ton"

# in ingest order: the first eight are the first half of the incremental build, the rest the second
ARTICLES: list[dict[str, Any]] = [
    {
        "doc_id": "mogok-kompas", "lang": "id", "date": "2025-02-03",
        "url": "https://regional.kompas.com/read/2025/02/03/mogok-tanjung-mas",
        "title": "Serikat Pekerja: Mogok di Pelabuhan Tanjung Mas Berlanjut hingga Jumat",
        "text": (
            f"SEMARANG, KOMPAS.com - Serikat pekerja pelabuhan menyatakan {UNION_ID}. Menurut serikat, "
            "ribuan peti kemas kini tertahan di dermaga.\n\nDi tempat terpisah, Menteri Perdagangan Andi "
            f"Wibowo mengatakan {RICE_ID}."
        ),
    },
    {
        "doc_id": "strike-wire", "lang": "en", "date": "2025-02-03",
        "url": "https://wirenews.com/asia/indonesia-port-strike",
        "title": "Indonesian dockworkers' strike to continue until Friday, union says",
        "text": (
            "SEMARANG, Indonesia (Reuters) - Indonesia's dockworkers' union said on Monday the strike at "
            "Tanjung Mas port would continue until Friday.\n\n\"We don't know yet whether the ships will be "
            "diverted to Surabaya,\" a shipping agent said."
        ),
    },
    {
        "doc_id": "troops-wire", "lang": "en", "date": "2025-03-10", "url": "https://wirenews.com/asia/myanmar-border",
        "title": "Myanmar sends troops to Thai border",
        "text": (
            "BANGKOK - Thai army spokesman Winthai Suvaree said Myanmar's military had deployed about 3,000 "
            "troops to the border near Mae Sot."
        ),
    },
    {
        "doc_id": "bridge-post", "lang": "en", "url": "https://islandpost.com/bali/ayung-bridge",
        "title": "New Ayung bridge to open in March",
        "text": "Regent Made Sudarsa said the new bridge over the Ayung river will open to traffic in March.",
    },
    {
        "doc_id": "beras-pangan", "lang": "id", "date": "2025-02-05",
        "url": "https://pangan.example.id/harga-beras-medium",
        "title": "Harga Beras Medium Turun",
        "text": f"JAKARTA - Menteri Perdagangan Andi Wibowo mengatakan {RICE_ID} pekan ini.",
    },
    {
        "doc_id": "bulog-kompas", "lang": "id", "date": "2025-02-06",
        "url": "https://money.kompas.com/read/2025/02/06/stok-bulog",
        "title": "Stok Beras Bulog Aman",
        "text": f"JAKARTA, KOMPAS.com - Seorang sumber mengatakan {BULOG}.",
    },
    {
        "doc_id": "bantah-kompas", "lang": "id", "date": "2025-02-04",
        "url": "https://regional.kompas.com/read/2025/02/04/pelindo-bantah",
        "title": "Pelindo Bantah Ada Mogok di Pelabuhan Tanjung Mas",
        "text": (
            "SEMARANG, KOMPAS.com - Operator pelabuhan Pelindo membantah kabar tersebut. \"Itu hoaks,\" ujar "
            "juru bicara Pelindo, Arif Rahman, Selasa (4/2/2025)."
        ),
    },
    {
        "doc_id": "strike-globe", "lang": "en", "url": "https://dailyglobe.com/asia/dockworkers",  # undated
        "title": "Dockworkers stay out at Tanjung Mas",
        "text": "Dockworkers at Tanjung Mas port will stay on strike until Friday, the union said on "
        "Tuesday.",
    },
    {
        "doc_id": "mogok-detik", "lang": "id", "date": "2025-02-04",
        "url": "https://news.detik.com/berita/d-7000001/mogok-pelabuhan",
        "title": "Bongkar Muat di Tanjung Mas Lumpuh",
        "text": (  # the union's words as KOMPAS.com printed them, with a comma and a double space
            "Semarang, detikcom - Serikat pekerja pelabuhan menyatakan mogok di Pelabuhan Tanjung Mas "
            "akan berlanjut,  hingga Jumat.\n\n\"Jika memang mogok berlanjut, kapal akan kami alihkan ke "
            "Pelabuhan Tanjung Perak,\" kata manajer operasional PT Samudra Lines, Rudi Hartanto."
        ),
    },
    {
        "doc_id": "mogok-tempo", "lang": "id", "date": "2025-02-04", "url": "https://bisnis.tempo.co/read/mogok",
        "title": "Pekerja Pelabuhan Tanjung Mas Tetap Mogok",
        "text": (
            "Ketua Serikat Pekerja Pelabuhan Tanjung Mas Joko Susilo memastikan para pekerja tetap mogok "
            "sampai Jumat."
        ),
    },
    {
        "doc_id": "deny-globe", "lang": "en", "date": "2025-02-05", "url": "https://dailyglobe.com/asia/pelindo",
        "title": "Port operator denies Tanjung Mas strike",
        "text": (
            "Port operator Pelindo denied the strike reports.\n\nA source said there was no strike at "
            "Tanjung Mas port on Wednesday."
        ),
    },
    {
        "doc_id": "troops-globe", "lang": "en", "date": "2025-03-11", "url": "https://dailyglobe.com/asia/mae-sot",
        "title": "Myanmar troops mass near Mae Sot",
        "text": (
            "Thai opposition lawmaker Rangsiman Chai said Myanmar's military had deployed 10,000 troops to "
            "the border near Mae Sot."
        ),
    },
    {
        "doc_id": "pasukan-detik", "lang": "id", "date": "2025-03-11",
        "url": "https://news.detik.com/internasional/d-7000002/myanmar",
        "title": "Myanmar Kerahkan Pasukan ke Perbatasan Thailand",
        "text": (
            "Bangkok, detikcom - Juru bicara militer Thailand Winthai Suvaree mengatakan militer Myanmar "
            "telah mengerahkan 3 ribu prajurit ke perbatasan dekat Mae Sot."
        ),
    },
    {
        "doc_id": "bridge-times", "lang": "en", "url": "https://valleytimes.com/bali/bridge",  # undated
        "title": "Ayung bridge opening set for March",
        "text": "The new Ayung river bridge will open to traffic in March, Regent Made Sudarsa told "
        "reporters.",
    },
    {
        "doc_id": "rice-wire", "lang": "en", "date": "2025-02-06", "url": "https://wirenews.com/asia/rice-prices",
        "title": "Indonesian rice prices fall",
        "text": (
            "JAKARTA - Trade Minister Andi Wibowo said medium-grade rice prices at wholesale markets had "
            "fallen to 12,000 rupiah per kilogram."
        ),
    },
    {
        "doc_id": "bulog-detik", "lang": "id", "date": "2025-02-07",
        "url": "https://finance.detik.com/d-7000003/stok-bulog",
        "title": "Gudang Bulog Penuh",
        "text": "Jakarta, detikcom - Seorang sumber mengatakan stok beras di gudang  Bulog mencapai 2 juta "
        "ton.",
    },
]  # fmt: skip
HALF = 8

# (doc_id, words of the statement): the strike story and the rice story
STRIKE_SUPPORTS = [
    ("mogok-kompas", "akan berlanjut hingga Jumat"),
    ("strike-wire", "would continue until Friday"),
    ("mogok-detik", "akan berlanjut"),
    ("mogok-tempo", "tetap mogok sampai"),
    ("strike-globe", "stay on strike"),
]
STRIKE_DISPUTES = [
    ("bantah-kompas", "kabar tersebut"),  # "membantah kabar tersebut"
    ("deny-globe", "strike reports"),  # "denied the strike reports"
    ("deny-globe", "no strike"),  # "a source said": no named speaker
]
CONDITIONALS = [
    ("mogok-detik", "Jika memang"),
    ("strike-wire", "whether the ships"),
]
RICE = [("mogok-kompas", "harga beras"), ("beras-pangan", "harga beras"), ("rice-wire", "rice prices")]


# -- helpers --------------------------------------------------------------------------------------------


class RememberingEncoder(Encoder):
    """The encoder, remembering the vector of every text it embedded: the tests build the same few texts
    over and over, and the encoder is most of a build's time (each text is still embedded the same way)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: dict[str, np.ndarray] = {}

    def encode(self, texts, on_batch=None) -> np.ndarray:  # type: ignore[no-untyped-def]
        todo = [t for t in dict.fromkeys(texts) if t not in self.seen]
        if todo:
            self.seen.update(zip(todo, super().encode(todo), strict=True))
        if on_batch:
            on_batch(len(texts))
        return np.vstack([self.seen[t] for t in texts]) if texts else super().encode(texts)


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    """One encoder for the module: the model loads once."""
    return RememberingEncoder()


def _file(folder: Path, name: str, articles: list[dict[str, Any]]) -> str:
    path = folder / name
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def _ingest(target: str, folder: Path, articles: list[dict[str, Any]], name: str = "articles.jsonl") -> None:
    with open_store(target) as store:
        tally = ingest(read_paths([_file(folder, name, articles)]), store, "auto", 1)
    assert (tally.new, tally.failed) == (len(articles), 0)


def _build(target: str, encoder: Encoder, **options: Any) -> builder.ClaimsTally:
    with open_store(target) as store:
        return build_claims(store, encoder=encoder, **options)


def _second_store(first: str, folder: Path) -> str:
    """Another empty store on the same back end. PostgreSQL has one test database: it is emptied, so take
    what is needed from the first store before."""
    return empty_postgres() if first.startswith("postgres") else str(folder / "second.db")


def _details(target: str) -> list[ClaimDetail]:
    """Every claim, one-article claims included, in full."""
    with open_store(target, read_only=True) as store:
        return list(store.queries().claim_queries().iter_claims_in_full(ClaimFilter(min_articles=1)))


def _key(s: StatementRow) -> tuple[str, int, int]:
    return (s.doc_id, s.start, s.end)


def snapshot(target: str) -> dict[str, Any]:
    """What a build decided, independent of row order: the partition of statements into claims, each one's
    stance and utterance, each claim's figures, conflict flag, counts, dates and label; and everything the
    claim queries return."""
    details = _details(target)
    by_id = {s.quote_id: _key(s) for d in details for s in d.statements}
    return {
        "partition": {d.claim.id: frozenset(_key(s) for s in d.statements) for d in details},
        "stances": {_key(s): (s.stance, s.stance_cue) for d in details for s in d.statements},
        "utterances": {_key(s): by_id.get(s.utterance_id) for d in details for s in d.statements},
        "figures": {
            d.claim.id: (d.claim.figure_unit, d.claim.figure_conflict, [f.to_dict() for f in d.figures])
            for d in details
        },
        "claims": [d.to_dict() for d in details],
    }


def _find(details: list[ClaimDetail], doc_id: str, words: str) -> tuple[ClaimDetail, StatementRow]:
    """The claim and the statement of article ``doc_id`` whose words hold ``words``."""
    found = [(d, s) for d in details for s in d.statements if s.doc_id == doc_id and words in s.text]
    statements = [(d.claim.id, s.doc_id, s.text) for d in details for s in d.statements]
    assert len(found) == 1, f"{doc_id}: no single statement holds {words!r}: {statements}"
    return found[0]


@pytest.fixture
def built(store_target, tmp_path, encoder) -> list[ClaimDetail]:
    """Every article ingested, claims built once, read back in full."""
    _ingest(store_target, tmp_path, ARTICLES)
    _build(store_target, encoder)
    return _details(store_target)


@pytest.fixture
def built_target(store_target, tmp_path, encoder) -> str:
    _ingest(store_target, tmp_path, ARTICLES)
    _build(store_target, encoder)
    return store_target


# -- 1. building in steps gives what one build gives -------------------------------------------------------


def test_claims_build_incremental_equals_rebuild(store_target, tmp_path, encoder):
    _ingest(store_target, tmp_path, ARTICLES[:HALF], "first.jsonl")
    first = _build(store_target, encoder)
    _ingest(store_target, tmp_path, ARTICLES[HALF:], "second.jsonl")
    second = _build(store_target, encoder)
    assert first.statements and second.statements  # each build placed only what was new
    stepwise = snapshot(store_target)
    placed = sum(len(keys) for keys in stepwise["partition"].values())
    assert placed == first.statements + second.statements
    assert max(len(keys) for keys in stepwise["partition"].values()) >= 5  # not a vacuous partition

    _build(store_target, encoder, rebuild=True)
    assert snapshot(store_target) == stepwise

    other = _second_store(store_target, tmp_path)
    _ingest(other, tmp_path, ARTICLES, "all.jsonl")
    _build(other, encoder, rebuild=True)
    at_once = snapshot(other)
    assert at_once["partition"] == stepwise["partition"]  # the same claims, with the same ids
    assert at_once["stances"] == stepwise["stances"]
    assert at_once["figures"] == stepwise["figures"]
    assert at_once == stepwise


# -- 2. one proposition across languages, another one apart ---------------------------------------------


def test_claims_build_groups_a_story_across_languages(built):
    claim, _ = _find(built, *STRIKE_SUPPORTS[0])
    members = {(doc_id, words): _find(built, doc_id, words)[0].claim.id for doc_id, words in STRIKE_SUPPORTS}
    assert set(members.values()) == {claim.claim.id}, members
    assert claim.claim.languages == ("en", "id")
    denials = {(doc_id, words): _find(built, doc_id, words)[0].claim.id for doc_id, words in STRIKE_DISPUTES}
    assert set(denials.values()) == {claim.claim.id}, denials  # the operator's denials in both languages


def test_claims_build_keeps_an_unrelated_story_out(built):
    strike, _ = _find(built, *STRIKE_SUPPORTS[0])
    rice = {_find(built, doc_id, words)[0].claim.id for doc_id, words in RICE}
    assert strike.claim.id not in rice  # not even the rice remark printed in the strike article
    assert not {_key(s) for s in strike.statements if "beras" in s.text or "rice" in s.text}


def test_claims_build_groups_the_unrelated_story_across_languages(built):
    rice = {_find(built, doc_id, words)[0].claim.id for doc_id, words in RICE}
    assert len(rice) == 1
    (claim_id,) = rice
    claim = next(d.claim for d in built if d.claim.id == claim_id)
    assert claim.languages == ("en", "id") and claim.figure_unit == "IDR"


@pytest.mark.xfail(
    strict=False,
    reason="with the current weights the rice stock remark ('stok beras di gudang Bulog mencapai 2 juta "
    "ton', two portals) joins the rice price claim ('harga beras medium ... turun menjadi Rp 12.000'): "
    "one topic, two propositions",
)
def test_claims_build_another_proposition_on_the_same_topic_is_another_claim(built):
    price, _ = _find(built, *RICE[0])
    stock, _ = _find(built, "bulog-kompas", BULOG)
    assert _find(built, "bulog-detik", "gudang  Bulog")[0].claim.id == stock.claim.id
    assert stock.claim.id != price.claim.id


# -- 3. stance ------------------------------------------------------------------------------------------


def test_claims_build_denials_dispute_what_the_others_report(built):
    strike, _ = _find(built, *STRIKE_SUPPORTS[0])
    for doc_id, words in STRIKE_SUPPORTS:
        assert _find(built, doc_id, words)[1].stance == "supports", (doc_id, words)
    for doc_id, words in STRIKE_DISPUTES:
        assert _find(built, doc_id, words)[1].stance == "disputes", (doc_id, words)
    assert strike.claim.supports >= len(STRIKE_SUPPORTS) and strike.claim.disputes == len(STRIKE_DISPUTES)
    assert strike.claim.label.startswith(UNION_ID)  # the label is a supporting statement's words
    assert _find(built, "bantah-kompas", "kabar tersebut")[1].speech_act == "deny"


def test_claims_build_conditionals_are_neutral(built):
    for (doc_id, words), cue in zip(CONDITIONALS, ("jika memang", "don't know"), strict=True):
        statement = _find(built, doc_id, words)[1]
        assert (statement.stance, statement.stance_cue) == ("neutral", cue)


@pytest.mark.parametrize(
    ("text", "lang", "value", "cue"),
    [
        ("Operator pelabuhan Pelindo membantah kabar tersebut", "id", -1, "membantah"),
        ("Itu hoaks", "id", -1, "hoaks"),
        ("Kabar itu tidak benar", "id", -1, "tidak benar"),
        ("Tidak ada mogok di Tanjung Mas", "id", -1, "tidak"),
        ("Pemerintah meminta mogok dihentikan", "id", -1, "dihentikan"),
        ("Jika memang ada mogok, kapal akan dialihkan", "id", 0, "jika memang"),
        ("Kami belum dapat memastikan jumlah kapal yang tertahan", "id", 0, "belum dapat memastikan"),
        ("Mogok akan berlanjut hingga Jumat", "id", 1, None),
        ("The ministry denied the reports, calling them rubbish", "en", -1, "rubbish"),
        ("There is no evidence of a strike at the port", "en", -1, "no evidence"),
        ("The strike isn't over", "en", -1, "n't"),
        ("The union won’t return to work", "en", -1, "n't"),
        ("We don't know yet whether the strike will continue", "en", 0, "don't know"),
        ("It is too early to say how many ships are affected", "en", 0, "too early"),
        ("The strike would continue until Friday", "en", 1, None),
    ],
)
def test_claims_polarity_of_phrases(text, lang, value, cue):
    found = polarity(text, lang, "say")
    assert (found.value, found.cue) == (value, cue)


@pytest.mark.parametrize(("act", "value"), [("deny", -1), ("say", 1), ("assert", 1), (None, 1)])
def test_claims_polarity_of_an_unknown_language_is_its_speech_act(act, value):
    for lang in ("xx", "fr"):
        found = polarity("ce n'est pas un mensonge", lang, act)  # no stance words for the language
        assert (found.value, found.cue) == (value, None)


def test_claims_polarity_words_decide_before_the_speech_act():
    assert polarity("kabar tersebut", "id", "deny").value == -1  # a denial's object: the act decides
    assert polarity("jika memang benar ada", "id", "deny").value == 0  # open, whatever the act


# -- 4. figures -----------------------------------------------------------------------------------------


def _figures(text: str, lang: str) -> list[tuple[float, str]]:
    from kutip import extract

    quantities = extract(text, lang=lang).to_dict()["quantities"]
    return [(f.value, f.unit) for f in figures_in(quantities, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Korea Utara mengirim 3.000 tentara ke Rusia.", "id"),
        ("North Korea sent 3,000 troops to Russia.", "en"),
        ("Myanmar mengerahkan 3 ribu prajurit ke perbatasan.", "id"),
    ],
)
def test_claims_figures_troops_in_either_language(text, lang):
    assert _figures(text, lang) == [(3000, "troops")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Inflasi naik 2,5 persen.", "id"), ("Inflasi naik 2,5%.", "id"), ("Inflation rose 2.5 percent.", "en"),
     ("Inflation rose 2.5%.", "en")],
)  # fmt: skip
def test_claims_figures_percent_is_one_unit(text, lang):
    assert _figures(text, lang) == [(2.5, "percent")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Sebanyak 1.200 siswa keracunan.", "id", 1200),
        ("About 1,200 students fell ill.", "en", 1200),
        ("Ada 300 anak dirawat di rumah sakit.", "id", 300),
        ("At least 40 children were hurt.", "en", 40),
        ("There were 12 victims.", "en", 12),
        ("Sebanyak 12 korban tewas.", "id", 12),
    ],
)
def test_claims_figures_counts_of_people_are_people(text, lang, value):
    assert _figures(text, lang) == [(value, "people")]


def test_claims_build_figure_conflict_says_who_gives_each_value(built):
    troops, _ = _find(built, "troops-wire", "3,000 troops")
    assert {s.doc_id for s in troops.statements} == {"troops-wire", "troops-globe", "pasukan-detik"}
    assert troops.claim.figure_unit == "troops" and troops.claim.figure_conflict is True
    table = {f.value: (f.text, set(f.speakers), f.statements) for f in troops.figures}
    assert table == {
        3000: ("3,000 troops", {"Winthai Suvaree"}, 2),  # "3,000 troops" and "3 ribu prajurit"
        10000: ("10,000 troops", {"Rangsiman Chai"}, 1),
    }
    assert {(f.value, f.unit, f.text) for s in troops.statements for f in s.figures} == {
        (3000, "troops", "3,000 troops"),
        (3000, "troops", "3 ribu prajurit"),
        (10000, "troops", "10,000 troops"),
    }
    rice, _ = _find(built, *RICE[0])
    assert rice.claim.figure_conflict is False  # "Rp 12.000" and "12,000 rupiah": one value


# -- 5. utterances --------------------------------------------------------------------------------------


def test_claims_build_the_same_remark_printed_twice_is_one_utterance(built):
    claim, first = _find(built, "mogok-kompas", UNION_ID)
    _, again = _find(built, "mogok-detik", "berlanjut,  hingga")
    assert first.utterance_id == first.quote_id and again.utterance_id == first.quote_id
    (utterance,) = [u for u in claim.utterances if u.utterance_id == first.quote_id]
    assert utterance.first_doc_id == "mogok-kompas" and utterance.articles == 2
    assert set(utterance.quote_ids) == {first.quote_id, again.quote_id}


def test_claims_build_the_same_words_of_an_unnamed_source_are_one_utterance(built):
    _, first = _find(built, "bulog-kompas", BULOG)
    _, again = _find(built, "bulog-detik", "gudang  Bulog")
    assert first.speaker_id is None and again.speaker_id is None
    assert again.utterance_id == first.quote_id


# -- 6. edges -------------------------------------------------------------------------------------------


def test_claims_build_an_undated_article_joins_a_claim(built_target):
    details = _details(built_target)
    strike, undated = _find(details, "strike-globe", "stay on strike")
    assert undated.date is None and undated.stance == "supports"
    assert (strike.claim.first_date, strike.claim.last_date) == ("2025-02-03", "2025-02-05")
    bridge, _ = _find(details, "bridge-post", "Ayung")
    assert {s.doc_id for s in bridge.statements} == {"bridge-post", "bridge-times"}
    assert (bridge.claim.first_date, bridge.claim.last_date) == (None, None)
    shown = invoke("claims", "show", str(bridge.claim.id), "--db", built_target)
    assert shown.exit_code == 0, shown.stderr
    assert shown.stdout.splitlines()[-1] == "first: date unknown · last: date unknown"
    assert "Made Sudarsa · islandpost.com · date unknown · en" in shown.stdout
    listed = invoke("claims", "--db", built_target)
    assert listed.exit_code == 0, listed.stderr
    assert f"#{bridge.claim.id}  date unknown" in listed.stdout


def test_claims_build_a_source_without_a_name_can_dispute(built):
    strike, _ = _find(built, *STRIKE_SUPPORTS[0])
    claim, source = _find(built, "deny-globe", "no strike")
    assert claim.claim.id == strike.claim.id
    assert source.speaker_id is None and source.kind == "unnamed"
    assert (source.stance, source.stance_cue) == ("disputes", "no")


def test_claims_without_a_build_say_how_to_build_them(store_target, tmp_path):
    _ingest(store_target, tmp_path, ARTICLES[:3])
    result = invoke("claims", "--db", store_target)
    assert (result.exit_code, result.stdout) == (0, "")
    message = cli_stderr(result)
    assert "no claims are built in" in message and "run `kutip claims build --db " in message


def test_claims_build_on_a_store_of_release_0_2(store_target, tmp_path, encoder, monkeypatch):
    from test_store_migrations import release_store

    release_store(store_target, "store_v2")
    monkeypatch.setattr("kutip.claims.encoder.Encoder", lambda *a, **k: encoder)  # the loaded model
    result = invoke("claims", "build", "--db", store_target)
    assert result.exit_code == 0, result.stderr
    assert "claims built: 9 quotes read" in cli_stderr(result)
    details = _details(store_target)
    assert details and all(d.statements for d in details)
    with open_store(store_target, read_only=True) as store:
        sql = store.conn.exec_driver_sql
        placed = sql("SELECT count(*) FROM statements").scalar()
        assert placed == sum(len(d.statements) for d in details) > 0
        assert sql("SELECT value FROM meta WHERE key = 'claims_through'").scalar() == str(
            sql("SELECT max(id) FROM quotes").scalar()
        )
    listed = invoke("claims", "--db", store_target, "--min-articles", "1", "--format", "jsonl")
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == len(details)


# -- 7. building again, and after an interruption ------------------------------------------------------

TABLES = {
    "claims": "SELECT * FROM claims ORDER BY id",
    "statements": "SELECT * FROM statements ORDER BY quote_id",
    "statement_edges": "SELECT * FROM statement_edges ORDER BY a, b",
    "statement_keys": "SELECT * FROM statement_keys ORDER BY key, quote_id",
    "vectors": "SELECT text_key FROM vectors ORDER BY text_key",
    "meta": "SELECT key, value FROM meta WHERE key IN ('claims_through', 'claims_encoder') ORDER BY key",
}


def _tables(target: str) -> dict[str, list[tuple]]:
    with open_store(target, read_only=True) as store:
        return {name: [tuple(r) for r in store.conn.exec_driver_sql(sql)] for name, sql in TABLES.items()}


def test_claims_build_with_nothing_new_changes_nothing(built_target, encoder):
    before = _tables(built_target)
    tally = _build(built_target, encoder)
    assert (tally.quotes, tally.statements, tally.encoded) == (0, 0, 0)
    assert _tables(built_target) == before


def test_claims_build_interrupted_goes_on_where_it_stopped(store_target, tmp_path, encoder, monkeypatch):
    _ingest(store_target, tmp_path, ARTICLES)
    window = builder.WINDOW
    monkeypatch.setattr(builder, "WINDOW", 5)
    seen = []

    def stop(done: int, total: int) -> None:
        seen.append((done, total))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _build(store_target, encoder, on_progress=stop)
    assert seen == [(5, seen[0][1])] and seen[0][1] > 5
    placed = sum(len(d.statements) for d in _details(store_target))
    assert 0 < placed <= 5
    resumed = _build(store_target, encoder)
    assert resumed.quotes == seen[0][1] - 5  # only what the first build did not read
    monkeypatch.setattr(builder, "WINDOW", window)  # the build to compare with: one window
    after_interruption = snapshot(store_target)

    other = _second_store(store_target, tmp_path)
    _ingest(other, tmp_path, ARTICLES, "again.jsonl")
    _build(other, encoder)
    assert snapshot(other) == after_interruption
