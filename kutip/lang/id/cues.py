"""Indonesian speech cues and the speech act each one signals.

Sources: the cue lists of the PFSA-ID annotation scheme (CUE spans), the KBBI entries of each verb, and the
speech-act mapping of the project's annotation guideline (say, assert, deny, claim, accuse, admit, warn,
request, opinion, promise, other).
"""

# Roots that follow a closing quotation mark, bare ("kata X") or with -nya ("ujarnya"). root -> act
TRAILER_ROOTS: dict[str, str] = {
    "kata": "say",
    "ujar": "say",
    "ucap": "say",
    "tutur": "say",
    "ungkap": "say",
    "jelas": "say",
    "tambah": "say",
    "imbuh": "say",
    "lanjut": "say",
    "sambung": "say",
    "terang": "say",
    "papar": "say",
    "pungkas": "say",
    "tutup": "say",
    "tulis": "say",
    "sebut": "say",
    "beber": "say",
    "cerita": "say",
    "kisah": "say",
    "urai": "say",
    "rinci": "say",
    "bilang": "say",
    "sahut": "say",
    "jawab": "say",
    "timpal": "say",
    "seru": "say",
    "tandas": "say",
    "ulas": "say",
    "paparnya": "say",
    "katakan": "say",
    "tegas": "assert",
    "pasti": "assert",
    "klaim": "claim",
    "aku": "admit",
    "bantah": "deny",
    "tepis": "deny",
    "sangkal": "deny",
    "tuding": "accuse",
    "tuduh": "accuse",
    "kecam": "accuse",
    "pinta": "request",
    "imbau": "request",
    "desak": "request",
    "ajak": "request",
    "usul": "request",
    "harap": "request",
    "minta": "request",
    "ingat": "warn",
    "ingatkan": "warn",
    "tanya": "other",
    "nilai": "opinion",
    "duga": "opinion",
    "janji": "promise",
    "keluh": "other",
    "canda": "other",
    "kelakar": "other",
    "seloroh": "other",
    "sindir": "other",
    "tukas": "say",
    "cuit": "say",
    "pesan": "request",
    "sapa": "other",
}
# Passive cues with the speaker after them: '"...," dikatakan Budi' / 'diakui Sutrisno'.
PASSIVE_CUES: dict[str, str] = {
    "dikatakan": "say",
    "disampaikan": "say",
    "dijelaskan": "say",
    "diungkapkan": "say",
    "dituturkan": "say",
    "ditambahkan": "say",
    "dipaparkan": "say",
    "diterangkan": "say",
    "disebutkan": "say",
    "dikemukakan": "say",
    "diutarakan": "say",
    "disuarakan": "say",
    "dilontarkan": "say",
    "diceritakan": "say",
    "ditegaskan": "assert",
    "diakui": "admit",
    "dibantah": "deny",
    "diklaim": "claim",
    "diingatkan": "warn",
    "dinilai": "opinion",
}
# "aku" alone is the first-person pronoun; only "akunya" is a cue.
TRAILER_NYA_ONLY = frozenset({"aku", "pinta", "harap", "minta", "ingat", "nilai", "duga", "janji"})

# Verbs that introduce reported speech (and also precede direct quotes: 'X mengatakan, "..."').
REPORTING_VERBS: dict[str, str] = {
    "mempertanyakan": "other",
    "berpesan": "request",
    **dict.fromkeys(
        "mengatakan menyatakan menyampaikan menjelaskan mengungkapkan menyebut menyebutkan menuturkan "
        "menambahkan memaparkan menerangkan mengemukakan menceritakan mengisahkan menguraikan merinci "
        "merincikan membeberkan mengumumkan melaporkan menulis menuliskan berkata bercerita berujar "
        "mengucapkan menjawab menanggapi mengutarakan menginformasikan memberitahukan membenarkan "
        "mengonfirmasi menukas melanjutkan menyinggung mengingatkan menyoroti bilang membongkar "
        "menunjukkan".split(),
        "say",
    ),
    **dict.fromkeys(
        "menegaskan memastikan menekankan mempertegas meyakinkan".split(),
        "assert",
    ),
    **dict.fromkeys(
        "membantah menyangkal menepis menampik membantahnya menolak".split(),
        "deny",
    ),
    **dict.fromkeys(
        "mengklaim".split(),
        "claim",
    ),
    **dict.fromkeys(
        "menuduh menuding mendakwa mengecam menyalahkan".split(),
        "accuse",
    ),
    **dict.fromkeys(
        "mengakui mengaku".split(),
        "admit",
    ),
    **dict.fromkeys(
        "memperingatkan mewanti-wanti".split(),
        "warn",
    ),
    **dict.fromkeys(
        "meminta mengimbau mendesak mengajak mendorong menyerukan merekomendasikan mengusulkan "
        "menginstruksikan memerintahkan menuntut menganjurkan menyarankan mempersilakan".split(),
        "request",
    ),
    **dict.fromkeys(
        "menilai menganggap berpendapat memperkirakan memprediksi memproyeksikan meyakini menduga "
        "mengira menyimpulkan berpandangan menyayangkan menyesalkan".split(),
        "opinion",
    ),
    **dict.fromkeys(
        "berjanji menjanjikan menargetkan".split(),
        "promise",
    ),
}

# "menyebut", "mengingatkan" and "mengakui" take an object too ("menyebut nama X"); they stay reporting verbs
# but need a clause after them. These acts may take a bare noun object: "X membantah kabar tersebut".
OBJECT_ONLY_ACTS = frozenset({"deny", "claim", "accuse", "admit"})
# Verbs of other acts that also report a statement with a bare noun object: "membenarkan penonaktifan itu".
OBJECT_VERBS = frozenset(
    {"membenarkan", "mengonfirmasi", "mempertanyakan", "menyesalkan", "menyayangkan"}
    # a stance said as a noun phrase: "menegaskan penolakannya terhadap penggunaan APBN"
    | {"menegaskan", "menekankan", "mempertegas"}
)
# A bare object with a figure is a statement of that figure: "Kepala BPOM mencatat 103 kejadian luar biasa".
# "mencatat" also scores ("mencatat skor 77 persen"); only a figure right after it is reported.
FIGURE_VERBS: dict[str, str] = {"mencatat": "say", "mencatatkan": "say"}
# Adverbs between a cue and what was said: "menolak keras penggunaan APBN", "menegaskan kembali bahwa".
CUE_ADVERBS = frozenset({"keras", "tegas", "mentah-mentah", "kembali", "pula"})
# "menurut data Kemenkes", "berdasarkan catatan JPPI": whose data it is, is the source.
# A source noun opening a sentence, its owner after this word, then a comma: "Data per 27 September dari
# JPPI, korban mencapai 8.649 anak."
SOURCE_LINKS = frozenset({"dari"})
SOURCE_NOUNS = frozenset({"data", "catatan", "laporan", "rilis", "temuan"})
# "menunjukkan" reports only what data shows ("Data JPPI menunjukkan ..."), not a survey's result.
SOURCED_VERBS = frozenset({"menunjukkan"})
# "berdasarkan" is "according to" only before a source noun ("Berdasarkan data Kemenkes, ...").
SOURCED_ACCORDING = frozenset({"berdasarkan"})
# "membantah hal tersebut": a denial with an object that points back is still a denial.
ANAPHORIC_ACTS = frozenset({"deny"})

ACCORDING_TO: dict[str, str] = {"menurut": "say", "menurutnya": "say", "berdasarkan": "say"}

COMPLEMENTIZERS = frozenset({"bahwa", "kalau"})
# Cues after which a clause always follows, whatever its verb: two words are a statement ("Menteri Budi
# mengatakan stok aman"), where other cues need three: "menyatakan dukungan", "mengungkapkan kekecewaan"
# report an object, not a statement.
STATEMENT_CUES = frozenset({"mengatakan", "berkata"})

# Objects that refer back to something already said: "Rina menyampaikan hal itu seusai rapat" reports no
# new statement.
ANAPHORIC_OBJECTS = (
    "hal itu",
    "hal ini",
    "hal tersebut",
    "hal senada",
    "hal serupa",
    "hal yang sama",
    "pernyataan itu",
    "pernyataan tersebut",
    "keterangan itu",
    "keterangan tersebut",
)

# Words that make the words after a cue a clause (a statement) rather than a bare noun object:
# "membeberkan tantangan sektor perumahan" reports a topic, "membeberkan bahwa stok akan habis" a statement.
CLAUSE_MARKERS = frozenset(
    "akan sudah telah adalah merupakan bisa dapat tidak tak belum harus perlu masih sedang ada menjadi jadi "
    "bakal mesti wajib sempat pernah mampu boleh ingin mau hendak terus tetap sangat cukup bukan".split()
)

# Words that may stand between a closing mark and its cue: '”, begitu kata Adek.', '”, demikian ujar Budi.'
TRAILER_LEAD_INS = frozenset({"begitu", "demikian", "seperti"})
