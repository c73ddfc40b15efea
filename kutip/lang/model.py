"""The shape of a language's data: ``Language`` and its ``Grammar``, built from a package's data modules.

Kept apart from the language packages, and compiled with the pipeline (``kutip/speedups.py``): the
finders read these fields in every loop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar


@dataclass(frozen=True)
class Grammar:
    """Closed word classes the phrase grammars read (see ``kutip/lang/id/grammar.py``)."""

    relatives: frozenset[str]
    links: frozenset[str]
    conjunctions: frozenset[str]
    apposition_joins: frozenset[str]
    correlatives: frozenset[str]
    leading_drops: frozenset[str]
    clause_starts: frozenset[str]
    demonstratives: frozenset[str]
    plurals: frozenset[str]
    prepositions: frozenset[str]
    list_words: frozenset[str]
    place_words: frozenset[str]
    function_words: frozenset[str]
    role_fillers: frozenset[str]
    object_markers: frozenset[str]
    verb_prefixes: tuple[str, ...]
    verb_like_starts: tuple[str, ...]
    noun_circumfixes: tuple[tuple[str, str], ...]
    particle_suffixes: tuple[str, ...]
    government_words: frozenset[str]
    agent_markers: frozenset[str]
    verb_suffixes: tuple[str, ...] = ()  # "-ed", "-ing": a lower-case word so ending is likely a verb
    definite_articles: frozenset[str] = frozenset()  # "the": "the senator" points back at someone named
    according_links: frozenset[str] = frozenset()  # "to" of "according to"
    adverbial_ends: frozenset[str] = frozenset()  # "ago", "lalu": "Six months ago, X said" is a time
    determiners: frozenset[str] = frozenset()  # "the", "his": a cue word after one is a noun ("the state")
    passive_auxiliaries: frozenset[str] = frozenset()  # "was" of "was asked": the subject is spoken to
    # "A, kata dia saat ditemui": a pronoun after a trailer cue with words after it is the speaker; in
    # English "said he would veto it" is a clause ("said he" only ends one)
    pronoun_trailers: bool = True
    # "asal" of "perempuan asal Depok": a person word described by origin or age points back at someone named
    origin_links: frozenset[str] = frozenset()
    # "diyakini" of "Zulkifli diyakini mampu ...": a passive of opinion after a name makes it talked about
    opinion_passives: frozenset[str] = frozenset()
    head_final: bool = False  # a name's head word comes last ("Budget Office"), not first ("Kantor Anggaran")
    affiliation: str = ""  # regex of a party-and-state tag after a name ("R-Ky.", "D-N.C.")
    time_words: frozenset[str] = frozenset()  # "week", "pekan": with weekdays and months, a time phrase
    via_words: frozenset[str] = frozenset()  # "lewat": "Versi BGN, lewat Kepala X, menyebut": X speaks
    possessives: tuple[str, ...] = ()  # "'s": a cue word after "Ban's" is a noun ("Ban's record")
    participle_suffix: str = ""  # "ing": such a cue reports after a comma or an auxiliary ("is urging")
    adverb_suffix: str = ""  # "-ly" of "soundly": "had been soundly rejected" is a passive
    adverb_nouns: frozenset[str] = frozenset()  # "family", "assembly": nouns with that ending
    # "of" of "Jeffrey Lewis of the Middlebury Institute": a person's name, then the body they speak from
    affiliation_links: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()  # "to" of "led NGOs to call for": the NGOs speak
    partitives: frozenset[str] = frozenset()  # "some" of "groups, with some calling for": the groups speak
    partitive_links: frozenset[str] = frozenset()  # "with" of ", with some calling for"
    # "who", "whom", "which": a comma part after a speaker opened by one describes the speaker ("said X,
    # whom the president appointed ..."), it is not what X said
    description_relatives: frozenset[str] = frozenset()
    interrogatives: frozenset[str] = frozenset()  # "how", "why": "explained why prices rose" is a clause
    preverbal_adverbs: frozenset[str] = frozenset()  # "long" of "Cruz has long said": not the subject
    irregular_verbs: frozenset[str] = frozenset()  # "came", "won": a verb without a verb suffix
    past_suffixes: tuple[str, ...] = ()  # "ed": "warned", only a verb ("demand", "states" may be nouns)
    # "though", "meskipun": after a comma, a second report with its own subject (", though she added")
    contrasts: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()  # "until", "because": a clause of its own opens
    locatives: frozenset[str] = frozenset()  # "in" of "X of the church in Marion": a place after a name
    time_links: frozenset[str] = frozenset()  # "this", "last" of "this month", "last week"
    # "appeared to suggest", "went on to say": the verb's subject makes the report after "to"
    raising_verbs: frozenset[str] = frozenset()
    raising_particles: frozenset[str] = frozenset()  # "on" of "went on to say"
    expletives: frozenset[str] = frozenset()  # "there" of "said there were ...": a clause opens
    # "and", "as", "while": a comma part after a closing attribution opened by one is a clause of its own
    # ("A, X said Friday, as they left ..."), not the statement: A is
    trailer_joins: frozenset[str] = frozenset()
    # "in", "on": a long tail after a closing "said" opened by one tells where or how ("she said in a video
    # message to the convention"), not what was said
    tail_prepositions: frozenset[str] = frozenset()
    # "including": a comma part opened by one names examples of the part before it ("Six papers, including
    # the Ledger, said"), never the subject itself
    example_markers: frozenset[str] = frozenset()
    focus_adverbs: frozenset[str] = frozenset()  # "even" of "Even China said": no word of the subject
    # "whether", "if": after a negated cue they open the open question left unanswered ("would not say
    # whether A"), which is reported all the same
    question_openers: frozenset[str] = frozenset()
    # "-s" of "officials": a plural head, which may stand as a subject with no determiner ("federal officials
    # said"), but not "-ss", "-is" ("witness", "analysis": singular nouns, which need one)
    plural_suffixes: tuple[str, ...] = ()
    singular_endings: tuple[str, ...] = ()
    # "as", "when": after "A, X said Friday," they open a clause on the saying ("as they left"), not A
    event_subordinators: frozenset[str] = frozenset()
    # "following", "after": a phrase opened by one is no subject ("Following initial reports of the blast,
    # X said"): a cue word inside it is a noun or a modifier, not the verb of a report
    phrase_prepositions: frozenset[str] = frozenset()


def grammar_from(module: object, **values: object) -> Grammar:
    """A ``Grammar`` from a language's ``grammar.py``: each field is the module's constant of the same name in
    capitals (``RELATIVES`` for ``relatives``); ``values`` fill or override fields (``head_final=True``)."""
    names = [f.name for f in fields(Grammar)]
    found = {n: getattr(module, n.upper()) for n in names if hasattr(module, n.upper())}
    return Grammar(**{**found, **values})  # type: ignore[arg-type]


@dataclass(frozen=True, eq=False)
class Language:
    """Everything the pipeline needs to know about one language."""

    code: str
    name: str
    # speech cues: every written form -> speech act ("ujarnya" -> "say", "membantah" -> "deny")
    trailer_cues: dict[str, str]  # forms that follow a closing quotation mark: kata, ujarnya, said
    passive_cues: frozenset[str]  # "disampaikan", "dikatakan": the speaker follows as the agent
    trailer_lead_ins: frozenset[str]  # "begitu", "demikian": may stand between the mark and the cue
    reporting_verbs: dict[str, str]  # verbs that introduce reported speech: mengatakan, membantah, said
    according_to: dict[str, str]  # "menurut", "according to": the source follows the cue
    complementizers: frozenset[str]  # "bahwa", "that": skipped between cue and content
    clause_markers: frozenset[str]  # auxiliaries that make a clause: "akan", "sudah", "will", "has"
    anaphoric_objects: tuple[str, ...]  # "hal itu", "this": a cue with such an object reports nothing new
    object_only_acts: frozenset[str]  # acts whose cue may take a bare noun object ("membantah kabar itu")
    object_verbs: frozenset[str]  # other cues that may take one too ("membenarkan penonaktifan itu")
    # pronoun -> "singular" | "plural" | "male" | "female" | "body" | "any" | "writer" (the article's own)
    pronouns: dict[str, str]
    nya_suffix: str  # enclitic that makes a cue point back at the current speaker ("ujarnya"), "" if none
    reference_cues: frozenset[str]  # cue forms that are their own speaker mention ("ujarnya", "katanya")
    titles: frozenset[str]  # lower-cased title, rank and role words; never part of a name
    honorifics: frozenset[str]  # ranks and honorifics that stand right before a name ("Irjen", "Pak", "Dr")
    role_heads: frozenset[str]  # words that start a role phrase ("juru", "kepala", "spokesman")
    generic_persons: frozenset[str]  # "pria", "the man": alone as a subject it points back at someone named
    unnamed_heads: frozenset[str]  # heads of unnamed sources ("warga", "jaksa", "officials")
    org_heads: frozenset[str]  # heads that make a phrase an organisation ("kementerian", "ministry")
    countries: frozenset[str]  # country names as written in this language, lower-cased
    place_heads: frozenset[str]  # heads of place names ("jalan", "kecamatan", "street")
    name_particles: frozenset[str]  # lower-case words allowed inside a name ("bin", "van")
    speaker_stops: frozenset[str]  # words that end a speaker phrase after a cue ("saat", "di", "when")
    subject_skips: frozenset[str]  # adverbs between subject and verb ("pun", "juga", "also")
    clause_openers: tuple[str, ...]  # sentence openers to skip before a subject ("Sementara itu,")
    negations: frozenset[str]  # "tidak", "not": a negated cue is still a statement, kept as such
    abbreviations: frozenset[str]  # tokens ending in "." that do not end a sentence
    stop_words: frozenset[str]  # function words: capitalised at a sentence start, never a name
    terms: frozenset[str]  # capitalised terms that are never a name ("Covid", "Lebaran", "Rp")
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]  # "kemarin" -> -1
    relative_months: dict[str, int]  # "bulan lalu" -> -1
    weekday_modifiers: dict[str, int]  # "lalu" -> -1 (the last such day), "depan" -> 1, "ini" -> 0
    number_words: dict[str, int]
    scales: dict[str, int]  # "ribu" -> 1000
    # Units map every written form to one name shared by all languages (kutip/lang/id/numbers.py), so that
    # figures compare across articles and languages: "30 persen" and "30 percent" are both "percent".
    currencies: dict[str, str]  # names written after the number: "rupiah", "dolar as" -> ISO 4217 ("IDR")
    units: dict[str, str]  # counted nouns and measures: "orang", "jiwa", "people" -> "people"
    decimal_comma: bool  # "3,5" is three and a half, "3.000" is three thousand
    percent_words: frozenset[str]  # "%", "persen", "per cent": the unit "percent"
    grammar: Grammar
    portal: dict[str, Any] = field(default_factory=dict)
    lexicon: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    predicates: frozenset[str] = frozenset()  # trained: words mostly tagged verb, auxiliary or adjective
    title_abbreviations: frozenset[str] = frozenset()  # "mr", "sen": written with a period before a name
    # "no" of "No. 2": an abbreviation only before a number; elsewhere its period ends a sentence ("She
    # said no. But ...")
    numeral_abbreviations: frozenset[str] = frozenset()
    month_first: bool = False  # "October 12" is a date (English); in Indonesian the day comes first
    # What else a number needs (kutip/mentions/quantities.py): signs before it, and what makes it no amount.
    currency_symbols: dict[str, str] = field(default_factory=dict)  # "rp", "us$", "$" -> ISO 4217
    classifiers: frozenset[str] = frozenset()  # "ekor" of "lima ekor sapi": the noun after is counted
    count_links: frozenset[str] = frozenset()  # "of" of "thousands of people"
    rate_words: frozenset[str] = frozenset()  # "per" of "Rp 5.000 per kg": no unit, a denominator follows
    not_counting: frozenset[str] = frozenset()  # "salah satu" ("one of"): a number word that counts nothing
    age_words: frozenset[str] = frozenset()  # "berusia", "aged": the number after is an age
    age_suffixes: tuple[str, ...] = ()  # "-year-old": the number before is an age
    clock_words: frozenset[str] = frozenset()  # "pukul": the number after is a clock time
    clock_suffixes: frozenset[str] = frozenset()  # "wib", "p.m.": the number before is a clock time
    reference_words: frozenset[str] = frozenset()  # "pasal", "nomor", "article": the number after is a label
    ordinal_prefixes: tuple[str, ...] = ()  # "ke-" of "ke-7"
    range_words: frozenset[str] = frozenset()  # "hingga", "to": between the two ends of a range
    range_openers: frozenset[str] = frozenset()  # "antara", "between": "... and" then joins a range too
    range_ands: frozenset[str] = frozenset()  # "dan", "and" of "between 3,000 and 5,000"
    change_openers: frozenset[str] = frozenset()  # "dari", "from": "from 3% to 5%" is a change, not a range
    number_joins: frozenset[str] = frozenset()  # "dan", "atau": labels go on ("Pasal 310 dan 311")
    # What else a reported statement may look like (kutip/quotes/indirect.py):
    figure_verbs: dict[str, str] = field(default_factory=dict)  # "mencatat", "recorded" + a figure: a report
    figure_reach: int = 1  # how many words into the object that figure may stand ("recorded over 5,200")
    object_particles: frozenset[str] = frozenset()  # "for" of "called for": the phrase after it was said
    cue_adverbs: frozenset[str] = frozenset()  # "keras" of "menolak keras", "strongly": not what was said
    source_nouns: frozenset[str] = frozenset()  # "data", "records": "menurut data BPS": the source is BPS
    sourced_verbs: frozenset[str] = frozenset()  # "showed": a cue only after a source noun ("data showed")
    source_links: frozenset[str] = frozenset()  # "dari": "Data per 27/9 dari JPPI, A.": JPPI's data says A
    sourced_according: frozenset[str] = frozenset()  # "berdasarkan": an according cue before a source noun
    addressee_cues: frozenset[str] = frozenset()  # "told": "A, X told a committee": the object heard it
    hearer_request_cues: frozenset[str] = frozenset()  # "told his aides to stop": a request to the hearer
    hearer_words: frozenset[str] = frozenset()  # "me", "reporters" of "told me he ...": a hearer
    colon_cues: dict[str, str] = field(default_factory=dict)  # "identified" + object + colon: what follows
    anaphoric_acts: frozenset[str] = frozenset()  # "deny": "membantah hal tersebut" is a denial all the same
    body_anaphors: frozenset[str] = frozenset()  # "watchdog": "the education watchdog" is the body named last
    # words for an office one person holds, each mapped to the office ("gov." -> "governor"): "the governor"
    # is not the senator in focus, but whoever the article made governor
    offices: dict[str, str] = field(default_factory=dict)
    # lower-case words inside a body's name after its head ("of", "for"): "Department of Justice", "Office for
    # Budget Responsibility" are one name, not "Department" and "Justice"
    body_links: frozenset[str] = frozenset()
    # bodies a single word names, which no head word marks ("Politico", "Gallup", "Twitter"): news sites,
    # platforms, pollsters and firms that speak in the news
    known_bodies: frozenset[str] = frozenset()
    # things a source writes or keeps ("estimate", "website", "analysis"): "the agency's own estimate" and
    # "the senator's campaign website" speak for their owner
    document_nouns: frozenset[str] = frozenset()
    proposal_cues: dict[str, str] = field(default_factory=dict)  # "proposed": with "that" or a policy noun
    policy_nouns: frozenset[str] = frozenset()  # "ban", "moratorium": "X proposed a ban on ..." was said
    policy_suffixes: tuple[str, ...] = ()  # "-ion" of "proposed the suspension of ...": a measure
    naming_cues: dict[str, str] = field(default_factory=dict)  # "refers": "X refers to A as B" says A is B
    naming_particles: frozenset[str] = frozenset()  # "to" of "refers to": the object follows it
    naming_links: frozenset[str] = frozenset()  # "as" of "refers to A as B": without one, nothing was said
    # Heads of bodies and places that never name one alone ("PT", "RSUD"): "Direktur PT" names no company.
    nameless_heads: frozenset[str] = frozenset()
    # "berinisial", "inisial": the capitals after one are a person's initials ("pria berinisial AR"), and the
    # article's later "AR" is that person, no body
    initial_markers: frozenset[str] = frozenset()
    # "(bukan nama sebenarnya)", "(not her real name)": a pseudonym introduces someone, as an age does
    pseudonym_notes: frozenset[str] = frozenset()
    apposed_introductions: tuple[str, ...] = ()  # "Noval, salah satu pengunjung,": someone new
    pair_pronouns: frozenset[str] = frozenset()  # "keduanya": the two people just named together
    # Heads of the names of laws, programmes and events ("RUU", "Kartu", "Operasi"): "RUU Cipta Kerja" is
    # no person called "Cipta Kerja".
    thing_heads: frozenset[str] = frozenset()
    statement_cues: frozenset[str] = frozenset()  # "said": a clause follows whatever its verb ("prices rose")
    as_links: frozenset[str] = frozenset()  # "as" of "As X noted, A": what follows the comma is what X said
    complement_cues: frozenset[str] = frozenset()  # "states": a cue only before "that" (else "home state")
    # "called": a request only with its particle ("called for", "called on"); "called it a disgrace" is an
    # opinion of the thing named
    particle_requests: frozenset[str] = frozenset()
    request_particles: frozenset[str] = frozenset()
    subject_joins: frozenset[str] = frozenset()  # "and" of "X did A and says B": X is the speaker
    plain_subject_cues: frozenset[str] = frozenset()  # "say": "Most voters say A" needs no named subject
    person_relatives: frozenset[str] = frozenset()  # "who": ", said X, who teaches law" describes X
    capitals: frozenset[str] = frozenset()  # "pyongyang": a capital that speaks is its country's government
    plural_titles: dict[str, str] = field(default_factory=dict)  # "senators" -> "senator": "Senators A and B"
    # "In his state, X said, A": cues that may interrupt a statement between two commas (not Indonesian,
    # where a comma follows any cue: "Sementara itu, X mengatakan, A")
    interrupting_cues: frozenset[str] = frozenset()
    # "pointed out that ...", "points to the data": cues only with a particle after them ("out", "to")
    particle_cues: dict[str, str] = field(default_factory=dict)
    cue_particles: frozenset[str] = frozenset()
    # "Trump's claim that A", "his warning that A": a noun of speech, its owner and "that" report A
    claim_nouns: dict[str, str] = field(default_factory=dict)
    owner_pronouns: frozenset[str] = frozenset()  # "his" of "his claim that A": the clause's subject owns it
    # "issued a statement saying A", "a series of tweets saying A": what the message says, the subject said
    message_nouns: frozenset[str] = frozenset()
    # "maintained that A", not "maintained a lead": cues that report speech only with a clause after them
    clause_cues: frozenset[str] = frozenset()
    # "insisted on A", "complained of A": the particle after a clause-only cue that makes its object said
    clause_cue_particles: dict[str, str] = field(default_factory=dict)
    # "when" of "Trump, when asked about A, ...": a past participle after it is a passive with no subject
    passive_openers: frozenset[str] = frozenset()
    topic_particles: frozenset[str] = frozenset()  # "about" of "..., asked about A": a passive's topic
    naming_participles: frozenset[str] = frozenset()  # "called" of "a group called X": a name, no statement
    naming_articles: frozenset[str] = frozenset()  # "a" of "a group called X": the named thing is new

    all_cues: dict[str, str] = field(init=False)  # every cue form: reporting, trailer, colon, "according to"
    opener_starts: frozenset[str] = field(init=False)  # first words of the clause openers, lower-cased
    statement_words: frozenset[str] = field(init=False)  # a sentence holds a statement only with one of these
    verb_acts: dict[str, str] = field(init=False)  # every verb cue form -> its act (see ``_verb_acts``)

    def __post_init__(self) -> None:
        cues = {
            **self.proposal_cues,
            **self.naming_cues,
            **self.colon_cues,
            **self.figure_verbs,
            **self.reporting_verbs,
            **self.trailer_cues,
            **self.according_to,
            **self.particle_cues,
        }
        object.__setattr__(self, "all_cues", cues)
        object.__setattr__(self, "statement_words", frozenset(cues) | frozenset(self.claim_nouns))
        starts = frozenset(o.split()[0].casefold() for o in self.clause_openers if o.split())
        object.__setattr__(self, "opener_starts", starts)
        object.__setattr__(self, "verb_acts", self._verb_acts())

    def _verb_acts(self) -> dict[str, str]:
        """The speech act of each verb cue form: of the reporting verbs, else the colon, figure, naming,
        proposal or particle cues, the first that gives it one; one look-up where the finders asked six
        dictionaries in turn for every word."""
        acts = dict(self.particle_cues)
        ranked = (self.proposal_cues, self.naming_cues, self.figure_verbs, self.colon_cues)
        for cues in (*ranked, self.reporting_verbs):  # each overrides the ones before it
            acts.update((form, act) for form, act in cues.items() if act)
        return acts


def language_from(code: str, name: str, modules: tuple[object, ...], **values: object) -> Language:
    """A ``Language`` from a package's data modules: each field is the first module constant of the same
    name in capitals (``TITLES`` for ``titles``); ``values`` give fields computed or named otherwise."""
    found: dict[str, object] = {}
    for f in fields(Language):
        for module in modules:
            if f.name not in values and hasattr(module, f.name.upper()):
                found[f.name] = getattr(module, f.name.upper())
                break
    return Language(code=code, name=name, **{**found, **values})  # type: ignore[arg-type]


def word_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, for whole-word matching."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


T = TypeVar("T")


def remembered(
    table: dict[Language, dict[str, T]], word: str, lang: Language, compute: Callable[[str, Language], T]
) -> T:
    """``compute(word, lang)``, remembered per language in ``table`` (at most 65,536 words each). A plain
    dict: compiled code reads one far faster than it calls through ``functools.lru_cache``."""
    memo = table.get(lang)
    if memo is None:
        memo = table[lang] = {}
    if word in memo:
        return memo[word]
    if len(memo) >= 65536:
        memo.clear()
    found = memo[word] = compute(word, lang)
    return found
