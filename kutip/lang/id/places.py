"""Country names in Indonesian (Badan Bahasa's list of country names) and the short forms news uses."""

COUNTRIES = (
    "indonesia", "malaysia", "singapura", "thailand", "filipina", "vietnam", "myanmar", "kamboja", "laos",
    "brunei", "timor leste", "tiongkok", "china", "cina", "jepang", "korea utara", "korea selatan", "taiwan",
    "india", "pakistan", "bangladesh", "afghanistan", "iran", "irak", "suriah", "lebanon", "israel",
    "palestina", "yordania", "mesir", "arab saudi", "yaman", "qatar", "kuwait", "uni emirat arab", "turki",
    "rusia", "ukraina", "belarusia", "polandia", "jerman", "prancis", "perancis", "inggris", "italia",
    "spanyol", "portugal", "belanda", "belgia", "swiss", "austria", "swedia", "norwegia", "denmark",
    "finlandia", "yunani", "hungaria", "rumania", "amerika serikat", "as", "kanada", "meksiko", "brasil",
    "argentina", "chile", "kolombia", "venezuela", "australia", "selandia baru", "afrika selatan", "nigeria",
    "kenya", "ethiopia", "sudan", "libya", "aljazair", "maroko", "tunisia", "georgia", "armenia",
    "azerbaijan", "kazakhstan", "uzbekistan", "mongolia", "nepal", "sri lanka",
    "peru", "kuba", "ekuador", "bolivia", "paraguay", "uruguay", "panama", "irlandia", "islandia", "ceko",
    "slowakia", "slovenia", "kroasia", "serbia", "bosnia", "albania", "bulgaria", "lituania", "latvia",
    "estonia", "siprus", "luksemburg", "vatikan", "tanzania", "uganda", "ghana", "senegal", "kamerun",
    "somalia", "zimbabwe", "angola", "mozambik", "madagaskar", "oman", "bahrain", "maladewa", "bhutan",
    "papua nugini", "fiji", "tajikistan", "kirgistan", "turkmenistan", "korea",
)  # fmt: skip

SHORT_FORMS = ("korut", "korsel", "ri", "rrt", "uea", "amerika", "as")  # fmt: skip

COUNTRY_NAMES = frozenset(COUNTRIES + SHORT_FORMS)

# Capitals (and seats) that news lets speak for their governments ("Pyongyang membantah").
CAPITALS = frozenset((
    *"""pyongyang seoul beijing moskwa moskow kremlin washington tokyo kyiv kiev teheran london paris berlin
    brussel ankara canberra ottawa islamabad kabul damaskus baghdad bagdad riyadh kairo havana caracas
    taipei hanoi manila bangkok yerusalem minsk warsawa roma madrid""".split(),
    "new delhi", "kuala lumpur", "tel aviv",
))  # fmt: skip

# Heads of place names, followed by the place's proper name: "Jalan Merdeka", "Desa Sukamaju",
# "Kecamatan Cibeber" are places, and the word after the head is never a person's name.
PLACE_HEADS = frozenset(
    "jalan jl kecamatan kabupaten kota desa kelurahan provinsi taman pasar gunung sungai pulau pantai "
    "bandara stasiun terminal pelabuhan kampung dusun teluk selat danau bukit simpang blok rsud rsup rs "
    "puskesmas klinik lapas rutan toko warung restoran kafe mal pabrik "
    # buildings and grounds: "Gudang Bulog Kelapa Gading", "Masjid Istiqlal", "Stadion Gelora Bung Karno"
    "gudang menara hotel stadion lapangan masjid musala gereja vihara klenteng apartemen "
    "kompleks jembatan bendungan waduk hutan benteng lembah distrik museum monumen".split()
)
