"""English number words, scales, currencies and units, and the words that make a number something other
than an amount (an age, a clock time, an article of a law).

Sources: the AP and Reuters style of figures ("$1.2 billion", "3 p.m.", "John Smith, 52,", "Article 5").
Every unit maps to the same name as its Indonesian counterpart (``kutip/lang/id/numbers.py``): an ISO 4217
code for money, "percent", and English plural nouns for counts ("people", "troops", "tons").
"""

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
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bln": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 10**12,
    "tn": 10**12,
}

# Currency names written after the number ("20 million dollars"), lower-cased -> ISO 4217.
CURRENCIES: dict[str, str] = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "usd": "USD",
    "singapore dollars": "SGD",
    "australian dollars": "AUD",
    "hong kong dollars": "HKD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds": "GBP",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "idr": "IDR",
    "rupees": "INR",
    "baht": "THB",
    "roubles": "RUB",
    "rubles": "RUB",
}

# Currency signs and codes written before the number ("$1.2 billion", "Rp 14,500"), lower-cased -> ISO 4217.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "s$": "SGD",
    "a$": "AUD",
    "hk$": "HKD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "rmb": "CNY",
    "rm": "MYR",
    "rp": "IDR",
    "idr": "IDR",
}

PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})

# Counted nouns and measures, lower-cased (several words allowed) -> the unit's name across languages.
UNITS: dict[str, str] = {
    "people": "people",
    "persons": "people",
    "person": "people",
    "residents": "people",
    "individuals": "people",
    "troops": "troops",
    "soldiers": "troops",
    "personnel": "personnel",
    "police officers": "police officers",
    "victims": "victims",
    "deaths": "deaths",
    "dead": "deaths",
    "fatalities": "deaths",
    "injured": "injured",
    "students": "students",
    "pupils": "students",
    "children": "children",
    "kids": "children",
    "toddlers": "toddlers",
    "patients": "patients",
    "cases": "cases",
    "families": "families",
    "households": "households",
    "passengers": "passengers",
    "voters": "voters",
    "members": "members",
    "workers": "workers",
    "employees": "workers",
    "health workers": "health workers",
    "teachers": "teachers",
    "doctors": "doctors",
    "participants": "participants",
    "respondents": "respondents",
    "recipients": "recipients",
    "refugees": "refugees",
    "migrants": "migrants",
    "jobs": "jobs",
    "votes": "votes",
    "seats": "seats",
    "suspects": "suspects",
    "defendants": "defendants",
    "witnesses": "witnesses",
    "perpetrators": "perpetrators",
    "ministers": "ministers",
    "delegates": "delegates",
    "homes": "homes",
    "houses": "homes",
    "hospitals": "hospitals",
    "schools": "schools",
    "villages": "villages",
    "districts": "districts",
    "regencies": "regencies",
    "cities": "cities",
    "provinces": "provinces",
    "countries": "countries",
    "nations": "countries",
    "companies": "companies",
    "firms": "companies",
    "ministries": "ministries",
    "kitchens": "kitchens",
    "sites": "sites",
    "beds": "beds",
    "projects": "projects",
    "locations": "sites",
    "regions": "regions",
    "parties": "parties",
    "programs": "programs",
    "programmes": "programs",
    "sectors": "sectors",
    "reports": "reports",
    "activities": "activities",
    "units": "units",
    "vehicles": "vehicles",
    "cars": "cars",
    "motorcycles": "motorcycles",
    "ships": "ships",
    "vessels": "ships",
    "aircraft": "aircraft",
    "planes": "aircraft",
    "missiles": "missiles",
    "drones": "drones",
    "doses": "doses",
    "portions": "portions",
    "servings": "portions",
    "meals": "meals",
    "packages": "packages",
    "bottles": "bottles",
    "documents": "documents",
    "trees": "trees",
    "incidents": "incidents",
    "tons": "tons",
    "ton": "tons",
    "tonnes": "tons",
    "tonne": "tons",
    "kg": "kg",
    "kilograms": "kg",
    "kilogrammes": "kg",
    "grams": "grams",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "miles": "miles",
    "meters": "meters",
    "metres": "meters",
    "square meters": "m2",
    "square metres": "m2",
    "m2": "m2",
    "hectares": "hectares",
    "acres": "acres",
    "liters": "liters",
    "litres": "liters",
    "gallons": "gallons",
    "barrels": "barrels",
    "megawatts": "MW",
    "mw": "MW",
    "gigawatts": "GW",
    "gw": "GW",
    "kwh": "kWh",
    "degrees": "degrees",
    "points": "points",
    "basis points": "basis points",
    "bps": "basis points",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
    "times": "times",
    "decades": "decades",
    "years": "years",
    "semesters": "semesters",
    "year": "years",
    "months": "months",
    "month": "months",
    "weeks": "weeks",
    "week": "weeks",
    "days": "days",
    "day": "days",
    "hours": "hours",
    "hour": "hours",
    "minutes": "minutes",
    "minute": "minutes",
    "seconds": "seconds",
}

# After a figure, a rate's denominator follows ("Rp 5.000 per kg"): not what is counted.
RATE_WORDS = frozenset({"per", "a", "an", "each"})

# "52-year-old", "52 years old": an age.
AGE_WORDS = frozenset({"aged", "age", "ages"})
AGE_SUFFIXES: tuple[str, ...] = ("-year-old", "-year-olds", "-years-old", " years old", " year old")

# Clock times: "3 p.m.", "10:30 GMT".
CLOCK_WORDS: frozenset[str] = frozenset()
CLOCK_SUFFIXES = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "edt", "est", "pt", "pdt", "pst"})

# Words right before a number that make it a label or an article of a text: "Article 5", "Section 230",
# "No. 10", "Resolution 2334", "Grade 9".
REFERENCE_WORDS = frozenset(
    "article articles section sections clause paragraph chapter no no. page resolution amendment "
    "item rule grade ranked rank room floor gate flight route highway interstate level phase".split()
)
ORDINAL_PREFIXES: tuple[str, ...] = ()

# Between two numbers of one range ("3 to 5 percent") or of one list ("Articles 5 and 6").
RANGE_WORDS = frozenset({"to"})
RANGE_OPENERS = frozenset({"between"})  # "between 3,000 and 5,000 troops"
RANGE_ANDS = frozenset({"and"})
CHANGE_OPENERS = frozenset({"from"})  # "rose from 3% to 5%": two values, not a range
NUMBER_JOINS = frozenset({"and", "or", "to", "through"})
# "thousands of people": a word between a number word and what it counts.
COUNT_LINKS = frozenset({"of"})
