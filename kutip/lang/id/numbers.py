"""Indonesian number words, scales, currencies and units, and the words that make a number something other
than an amount (an age, a clock time, an article of a law).

Sources: KBBI (number words, classifiers "penggolong"), Bank Indonesia's notation for rupiah ("Rp 14.500",
"Rp 3,5 juta") and the Indonesian news habits seen in Kompas and Detik texts ("pukul 14.30 WIB", "Pasal 27
ayat (3)", "berusia 52 tahun", "SMPN 33"). Every unit maps to the one name the claim map compares across
languages (``kutip/lang/en/numbers.py`` maps the English words to the same names): an ISO 4217 code for
money, "percent", and English plural nouns for counts ("people", "troops", "tons").
"""

NUMBER_WORDS: dict[str, int] = {
    "nol": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    "seribu": 1000,
    "sejuta": 1_000_000,
    "puluhan": 10,
    "ratusan": 100,
    "ribuan": 1000,
    "jutaan": 1_000_000,
    "belasan": 10,
}

SCALES: dict[str, int] = {
    "puluh": 10,
    "ratus": 100,
    "ribu": 1000,
    "rb": 1000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "m": 1_000_000_000,
    "triliun": 10**12,
    "t": 10**12,
}

# Currency names written after the number ("5 juta dolar AS"), lower-cased -> ISO 4217.
CURRENCIES: dict[str, str] = {
    "rupiah": "IDR",
    "idr": "IDR",
    "dolar": "USD",
    "dollar": "USD",
    "dolar as": "USD",
    "dollar as": "USD",
    "dolar amerika": "USD",
    "dolar amerika serikat": "USD",
    "usd": "USD",
    "dolar singapura": "SGD",
    "sgd": "SGD",
    "dolar australia": "AUD",
    "dolar hong kong": "HKD",
    "euro": "EUR",
    "eur": "EUR",
    "ringgit": "MYR",
    "ringgit malaysia": "MYR",
    "yen": "JPY",
    "yen jepang": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "won korea": "KRW",
    "poundsterling": "GBP",
    "pound sterling": "GBP",
    "riyal": "SAR",
    "riyal saudi": "SAR",
    "rupee": "INR",
    "baht": "THB",
    "rubel": "RUB",
}

# Currency signs and codes written before the number ("Rp 14.500", "US$ 300 juta"), lower-cased -> ISO 4217.
CURRENCY_SYMBOLS: dict[str, str] = {
    "rp": "IDR",
    "idr": "IDR",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "s$": "SGD",
    "sgd": "SGD",
    "a$": "AUD",
    "hk$": "HKD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "rm": "MYR",
    "myr": "MYR",
    "¥": "JPY",
    "jpy": "JPY",
    "rmb": "CNY",
    "cny": "CNY",
    "krw": "KRW",
}

PERCENT_WORDS = frozenset({"%", "persen", "prosen"})

# Counted nouns and measures, lower-cased (several words allowed) -> the unit's name across languages.
UNITS: dict[str, str] = {
    # people
    "orang": "people",
    "jiwa": "people",
    "warga": "people",
    "penduduk": "people",
    "individu": "people",
    "tentara": "troops",
    "pasukan": "troops",
    "prajurit": "troops",
    "serdadu": "troops",
    "personel": "personnel",
    "polisi": "police officers",
    "korban": "victims",
    "korban jiwa": "deaths",
    "korban tewas": "deaths",
    "korban meninggal": "deaths",
    "kematian": "deaths",
    "tewas": "deaths",
    "meninggal": "deaths",
    "luka": "injured",
    "luka-luka": "injured",
    "siswa": "students",
    "murid": "students",
    "pelajar": "students",
    "mahasiswa": "students",
    "anak": "children",
    "balita": "toddlers",
    "pasien": "patients",
    "kasus": "cases",
    "keluarga": "families",
    "kepala keluarga": "families",
    "rumah tangga": "households",
    "penumpang": "passengers",
    "pemilih": "voters",
    "anggota": "members",
    "pekerja": "workers",
    "buruh": "workers",
    "karyawan": "workers",
    "pegawai": "workers",
    "tenaga kerja": "workers",
    "tenaga kesehatan": "health workers",
    "nakes": "health workers",
    "guru": "teachers",
    "dokter": "doctors",
    "peserta": "participants",
    "responden": "respondents",
    "penerima": "recipients",
    "pengungsi": "refugees",
    "migran": "migrants",
    "lapangan kerja": "jobs",
    "lapangan pekerjaan": "jobs",
    "suara": "votes",
    "kursi": "seats",
    "tersangka": "suspects",
    "terdakwa": "defendants",
    "saksi": "witnesses",
    "pelaku": "perpetrators",
    "menteri": "ministers",
    # places and bodies
    "rumah": "homes",
    "rumah sakit": "hospitals",
    "sekolah": "schools",
    "desa": "villages",
    "kecamatan": "districts",
    "kabupaten": "regencies",
    "kota": "cities",
    "provinsi": "provinces",
    "negara": "countries",
    "perusahaan": "companies",
    "kementerian": "ministries",
    "dapur": "kitchens",
    "titik": "sites",
    "tempat tidur": "beds",
    "proyek": "projects",
    "lokasi": "sites",
    "daerah": "regions",
    "wilayah": "regions",
    "kampung": "villages",
    "partai": "parties",
    "program": "programs",
    "sektor": "sectors",
    "perkara": "cases",
    "laporan": "reports",
    "kegiatan": "activities",
    # things
    "unit": "units",
    "kendaraan": "vehicles",
    "mobil": "cars",
    "motor": "motorcycles",
    "sepeda motor": "motorcycles",
    "kapal": "ships",
    "pesawat": "aircraft",
    "rudal": "missiles",
    "drone": "drones",
    "dosis": "doses",
    "porsi": "portions",
    "paket": "packages",
    "botol": "bottles",
    "dokumen": "documents",
    "pohon": "trees",
    "kejadian": "incidents",
    "insiden": "incidents",
    # measures
    "ton": "tons",
    "kg": "kg",
    "kilogram": "kg",
    "gram": "grams",
    "km": "km",
    "kilometer": "km",
    "meter": "meters",
    "m2": "m2",
    "m²": "m2",
    "meter persegi": "m2",
    "hektare": "hectares",
    "hektar": "hectares",
    "ha": "hectares",
    "liter": "liters",
    "barel": "barrels",
    "megawatt": "MW",
    "mw": "MW",
    "gigawatt": "GW",
    "gw": "GW",
    "kwh": "kWh",
    "cc": "cc",
    "mm": "mm",
    "derajat": "degrees",
    "poin": "points",
    "basis poin": "basis points",
    "bps": "basis points",
    "poin persentase": "percentage points",
    "kali": "times",
    "kali lipat": "times",
    # time spans
    "dekade": "decades",
    "tahun": "years",
    "semester": "semesters",
    "bulan": "months",
    "pekan": "weeks",
    "minggu": "weeks",
    "hari": "days",
    "jam": "hours",
    "menit": "minutes",
    "detik": "seconds",
}

# Classifiers ("penggolong"): "lima ekor sapi", "tiga buah rumah", "satu unit mobil" count the noun after.
CLASSIFIERS = frozenset(
    {"buah", "biji", "butir", "ekor", "lembar", "helai", "batang", "pucuk", "bidang", "unit"}
)

# After a figure, a rate's denominator follows ("Rp 5.000 per kg"): not what is counted.
RATE_WORDS = frozenset({"per", "setiap", "tiap"})

# Number words that count nothing: "salah satu" is "one of" ("salah satu warga", "one of the residents").
NOT_COUNTING = frozenset({"salah satu"})

# Words right before a number that make it an age: "berusia 52 tahun", "usia 18-24 tahun".
AGE_WORDS = frozenset({"berusia", "usia", "umur", "berumur", "usianya", "umurnya"})

# Clock times: "pukul 14.30 WIB", "jam 9 pagi" (while "9 jam" is a span of hours).
CLOCK_WORDS = frozenset({"pukul", "pkl", "jam"})
CLOCK_SUFFIXES = frozenset({"wib", "wita", "wit", "gmt", "utc"})

# Words right before a number that make it a label or an article of a text, not an amount: "Pasal 27 ayat
# (3)", "UU Nomor 11", "RT 03 RW 09", "desil 1", "kelas 9", "peringkat 3", "tanggal 15".
REFERENCE_WORDS = frozenset(
    "pasal ayat huruf butir nomor nomer no bab bagian paragraf lampiran halaman hlm uu perppu perpu pp "
    "perpres permen keppres kepres inpres perda sila jilid edisi seri rt rw desil kelas peringkat ranking "
    "tahap gelombang lantai tanggal tgl juncto jo".split()
)
# Written right before a number, an ordinal: "Presiden ke-7".
ORDINAL_PREFIXES: tuple[str, ...] = ("ke-",)

# Words between two numbers of one range ("10 hingga 15 persen") or of one list ("Pasal 310 dan 311").
RANGE_WORDS = frozenset({"hingga", "sampai", "sampai dengan", "s.d.", "s/d"})
RANGE_OPENERS = frozenset({"antara"})  # "antara 10 dan 15 persen"
RANGE_ANDS = frozenset({"dan"})
CHANGE_OPENERS = frozenset({"dari"})  # "naik dari 10 hingga 15 persen": two values, not a range
NUMBER_JOINS = frozenset({"dan", "atau", "serta", "hingga", "sampai", "s.d.", "s/d", "juncto", "jo"})
