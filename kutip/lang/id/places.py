"""Country names in Indonesian (Badan Bahasa's list of country names) and the common short forms news uses."""

COUNTRIES = frozenset(
    """
indonesia malaysia singapura thailand filipina vietnam myanmar kamboja laos brunei timor leste
tiongkok china cina jepang korea utara korea selatan taiwan india pakistan bangladesh afghanistan iran irak
suriah lebanon israel palestina yordania mesir arab saudi yaman qatar kuwait uni emirat arab turki rusia
ukraina belarusia polandia jerman prancis perancis inggris italia spanyol portugal belanda belgia swiss
austria swedia norwegia denmark finlandia yunani hungaria rumania amerika serikat as kanada meksiko brasil
argentina chile kolombia venezuela australia selandia baru afrika selatan nigeria kenya ethiopia sudan
libya aljazair maroko tunisia georgia armenia azerbaijan kazakhstan uzbekistan mongolia nepal sri lanka
""".split("\n")
)


def _country_names() -> frozenset[str]:
    multi = {
        "korea utara", "korea selatan", "timor leste", "arab saudi", "uni emirat arab", "amerika serikat",
        "selandia baru", "afrika selatan", "sri lanka",
    }
    words = {w for line in COUNTRIES for w in line.split()}
    parts = {p for m in multi for p in m.split()}
    return frozenset((words - parts) | multi | {"as", "rusia", "korut", "korsel", "ri", "rrt", "uea"})


COUNTRY_NAMES = _country_names()
