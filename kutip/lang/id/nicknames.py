"""Indonesian name forms for the speaker registry: how articles say that two names are one person, the
well-known nicknames of public figures, the written forms of one given name, the spelling changes between the
old and the new orthography, and the contractions of body names.

Written for Kutip from the 1972 spelling reform (EYD: oe > u, dj > j, tj > c, j > y, ch > kh), Kemendagri and
Kemenpan usage for government bodies, and reading Kompas and Detik. Lower-case throughout.
"""

# "Saifullah Yusuf alias Gus Ipul", "Muhaimin Iskandar atau akrab disapa Cak Imin", "Immanuel Ebenezer yang
# akrab disapa Noel": the words between a full name and the other name it goes by.
ALIAS_CUES: tuple[str, ...] = (
    "alias",
    "atau akrab disapa",
    "atau biasa disapa",
    "atau akrab dipanggil",
    "atau biasa dipanggil",
    "atau dikenal dengan",
    "atau yang akrab disapa",
    "atau yang biasa disapa",
    "yang akrab disapa",
    "yang biasa disapa",
    "yang akrab dipanggil",
    "yang biasa dipanggil",
    "yang dikenal dengan sapaan",
    "akrab disapa",
    "biasa disapa",
    "akrab dipanggil",
    "sapaan akrabnya",
)

# "Organisasi Perburuhan Internasional atau ILO", "KH Maksum Faqih atau Gus Maksum": "atau" (or) joins two
# names of one only when the second is an acronym or a nickname (opens with one of NICKNAME_HONORIFICS).
WEAK_ALIAS_CUES: tuple[str, ...] = ("atau",)

# Words that open a nickname ("Gus Ipul", "Cak Imin", "Kang Dedi"): a name with one is not the fullest form.
NICKNAME_HONORIFICS = frozenset("gus cak kang mas bang ning neng mbak uda abah kak daeng bung".split())

# Well-known public figures and the names the news calls them by: (full name, nicknames ...). Shipped so that
# an article that only writes "Jokowi" finds the president; learnt ones come from the articles themselves.
NICKNAMES: tuple[tuple[str, ...], ...] = (
    ("Joko Widodo", "Jokowi"),
    ("Susilo Bambang Yudhoyono", "SBY"),
    ("Agus Harimurti Yudhoyono", "AHY"),
    ("Edhie Baskoro Yudhoyono", "Ibas"),
    ("Abdurrahman Wahid", "Gus Dur"),
    ("Basuki Tjahaja Purnama", "Ahok", "BTP"),
    ("Muhaimin Iskandar", "Cak Imin"),
    ("Saifullah Yusuf", "Gus Ipul"),
    ("Zulkifli Hasan", "Zulhas"),
    ("Bambang Soesatyo", "Bamsoet"),
    ("Tri Rismaharini", "Risma"),
    ("Ridwan Kamil", "Emil", "RK"),
    ("Dedi Mulyadi", "KDM"),
    ("Hidayat Nur Wahid", "HNW"),
    ("Yahya Cholil Staquf", "Gus Yahya"),
    ("Yaqut Cholil Qoumas", "Gus Yaqut"),
    ("Luhut Binsar Pandjaitan", "LBP"),
    ("Immanuel Ebenezer", "Noel"),
)

# Written forms of one given name: an article may write any of them, or the initial.
GIVEN_NAME_FORMS: tuple[frozenset[str], ...] = (
    frozenset(
        "muhammad mohammad mohamad muhamad mochammad mochamad mokhammad mukhamad muhamad moh moch mohd "
        "muh mhd md".split()
    ),
    frozenset("ahmad achmad akhmad ahmed ahmat".split()),
    frozenset("abdul abd".split()),
)

# Religious and academic titles an extraction may leave glued before a name ("Rohaniawan Pater John Jonga",
# "Ustaz Abdul Somad"): set aside when a name of two words or more follows.
NAME_TITLES = frozenset(
    "pater romo pastor pendeta rohaniawan bruder suster ustaz ustadz ustad kiai kyai kh habib syekh prof dr "
    "drs ir".split()
)

# Given names so common in Indonesia that, written alone, they say nothing of who is meant: a bare "Agus" or
# "Dewi" is never joined to a full name only because it was quoted in the same weeks. Written for Kutip from
# general knowledge of Indonesian naming (the Javanese, Sundanese and Muslim given names news carries most).
COMMON_GIVEN_NAMES = frozenset(
    "agus budi bambang joko eko dedi dede deni dedy hendra hadi adi ade andi anton arief arif aris asep "
    "bayu dian dewi dwi sri siti nur nurul indra iwan wahyu rudi rudy yusuf yudi yanto heri hery teguh "
    "rizki rizky ahmad abdul aziz ali hasan husein ibrahim ismail rahmat hidayat syarif fajar putra putri "
    "ayu ratna rina lina wati tuti yanti endang slamet suparman sutrisno supriyadi mulyadi setiawan "
    "prasetyo kurniawan santoso susanto wibowo saputra gunawan firmansyah ridwan irwan dani doni rini "
    "tri dodi dony anwar usman iskandar sulaiman hamzah lukman".split()
)

# Words before a name that say whose child or what birth order, not the name itself: "I Wayan Koster".
NAME_PREFIXES = frozenset("i ni raden r andi teuku tengku cut haji hj h".split())

# Old spelling -> new, applied in order to compare names ("Soeparno" / "Suparno", "Djonga" / "Jonga").
SPELLING: tuple[tuple[str, str], ...] = (
    ("oe", "u"),
    ("dj", "j"),
    ("tj", "c"),
    ("ch", "h"),
    ("kh", "h"),
    ("gh", "g"),
    ("dz", "z"),
    ("sy", "s"),
    ("j", "y"),
    ("y", "i"),
)

# Contractions of body names: "Kemensos" is "Kementerian Sosial", "Pemprov DKI" the "Pemerintah Provinsi DKI".
CONTRACTIONS: dict[str, str] = {
    "kemensos": "kementerian sosial",
    "kemenkeu": "kementerian keuangan",
    "kemenkes": "kementerian kesehatan",
    "kemendagri": "kementerian dalam negeri",
    "kemenlu": "kementerian luar negeri",
    "kemenag": "kementerian agama",
    "kemenhan": "kementerian pertahanan",
    "kemnaker": "kementerian ketenagakerjaan",
    "kemenaker": "kementerian ketenagakerjaan",
    "kementan": "kementerian pertanian",
    "kemenhub": "kementerian perhubungan",
    "kemendag": "kementerian perdagangan",
    "kemenperin": "kementerian perindustrian",
    "kemenpora": "kementerian pemuda dan olahraga",
    "kemenkumham": "kementerian hukum dan hak asasi manusia",
    "kemendikbud": "kementerian pendidikan dan kebudayaan",
    "kemenparekraf": "kementerian pariwisata dan ekonomi kreatif",
    "kemenkominfo": "kementerian komunikasi dan informatika",
    "kemkomdigi": "kementerian komunikasi dan digital",
    "kemenkomdigi": "kementerian komunikasi dan digital",
    "pemprov": "pemerintah provinsi",
    "pemkot": "pemerintah kota",
    "pemkab": "pemerintah kabupaten",
    "pemda": "pemerintah daerah",
    "polda": "kepolisian daerah",
    "polres": "kepolisian resor",
    "polresta": "kepolisian resor kota",
    "polsek": "kepolisian sektor",
    "dinkes": "dinas kesehatan",
    "disdik": "dinas pendidikan",
    "dishub": "dinas perhubungan",
}

# Words of a body's legal form, not of its name: "PT Pertamina (Persero) Tbk" is "Pertamina".
LEGAL_FORMS = frozenset("pt tbk persero perum perseroan terbatas cv".split())

# Regions written short or long in a body's name: "Pemprov DKI" and "Pemerintah Provinsi DKI Jakarta".
REGION_FORMS: dict[str, str] = {"dki jakarta": "dki"}

# Words of a role that say nothing about where a person works, on top of the titles ("Kepala", "Menteri"):
# two roles that share only these do not show one person.
GENERIC_ROLE_WORDS = frozenset(
    "dan di dari yang untuk pada bidang republik indonesia negara nasional pusat umum daerah provinsi kota "
    "kabupaten kecamatan desa seksi unit bagian badan dinas kantor lembaga komisi dewan majelis "
    "partai".split()
)

# Words of a role that name the institution a person serves, by the one institution they stand for: two roles
# naming different ones ("Kepala Biro Penerangan Masyarakat Divisi Humas Polri" / "Kepala Pusat Penerangan
# Hukum Kejaksaan Agung") are two people even when they share other words ("penerangan").
ROLE_BODIES: dict[str, str] = {
    **dict.fromkeys(
        "polri kepolisian polda polres polresta polrestabes polsek bareskrim korlantas".split(), "polri"
    ),
    **dict.fromkeys("kejaksaan kejagung kejati kejari jaksa".split(), "kejaksaan"),
    **dict.fromkeys("tni kodam korem kodim koramil kostrad kopassus".split(), "tni"),
    "kpk": "kpk",
    "kpu": "kpu",
    "bawaslu": "bawaslu",
    "dkpp": "dkpp",
    "ombudsman": "ombudsman",
    "bnpb": "bnpb",
    "bpbd": "bpbd",
    "bmkg": "bmkg",
    "bpk": "bpk",
    "ojk": "ojk",
    "lpsk": "lpsk",
    "kpai": "kpai",
    "kompolnas": "kompolnas",
    "pengadilan": "pengadilan",
}

# The standing a role or an apposition gives a person, for telling apart two people of one name: an ordinary
# citizen or a local functionary ("Suharso, seorang pedagang nasi goreng", "Kepala Seksi ... Joko Widodo") is
# not the minister or the president of that name. Offices change over the years (Kapolda -> Gubernur, Wali
# Kota -> Gubernur) but not from selling fried rice to a ministry in the same news. Union leaders are left
# out ("buruh"): "Presiden Partai Buruh" is an office.
CITIZEN_WORDS: tuple[str, ...] = (
    "warga",
    "penjual",
    "pedagang",
    "demonstran",
    "pendemo",
    "pengunjuk rasa",
    "pengemudi",
    "sopir",
    "nelayan",
    "pengunjung",
    "penumpang",
    "pembeli",
    "ibu rumah tangga",
    "resident",
    "vendor",
    "seller",
    "protester",
    "demonstrator",
    "shopkeeper",
)
STAFF_WORDS: tuple[str, ...] = (
    "kepala seksi",
    "kasi",
    "kasubag",
    "kasubbag",
    "staf",
    "ketua rt",
    "ketua rw",
    "kepala lingkungan",
    "kepala dusun",
    "kadus",
)
HIGH_OFFICE_WORDS: tuple[str, ...] = (
    "presiden",
    "wakil presiden",
    "wapres",
    "menteri",
    "menko",
    "panglima",
    "kapolri",
    "jaksa agung",
    "gubernur",
    "bupati",
    "wali kota",
    "walikota",
    "president",
    "minister",
    "governor",
    "mayor",
)
