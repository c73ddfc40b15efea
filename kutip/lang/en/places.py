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
)  # fmt: skip
SHORT_FORMS = ("us", "u.s", "usa", "uk", "u.k", "uae", "prc", "dprk")
COUNTRY_NAMES = frozenset(COUNTRIES + SHORT_FORMS)

PLACE_HEADS = frozenset(
    "street avenue road boulevard county district province river lake mount island bay square".split()
)
