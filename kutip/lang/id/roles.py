"""Indonesian roles: ranks, role words, abbreviations and regional short forms, for cutting a role from a
name and for writing it in one canonical form across articles.

Sources: the Polri and TNI rank lists (pangkat), the official short forms of offices and units (Menkeu,
Kapolres, Polresta, Humas ...), the provinces' common short forms (Jateng, Sumut ...) and reading Kompas,
Detik and Tempo news. Keys are lower-case; values are written as the canonical form writes them.
"""

# Police and military ranks and academic titles that stand before a name: kept in a speaker's ``rank``,
# never in the role. Multi-word forms first where one is the start of another ("inspektur jenderal").
RANKS = (
    "jenderal polisi", "jenderal tni", "jenderal (pol)", "jenderal pol", "jenderal", "jend",
    "komisaris jenderal",
    "komjen", "komjen pol", "inspektur jenderal", "inspektur jenderal polisi", "irjen", "irjen pol",
    "brigadir jenderal", "brigjen", "brigjen pol", "brigjen tni", "letnan jenderal", "letjen", "letjen tni",
    "mayor jenderal", "mayjen", "mayjen tni", "komisaris besar", "kombes", "kombes pol",
    "ajun komisaris besar", "akbp", "komisaris polisi", "kompol", "ajun komisaris polisi", "akp",
    "inspektur polisi satu", "inspektur satu", "iptu", "inspektur polisi dua", "inspektur dua", "ipda",
    "ajun inspektur satu", "aiptu", "ajun inspektur dua", "aipda", "brigadir kepala", "bripka",
    "brigadir polisi", "brigpol", "brigadir", "briptu", "bripda", "kolonel", "letnan kolonel", "letkol",
    "mayor", "kapten", "letnan satu", "lettu", "letnan dua", "letda", "serka", "sertu", "pratu",
    "laksamana", "laksamana madya", "laksdya", "laksamana muda", "laksda", "laksma", "marsekal",
    "marsekal madya", "marsdya", "marsekal muda", "marsda", "marsma", "prof", "profesor", "dr", "drg",
)  # fmt: skip

# Words after a rank that belong to it ("Jenderal (Pol)", "Brigjen TNI", "Kolonel Inf", "Mayjen Marinir").
RANK_TAILS = frozenset(
    "pol polisi tni inf cpm kav arh czi marinir madya muda sus kes laut udara (pol) (purn) purn (k)".split()
)

# Words that begin a role (besides the language's titles and role heads): a role starts at the first of
# them, so words glued before it ("Upah asimetris Gubernur ...") are left out.
ROLE_STARTS = frozenset(
    "deputi asisten pelaksana komisioner dirjen kasi kasubag kasubbag kabag kasie kapuspenkum kasatlantas "
    "kasatreskrim kasatnarkoba kasatpolairud kabidhumas kapolresta kapolrestabes wakapolres wakapolresta "
    "wakapolda danlanal danlanud danyon dankormar pangkostrad pangkoarmada pangkogabwilhan kasdam "
    "kasum kadispen kadispenad wamenkeu wamendagri wamenlu menko menpar menpan-rb menpupr menkopolhukam "
    "menkumham menteri wakil politikus politisi legislator senator anggota juru inspektur irjen "
    "sekretaris direktris presdir presiden wapres gubernur bupati wali camat lurah kades ketua kepala "
    "kadis kadinkes kadisdik dosen guru rektor dekan pengamat peneliti pakar ahli ekonom analis dokter "
    "pengacara kuasa hakim jaksa kajari kajati jampidsus jampidum kapuspen kabareskrim kakorlantas "
    "dirlantas dirreskrimum dirreskrimsus dirresnarkoba kapolri kapolda kapolres kapolsek kasat kanit "
    "kabid kadiv kasubdit panglima pangdam danrem dandim komandan koordinator manajer pelatih pendiri "
    "direktur dirut sekjen ketum wasekjen bendahara mantan eks plt plh pj pjs ceo staf stafsus "
    "mendagri menkeu menlu menhan mensos menag menkes mentan mendag menperin menaker menpora menhub "
    "mendikbud mendikdasmen mendikti menkomdigi menkominfo menparekraf menko wamen wagub wabup "
    "walkot walikota wawali sekda kapolsek kasi jubir komisaris perdana raja ratu sultan pemimpin "
    "pimpinan founder co-founder pemilik pengurus penasihat penasehat dewan kabag humas pejabat "
    "kapuskes kabiro karo sesmen sestama irjen inspektur "
    "chief managing executive vice president director".split()  # English offices in Indonesian news
)

# Words that end a role when they stand last ("Kepala Dinas Kesehatan Kota Bogor di"): left off it.
ROLE_TRAILERS = frozenset("di pada dari dan serta yang saat ketika kepada untuk ini itu tersebut,".split())

# Abbreviated titles and offices, as the canonical form spells them out. Applied word by word, longest
# first; a key may span several words ("menko perekonomian").
ABBREVIATIONS = {
    "menkeu": "Menteri Keuangan",
    "mendagri": "Menteri Dalam Negeri",
    "menlu": "Menteri Luar Negeri",
    "menhan": "Menteri Pertahanan",
    "mensos": "Menteri Sosial",
    "menag": "Menteri Agama",
    "menkes": "Menteri Kesehatan",
    "mentan": "Menteri Pertanian",
    "mendag": "Menteri Perdagangan",
    "menperin": "Menteri Perindustrian",
    "menaker": "Menteri Ketenagakerjaan",
    "menpora": "Menteri Pemuda dan Olahraga",
    "menhub": "Menteri Perhubungan",
    "menkumham": "Menteri Hukum dan Hak Asasi Manusia",
    "menkum": "Menteri Hukum",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan",
    "mendikdasmen": "Menteri Pendidikan Dasar dan Menengah",
    "mendikti": "Menteri Pendidikan Tinggi",
    "mendiktisaintek": "Menteri Pendidikan Tinggi, Sains, dan Teknologi",
    "menkominfo": "Menteri Komunikasi dan Informatika",
    "menkomdigi": "Menteri Komunikasi dan Digital",
    "menparekraf": "Menteri Pariwisata dan Ekonomi Kreatif",
    "menpar": "Menteri Pariwisata",
    "menpan-rb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "menpanrb": "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "menpupr": "Menteri Pekerjaan Umum dan Perumahan Rakyat",
    "menteri pupr": "Menteri Pekerjaan Umum dan Perumahan Rakyat",
    "menteri esdm": "Menteri Energi dan Sumber Daya Mineral",
    "menteri atr": "Menteri Agraria dan Tata Ruang",
    "menteri bumn": "Menteri Badan Usaha Milik Negara",
    "menteri ppn": "Menteri Perencanaan Pembangunan Nasional",
    "menteri koperasi dan ukm": "Menteri Koperasi dan Usaha Kecil dan Menengah",
    "menteri kkp": "Menteri Kelautan dan Perikanan",
    "menteri lhk": "Menteri Lingkungan Hidup dan Kehutanan",
    "menteri imipas": "Menteri Imigrasi dan Pemasyarakatan",
    "menteri p2mi": "Menteri Pelindungan Pekerja Migran Indonesia",
    "menteri ukm": "Menteri Usaha Mikro, Kecil, dan Menengah",
    "menteri umkm": "Menteri Usaha Mikro, Kecil, dan Menengah",
    "menkopolhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menko polhukam": "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
    "menko perekonomian": "Menteri Koordinator Bidang Perekonomian",
    "menko pmk": "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "menko marves": "Menteri Koordinator Bidang Kemaritiman dan Investasi",
    "menko pangan": "Menteri Koordinator Bidang Pangan",
    "menko ipk": "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan",
    "menko": "Menteri Koordinator Bidang",
    "menteri koordinator": "Menteri Koordinator Bidang",
    "wamen": "Wakil Menteri",
    "wamenkeu": "Wakil Menteri Keuangan",
    "wamenlu": "Wakil Menteri Luar Negeri",
    "wamendagri": "Wakil Menteri Dalam Negeri",
    "wapres": "Wakil Presiden",
    "wagub": "Wakil Gubernur",
    "wabup": "Wakil Bupati",
    "wawali": "Wakil Wali Kota",
    "walkot": "Wali Kota",
    "walikota": "Wali Kota",
    "jubir": "Juru Bicara",
    "plt": "Pelaksana Tugas",
    "plh": "Pelaksana Harian",
    "pj": "Penjabat",
    "pjs": "Pejabat Sementara",
    "kabid": "Kepala Bidang",
    "kabag": "Kepala Bagian",
    "kasi": "Kepala Seksi",
    "kasie": "Kepala Seksi",
    "kasubag": "Kepala Subbagian",
    "kasubbag": "Kepala Subbagian",
    "kasubdit": "Kepala Subdirektorat",
    "kasubbid": "Kepala Subbidang",
    "kadiv": "Kepala Divisi",
    "kadis": "Kepala Dinas",
    "kadinkes": "Kepala Dinas Kesehatan",
    "kadisdik": "Kepala Dinas Pendidikan",
    "kasat": "Kepala Satuan",
    "kasatlantas": "Kepala Satuan Lalu Lintas",
    "kasatreskrim": "Kepala Satuan Reserse Kriminal",
    "kasatnarkoba": "Kepala Satuan Reserse Narkoba",
    "kanit": "Kepala Unit",
    "kapolres": "Kepala Kepolisian Resor",
    "kapolresta": "Kepala Kepolisian Resor Kota",
    "kapolrestabes": "Kepala Kepolisian Resor Kota Besar",
    "kapolsek": "Kepala Kepolisian Sektor",
    "kapolda": "Kepala Kepolisian Daerah",
    "kapolri": "Kepala Polri",
    "wakapolri": "Wakil Kepala Polri",
    "wakapolda": "Wakil Kepala Kepolisian Daerah",
    "wakapolres": "Wakil Kepala Kepolisian Resor",
    "kapuspen": "Kepala Pusat Penerangan",
    "kapuspenkum": "Kepala Pusat Penerangan Hukum",
    "kabareskrim": "Kepala Badan Reserse Kriminal",
    "kakorlantas": "Kepala Korps Lalu Lintas",
    "kabidhumas": "Kepala Bidang Hubungan Masyarakat",
    "kajati": "Kepala Kejaksaan Tinggi",
    "kajari": "Kepala Kejaksaan Negeri",
    "sekjen": "Sekretaris Jenderal",
    "wasekjen": "Wakil Sekretaris Jenderal",
    "sekda": "Sekretaris Daerah",
    "sesmen": "Sekretaris Menteri",
    "dirjen": "Direktur Jenderal",
    "dirut": "Direktur Utama",
    "ketum": "Ketua Umum",
    "waketum": "Wakil Ketua Umum",
    "stafsus": "Staf Khusus",
    "dirlantas": "Direktur Lalu Lintas",
    "dirreskrimum": "Direktur Reserse Kriminal Umum",
    "dirreskrimsus": "Direktur Reserse Kriminal Khusus",
    "dirresnarkoba": "Direktur Reserse Narkoba",
    "pangdam": "Panglima Komando Daerah Militer",
    "danrem": "Komandan Komando Resor Militer",
    "dandim": "Komandan Komando Distrik Militer",
    # units and bodies
    "polda": "Kepolisian Daerah",
    "polres": "Kepolisian Resor",
    "polresta": "Kepolisian Resor Kota",
    "polrestabes": "Kepolisian Resor Kota Besar",
    "polsek": "Kepolisian Sektor",
    "humas": "Hubungan Masyarakat",
    "lantas": "Lalu Lintas",
    "satlantas": "Satuan Lalu Lintas",
    "satreskrim": "Satuan Reserse Kriminal",
    "reskrim": "Reserse Kriminal",
    "bareskrim": "Badan Reserse Kriminal",
    "mabes": "Markas Besar",
    "bappenas": "Badan Perencanaan Pembangunan Nasional",
    "disparekraf": "Dinas Pariwisata dan Ekonomi Kreatif",
    "dinkes": "Dinas Kesehatan",
    "disdik": "Dinas Pendidikan",
    "pemprov": "Pemerintah Provinsi",
    "pemkot": "Pemerintah Kota",
    "pemkab": "Pemerintah Kabupaten",
    "kemenkeu": "Kementerian Keuangan",
    "kemendagri": "Kementerian Dalam Negeri",
    "kemenlu": "Kementerian Luar Negeri",
    "kemlu": "Kementerian Luar Negeri",
    "kemenhan": "Kementerian Pertahanan",
    "kemensos": "Kementerian Sosial",
    "kemenag": "Kementerian Agama",
    "kemenkes": "Kementerian Kesehatan",
    "pdip": "PDI-P",
    "pdi perjuangan": "PDI-P",
    "mensesneg": "Menteri Sekretaris Negara",
    "menteri sekretariat negara": "Menteri Sekretaris Negara",
    "menteri koperasi dan usaha kecil menengah": "Menteri Koperasi dan Usaha Kecil dan Menengah",
    "menteri koordinator bidang ekonomi": "Menteri Koordinator Bidang Perekonomian",
    "menko bidang ekonomi": "Menteri Koordinator Bidang Perekonomian",
    "menko ekonomi": "Menteri Koordinator Bidang Perekonomian",
    "covid 19": "Covid-19",
    "covid - 19": "Covid-19",
    # state universities by their short names (initialisms such as UI or ITB stay as written)
    "unud": "Universitas Udayana",
    "unpad": "Universitas Padjadjaran",
    "undip": "Universitas Diponegoro",
    "unair": "Universitas Airlangga",
    "unhas": "Universitas Hasanuddin",
    "unsri": "Universitas Sriwijaya",
    "unand": "Universitas Andalas",
    "unila": "Universitas Lampung",
    "unram": "Universitas Mataram",
    "untan": "Universitas Tanjungpura",
    "unej": "Universitas Jember",
    "unnes": "Universitas Negeri Semarang",
    "unsoed": "Universitas Jenderal Soedirman",
    "unsyiah": "Universitas Syiah Kuala",
    "untirta": "Universitas Sultan Ageng Tirtayasa",
    # regional short forms
    "jabar": "Jawa Barat",
    "jateng": "Jawa Tengah",
    "jatim": "Jawa Timur",
    "sumut": "Sumatera Utara",
    "sumbar": "Sumatera Barat",
    "sumsel": "Sumatera Selatan",
    "sulut": "Sulawesi Utara",
    "sulsel": "Sulawesi Selatan",
    "sulteng": "Sulawesi Tengah",
    "sultra": "Sulawesi Tenggara",
    "sulbar": "Sulawesi Barat",
    "kalbar": "Kalimantan Barat",
    "kalteng": "Kalimantan Tengah",
    "kalsel": "Kalimantan Selatan",
    "kaltim": "Kalimantan Timur",
    "kaltara": "Kalimantan Utara",
    "ntb": "Nusa Tenggara Barat",
    "ntt": "Nusa Tenggara Timur",
    "jaksel": "Jakarta Selatan",
    "jakut": "Jakarta Utara",
    "jakbar": "Jakarta Barat",
    "jaktim": "Jakarta Timur",
    "jakpus": "Jakarta Pusat",
    "tangsel": "Tangerang Selatan",
    "diy": "Daerah Istimewa Yogyakarta",
    "di yogyakarta": "Daerah Istimewa Yogyakarta",
    "di aceh": "Daerah Istimewa Aceh",
    "babel": "Bangka Belitung",
    "kepri": "Kepulauan Riau",
}

# Printing errors seen in roles, as the canonical form corrects them.
MISSPELLINGS = {
    "koodirnator": "Koordinator",
    "kementeri": "Kementerian",
    "penangana": "Penanganan",
    "dewasn": "Dewan",
    "sumatra": "Sumatera",
}

# "Gubernur DKI" is the governor of Jakarta: a short office name completed in the canonical form.
COMPLETIONS = {
    "gubernur dki": "Gubernur DKI Jakarta",
    "wakil gubernur dki": "Wakil Gubernur DKI Jakarta",
    "gubernur jakarta": "Gubernur DKI Jakarta",
    "wakil gubernur jakarta": "Wakil Gubernur DKI Jakarta",
}

# Words that join a name to another name of the same person: "Saifullah Yusuf alias Gus Ipul",
# "Agus atau akrab disapa Agus Jabo". Longest first.
ALIAS_MARKERS = (
    "atau yang akrab disapa", "yang akrab disapa", "atau akrab disapa", "akrab disapa",
    "atau yang dikenal dengan", "yang dikenal dengan", "atau yang biasa disapa", "yang biasa disapa",
    "biasa disapa", "atau biasa disapa", "alias",
    "atau yang akrab dipanggil", "yang akrab dipanggil", "atau akrab dipanggil", "akrab dipanggil",
    "atau yang biasa dipanggil", "yang biasa dipanggil", "atau biasa dipanggil", "biasa dipanggil",
)  # fmt: skip

# Words that join another name of the same person only when that name opens with a nickname's honorific:
# "Abdurrahman Wahid atau Gus Dur", "Muhaimin Iskandar atau Cak Imin" ("Budi atau Siti" are two people).
NICKNAME_MARKERS = ("atau",)
NICKNAME_OPENERS = frozenset("gus cak kang ning neng uda abah daeng bung".split())

# Titles that are also given names when a name follows them after a role: "Wali Kota Palembang Ratu Dewa",
# "Ketua DPD Sultan Baktiar Najamudin" (at a phrase's start they are titles: "Ratu Elizabeth").
NAME_TITLES = frozenset("ratu sultan raja".split())

# Words that finish a role when they stand before a name: regions, units and portfolios that are not a
# person's name, though they are capitalised and unknown to the trained lexicon ("Direktur Jenderal Pajak
# Bimo Wijayanto", "Gubernur Jateng Ahmad Luthfi", "Mayjen Marinir Freddy Ardianzah").
ROLE_TAIL_WORDS = frozenset(
    "pajak kewilayahan marinir imipas imigrasi pemasyarakatan cukai anggaran perbendaharaan "
    "ketenagalistrikan migas minerba gakkum kominfo komdigi ham umum khusus narkoba lantas reskrim "
    "humas jateng jabar jatim sumut sumbar sumsel sulut sulsel sulteng sultra sulbar kalbar kalteng kalsel "
    "kaltim kaltara ntb ntt jaksel jakut jakbar jaktim jakpus tangsel diy babel kepri dki bali papua aceh "
    "banten riau jambi bengkulu lampung gorontalo maluku yogyakarta jakarta "
    "kremlin pentagon polri tni ri kejagung bareskrim kemenkeu kemlu kemenlu kemendagri kemenhan kemensos "
    "kemenkes kemenag kemendikbud kemenpan "
    # religions close the names of bodies ("Front Pembela Islam Rizieq Shihab"), as office words do
    # written in English ("General Manager Public Relation Agung Wirajaya")
    "islam kristen katolik protestan hindu konghucu relation relations".split()
)

# Body words that are a whole name by themselves: a person's name may follow them ("Juru Bicara Kremlin
# Dmitry Peskov"), unlike "Dinas Pendidikan" or "Universitas Trisakti".
STANDALONE_BODIES = frozenset(
    "kremlin pentagon polri kejagung bareskrim kemenkeu kemlu kemenlu kemendagri kemenhan kemensos kemenkes "
    "kemenag kemendikbud istana".split()
)

# Words that stand before a role and belong to it: "mantan Menteri", "eks Kapolda".
ROLE_PREFIXES = frozenset("mantan eks calon".split())

# Name endings that look like a particle (-lah) but end a given name: "Saifullah", "Abdullah".
NAME_ENDINGS = ("ullah", "illah", "allah", "ollah")

# Unit words a number or a letter follows as part of the role: "KPK Wilayah V Dian Patria", "Komisi II".
NUMBERED_UNITS = frozenset(
    "wilayah komisi kodam regional zona divisi sektor seksi lantamal koarmada korwil".split()
)

# Lower-case words that open a role written before a name, besides the role words above: "mahasiswa Teknik
# Industri UMM Rina Sari", "santri Pondok Pesantren ...".
LOWER_ROLE_HEADS = frozenset("mahasiswa mahasiswi siswa siswi pelajar santri alumnus alumni".split())

# Roles that name a relation to the person written after them: "Pengacara Ridwan Kamil, Muslim Jaya, ..."
# is Muslim Jaya, the lawyer of Ridwan Kamil. Whole roles, lower-case.
RELATIONAL_ROLES = frozenset(
    {
        "pengacara", "kuasa hukum", "tim kuasa hukum", "penasihat hukum", "tim hukum", "advokat",
        "juru bicara", "jubir", "ajudan", "asisten", "sekretaris pribadi", "staf khusus", "istri", "suami",
        "anak", "putra", "putri", "ayah", "kakak", "adik", "ibunda", "ayahanda", "orang tua",
        "keluarga", "kerabat", "paman", "bibi", "menantu", "mertua", "cucu", "keponakan", "sahabat", "rekan",
        "teman", "tetangga", "pelatih", "manajer", "guru", "murid", "mantan istri", "mantan suami",
        "mantan pengacara", "mantan ajudan",
    }
)  # fmt: skip

# Words between a relation and the comma before the person's name: "Pengacara Budi lainnya, Rina Sari".
RELATION_TAILS = ("lainnya", "yang lain")

# Words the canonical form leaves out between an office and its body: "Direktur Jenderal Ketenagalistrikan
# pada Kementerian ESDM" is "Direktur Jenderal Ketenagalistrikan Kementerian ESDM".
DROPPED_LINKS = frozenset({"pada"})

# a lower-case word that ends a role written after a name and opens the event the person spoke at:
# "Anies Baswedan, Gubernur DKI Jakarta dalam rapat koordinasi dengan DPR, ..."
EVENT_BREAKS = frozenset("dalam saat ketika usai seusai sebelum setelah selepas sewaktu".split())

# words of courtesy before a name that say nothing of an office: alone before a name, no role ("Pak Andre
# Rosiade"); honorifics that are offices or ranks ("Prof", "Kombes") are not here
# Titles written before the region they govern and then the holder's name: "Bupati Garut Ahmad Fauzi",
# "Kapolres Bogor AKBP Rio Wahyu Anggoro" (the region belongs to the role).
REGIONAL_TITLES = frozenset(
    "bupati gubernur walikota kota kapolres kapolda kapolsek kajari kajati dandim danrem pangdam camat "
    "lurah kades sekda ketua dprd".split()
)
COURTESY_TITLES = frozenset("pak bu bapak ibu gus cak kang mas mbak bung bang".split())
