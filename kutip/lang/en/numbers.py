"""English number words, scales, currencies and units."""

NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )},
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "dozens": 12, "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
}  # fmt: skip

SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1000,
    "million": 1_000_000,
    "mln": 1_000_000,
    "billion": 1_000_000_000,
    "bln": 1_000_000_000,
    "trillion": 10**12,
}

CURRENCIES: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "€": "EUR",
    "euros": "EUR",
    "euro": "EUR",
    "£": "GBP",
    "pounds": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupiah": "IDR",
    "rp": "IDR",
}

UNITS = frozenset(
    "troops soldiers people percent votes voters jobs dollars years months days weeks hours minutes miles "
    "kilometers km tons barrels cases deaths patients students residents refugees migrants members seats "
    "points delegates times".split()
)

PERCENT_WORDS = frozenset({"%", "percent"})
