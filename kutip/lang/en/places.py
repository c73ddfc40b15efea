"""English country names and heads of place names, lower-cased."""

COUNTRIES = (
    "united states", "america", "russia", "china", "ukraine", "north korea", "south korea", "korea", "japan",
    "india", "pakistan", "afghanistan", "iran", "iraq", "syria", "israel", "palestine", "lebanon", "jordan",
    "egypt", "saudi arabia", "turkey", "britain", "great britain", "united kingdom", "england", "scotland",
    "ireland", "france", "germany", "italy", "spain", "portugal", "netherlands", "belgium", "poland",
    "belarus", "sweden", "norway", "finland", "denmark", "greece", "canada", "mexico", "cuba", "brazil",
    "argentina", "venezuela", "colombia", "chile", "peru", "australia", "new zealand", "indonesia",
    "malaysia", "singapore", "philippines", "vietnam", "thailand", "myanmar", "nigeria", "kenya",
    "south africa", "ethiopia", "libya", "yemen", "qatar", "kuwait", "taiwan", "hungary", "austria",
    "switzerland", "czech republic", "romania", "serbia", "georgia", "armenia", "azerbaijan", "kazakhstan",
    "estonia", "latvia", "lithuania", "moldova", "bulgaria", "croatia", "slovenia", "slovakia", "bosnia",
    "albania", "north macedonia", "montenegro", "kosovo", "iceland", "luxembourg", "cyprus", "malta",
    "bangladesh", "sri lanka", "nepal", "cambodia", "laos", "mongolia", "uzbekistan", "turkmenistan",
    "tajikistan", "kyrgyzstan", "oman", "bahrain", "united arab emirates", "algeria", "morocco", "tunisia",
    "sudan", "south sudan", "somalia", "eritrea", "uganda", "tanzania", "rwanda", "burundi", "congo",
    "angola", "zambia", "zimbabwe", "mozambique", "namibia", "botswana", "madagascar", "ghana",
    "ivory coast", "senegal", "mali", "niger", "cameroon", "burkina faso", "sierra leone", "liberia",
    "ecuador", "bolivia", "paraguay", "uruguay", "guatemala", "honduras", "el salvador", "nicaragua",
    "costa rica", "panama", "haiti", "dominican republic", "jamaica", "bahamas", "fiji", "papua new guinea",
    "east timor", "brunei", "maldives", "burma",
)  # fmt: skip
SHORT_FORMS = ("us", "u.s", "usa", "uk", "u.k", "uae", "prc", "dprk")
# US states and their AP abbreviations: "Des Moines, Iowa," / "Concord, N.H.," name a place, not a speaker
STATES = (
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
    "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
    "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
    "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
    "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina",
    "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming", "puerto rico", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn",
    "vt", "va", "wash", "w.va", "wis", "wyo", "d.c",
)  # fmt: skip
COUNTRY_NAMES = frozenset(COUNTRIES + SHORT_FORMS + STATES)

# Capitals (and seats) that news lets speak for their governments: "Pyongyang denied", "the Kremlin said".
CAPITALS = (
    *"""pyongyang seoul beijing moscow kremlin washington tokyo kyiv kiev tehran london paris berlin brussels
    ankara jakarta canberra ottawa islamabad kabul damascus baghdad riyadh cairo havana caracas taipei hanoi
    manila bangkok jerusalem minsk warsaw rome madrid copenhagen stockholm oslo helsinki dublin lisbon vienna
    prague budapest bucharest athens belgrade zagreb vilnius riga tallinn amsterdam brasilia bogota nairobi
    lagos abuja pretoria johannesburg doha dubai muscat amman beirut dhaka kathmandu colombo
    yangon tbilisi yerevan baku astana tashkent""".split(),
    "new delhi", "kuala lumpur", "tel aviv", "buenos aires", "mexico city", "addis ababa", "abu dhabi",
    "the hague", "phnom penh",
)  # fmt: skip
# Continents and regions: places, never anyone's name ("Europe", "Crimea", "the Middle East").
REGIONS = (
    *"""europe asia africa oceania antarctica arctic scandinavia balkans caribbean siberia crimea donbas gaza
    kashmir tibet xinjiang""".split(),
    "latin america", "south america", "north america", "central america", "middle east", "west bank",
    "eastern europe", "western europe", "southeast asia", "east asia", "central asia",
)  # fmt: skip
PLACE_NAMES = frozenset(CAPITALS + REGIONS)

# Heads of place names. English puts the head last ("Trump Tower", "Orange County", "Madison Square
# Garden"); words that are also common surnames (Park, Hall, Church, Hill) are left out.
PLACE_HEADS = frozenset(
    "street avenue road boulevard county district province river lake mount island bay square "
    "tower towers hotel stadium arena airport station plaza garden gardens building bridge mall palace "
    "cathedral mosque harbor harbour valley canyon".split()
)
