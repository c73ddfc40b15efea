"""Small closed word classes the phrase grammars use: what joins a name, what ends a speaker phrase, what
marks an object. Written for Kutip from the Indonesian word classes of the KBBI (kata tugas)."""

RELATIVES = frozenset({"yang"})
# words that may join the capitalised words of one name or role ("Program untuk Sumatera", "Director of")
LINKS = frozenset({"dan", "untuk", "bidang", "of", "for", "and", "on"})
CONJUNCTIONS = frozenset({"dan", "serta", "&"})
# what may join the pieces of a role before the name: "anggota tim dari UGM, Sari Wulandari"
APPOSITION_JOINS = frozenset({",", "dari", "pada", "di", "/"})
CORRELATIVES = frozenset({"baik"})  # "Baik Rusia dan Korea Utara"
LEADING_DROPS = frozenset({"baik", "pihak"})  # dropped before a speaker phrase: "pihak RK" -> "RK"
CLAUSE_STARTS = frozenset(
    "setelah sesudah sebelum saat ketika sambil seraya sembari usai seusai karena sebab kemudian lalu".split()
)
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
ADVERBIAL_ENDS = frozenset({"lalu", "silam"})  # "Dua hari lalu, ...": a time, not a subject
PLURALS = frozenset({"para", "kedua"})
PREPOSITIONS = frozenset({"di", "dari", "pada", "untuk", "ke"})
LIST_WORDS = frozenset({"dan", "serta", "atau"})
PLACE_WORDS = frozenset({"di", "ke", "dari", "pada", "dalam", "untuk"})
# words that end a speaker or subject phrase (a clause goes on)
FUNCTION_WORDS = frozenset(
    "ada adalah agar akan apabila atau belum bila bisa boleh bukan dapat dengan dia harus hal hingga ia "
    "ingin jika juga kalau karena kepada lebih maka masih mau namun oleh paling perlu pernah pula pun "
    "saja sampai sangat sebab sedang sudah supaya tak tanpa tapi telah tentu terhadap tetapi tidak untuk "
    "yang".split()
)
# lower-case words that may stand inside a role ("juru bicara", "kepala bagian umum")
ROLE_FILLERS = frozenset(
    "agung bagian besar bicara bidang daerah dalam dari divisi ini itu jenderal kabupaten kedua khusus "
    "kota luar madya muda nasional negara negeri para pertama provinsi pusat republik resor salah satu "
    "sejumlah sektor seorang tersebut tinggi umum unit utama wilayah".split()
)
# words before a name that make it an object, not the subject: "bersama X", "menemui X"
OBJECT_MARKERS = frozenset(
    "antara atas atau bagi bersama bertemu dan dari dengan di ke kepada melawan memanggil memeriksa "
    "menangkap menemui menetapkan oleh pada selain seperti serta tentang terhadap termasuk untuk yaitu "
    "yakni halnya".split()
)
# verb prefixes (meN-, ber-, di-, ter-, per-): a lower-case word with one is most likely a verb
VERB_PREFIXES = ("meng", "meny", "mem", "men", "me", "ber", "di", "ter", "per")
# a capitalised word unknown to the lexicon that opens like a verb is no name: "Mengenal", "Berdialog"
VERB_LIKE_STARTS = ("meng", "meny", "mem", "men", "diper", "dike", "ber")
# nouns made with pe-an / per-an / ke-an are not verbs: "perumahan", "kesehatan"
NOUN_CIRCUMFIXES = (("per", "an"), ("pe", "an"), ("ke", "an"))
# enclitics that end adverbs and nominalisations, never a name: "Menariknya", "Tersisalah"
PARTICLE_SUFFIXES = ("nya", "lah")
GOVERNMENT_WORDS = frozenset({"pemerintah"})  # "Pemerintah Korea Selatan" speaks for the country
AGENT_MARKERS = frozenset({"oleh"})  # "disampaikan oleh X"
# With weekdays and months, the words of a time phrase after a cue ("mengatakan pada Jumat (10/10) ...").
TIME_WORDS = frozenset({"pekan", "minggu", "bulan", "tahun", "malam", "pagi", "siang", "sore", "hari"})
VIA_WORDS = frozenset({"lewat", "melalui", "via"})  # "Versi BGN, lewat Kepala BGN Dadan, menyebut ..."
# ", meski ia mengakui ...", ", sedangkan Budi mengatakan ...": a second report with a subject of its own
CONTRASTS = frozenset("meski meskipun walau walaupun sedangkan sementara".split())

# "ujar perempuan asal Depok", "kata pria berusia 40 tahun itu": a person word described by where they come
# from or their age names someone the text has just named (with "seorang" before it, someone new)
ORIGIN_LINKS = frozenset({"asal", "berusia", "kelahiran"})

# "Zulkifli diyakini mampu ...", "Budi dinilai lamban": what others think of the person, who says nothing
OPINION_PASSIVES = frozenset("diyakini dinilai dianggap diduga dikenal disebut-sebut dipandang dicap".split())
