"""English roles: ranks, role words and abbreviated titles, for cutting a role from a name and writing it
in one canonical form. Sources: AP style title abbreviations and US/UK military and police rank lists."""

# Ranks and titles kept in a speaker's ``rank``, never in the role.
RANKS = (
    "lt. gen.", "lt. gen", "lt gen", "maj. gen.", "maj. gen", "maj gen", "brig. gen.", "brig. gen",
    "brig gen",
    "gen.", "gen", "general", "lt. col.", "lt. col", "lt col", "col.", "col", "colonel", "maj.", "major",
    "capt.", "captain", "lt.", "lieutenant", "sgt.", "sgt", "sergeant", "adm.", "adm", "admiral",
    "vice adm.", "rear adm.", "cmdr.", "commander", "cpl.", "pvt.", "det.", "detective", "insp.", "inspector",
    "supt.", "superintendent", "prof.", "prof", "professor", "dr.", "dr",
)  # fmt: skip

RANK_TAILS = frozenset()

ROLE_STARTS = frozenset(
    "president vice prime minister secretary senator sen. sen rep. rep representative gov. gov governor "
    "mayor spokesman spokeswoman spokesperson chief head director chairman chairwoman chair ceo cfo coo "
    "founder co-founder executive deputy assistant ambassador envoy judge justice attorney lawyer "
    "commissioner chancellor king queen prince leader speaker analyst economist researcher professor "
    "former ex- acting interim official".split()
)

ROLE_TRAILERS = frozenset("of at in for and the who, said".split())

# Abbreviated titles, as the canonical form spells them out.
ABBREVIATIONS = {
    "sen.": "Senator",
    "sen": "Senator",
    "rep.": "Representative",
    "gov.": "Governor",
    "lt. gov.": "Lieutenant Governor",
    "pres.": "President",
    "vp": "Vice President",
    "sec.": "Secretary",
    "atty. gen.": "Attorney General",
    "ag": "Attorney General",
    "amb.": "Ambassador",
    "supt.": "Superintendent",
    "dept.": "Department",
    "gen.": "General",
    "u.s.": "US",
    "u.n.": "UN",
    "pm": "Prime Minister",
}
# the same written without the period, as at the end of a role whose period was trimmed ("Gov.")
ABBREVIATIONS.update({k.replace(".", ""): v for k, v in list(ABBREVIATIONS.items()) if k.endswith(".")})

MISSPELLINGS: dict[str, str] = {}

COMPLETIONS: dict[str, str] = {}

ALIAS_MARKERS = ("also known as", "better known as", "known as", "a.k.a.", "aka", "dubbed", "nicknamed")

NAME_TITLES: frozenset[str] = frozenset()

ROLE_TAIL_WORDS: frozenset[str] = frozenset()

STANDALONE_BODIES = frozenset("kremlin pentagon".split())

ROLE_PREFIXES = frozenset("former ex acting".split())

NAME_ENDINGS: tuple[str, ...] = ()

LOWER_ROLE_HEADS: frozenset[str] = frozenset()

RELATIONAL_ROLES: frozenset[str] = frozenset()

RELATION_TAILS: tuple[str, ...] = ()

DROPPED_LINKS: frozenset[str] = frozenset()

# a lower-case word that ends a role written after a name and opens the event the person spoke at:
# "Ruth Alvarez, governor of the state during a hearing on the levee, ..."
EVENT_BREAKS = frozenset("during while when after before".split())

# words of courtesy before a name that say nothing of an office: alone before a name, no role ("Mr. Smith");
# "Sen.", "Gov.", "Dr." say one and are not here
COURTESY_TITLES = frozenset("mr mrs ms miss mx sir madam".split())
