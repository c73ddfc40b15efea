"""Indonesian words around speakers: pronouns, titles, ranks, role heads, unnamed sources, organisations.

Sources: Polri and TNI rank lists (pangkat), the official abbreviations of ministries and regional offices
(Menhan, Kapolres, Kadis ...), KBBI honorifics, and reading Kompas, Detik and Tempo news.
"""

PRONOUNS: dict[str, str] = {
    "ia": "singular",
    "dia": "singular",
    "beliau": "singular",
    "dirinya": "singular",
    "mereka": "plural",
    "keduanya": "plural",
    "pihaknya": "any",  # "their side": a person's or a body's
}

# Titles, ranks and role words: never part of a person's name. Lower-cased.
TITLES = frozenset(
    "presiden wapres wakil menteri menhan menkeu menlu mendagri menko menkes mensos mendikbud mendikti "
    "menag menkumham menpan menparekraf mentan mendag menperin menaker menpora menhub menkominfo "
    "menkomdigi menteri kapolri wakapolri kapolda wakapolda kapolres wakapolres kapolsek kasat kanit "
    "kasatreskrim kabid kabag kasubdit kasubbid kadiv kadis kadinkes kajati kajari kajagung jaksa agung "
    "kasad kasal kasau panglima pangdam danrem dandim danramil kapuspen kapendam kabareskrim dirreskrimum "
    "dirreskrimsus dirlantas kakorlantas humas juru bicara jubir ketua wakil sekretaris sekjen sekda "
    "direktur dirut direktorat kepala kadin gubernur wagub bupati wabup wali walkot walikota wawali camat "
    "lurah kades kepala desa rektor dekan dosen guru besar jenderal jend letjen mayjen brigjen kolonel "
    "letkol mayor kapten lettu letda serka sertu pratu laksamana laksdya laksda laksma marsekal marsdya "
    "marsda marsma irjen komjen kombes akbp akp iptu ipda aiptu aipda bripka brigpol briptu bripda "
    "brigadir komisaris besar ajun inspektur pol polisi kompol dr drg drs dra ir prof h hj kh ust ustaz "
    "ustadz habib gus kiai syekh tuan nyonya pak bu bapak ibu mas mbak bang sdr saudara saudari sang "
    "anggota pimpinan pemimpin staf khusus stafsus kuasa hukum pengacara advokat kapten pelatih manajer "
    "senator perdana raja ratu pangeran sultan paus imam uskup vokalis gitaris drummer penyanyi aktor "
    "aktris artis pemain penyerang kiper bek atlet ceo cfo coo founder pendiri komisaris pengamat ekonom "
    "analis peneliti pakar ahli dokter spesialis plt plh pj pjs wamen wamenlu wamenkeu ketum sekjen "
    "bendahara koordinator mantan eks calon capres cawapres cagub cawagub cabup cawabup caleg".split()
)

# Ranks and honorifics that stand right before a name ("Irjen Budi", "Pak Budi", "dr Sari").
HONORIFICS = frozenset(
    "jenderal jend letjen mayjen brigjen kolonel letkol mayor kapten lettu letda serka sertu pratu "
    "laksamana laksdya laksda laksma marsekal marsdya marsda marsma irjen komjen kombes akbp akp iptu "
    "ipda aiptu aipda bripka brigpol briptu bripda brigadir komisaris besar ajun inspektur pol kompol dr "
    "drg drs dra ir prof h hj kh ust ustaz ustadz habib gus kiai syekh tuan nyonya pak bu bapak ibu mas "
    "mbak bang sdr saudara saudari sang".split()
)

# Words that open a role phrase before a name ("Juru Bicara Gedung Putih John Kirby").
ROLE_HEADS = frozenset(
    "presiden wakil menteri juru kepala ketua direktur sekretaris gubernur bupati wali anggota panglima "
    "kapolri kapolda kapolres kapolsek komandan kabid kasat kanit kadis staf kuasa pengamat ekonom "
    "peneliti pakar guru dosen rektor dekan manajer pelatih pendiri koordinator perdana raja ratu "
    "pemimpin pimpinan jaksa hakim dokter analis mantan eks plt pj menhan menlu menkeu mendagri wapres "
    "jubir dirut sekjen ketum".split()
)

# Heads of unnamed sources: the phrase as written is the speaker ("seorang warga", "Jaksa", "polisi").
UNNAMED_HEADS = frozenset(
    "seorang salah warga jaksa hakim polisi pejabat sumber anggota petugas saksi korban pelaku tersangka "
    "terdakwa pengacara kuasa pengamat ekonom peneliti pakar ahli dokter pihak tim penyidik penyelidik "
    "masyarakat netizen warganet pengguna pedagang pembeli penumpang pengemudi sopir siswa mahasiswa guru "
    "orang tua ibu ayah kakak adik istri suami keluarga tetangga pria wanita perempuan lelaki laki-laki "
    "relawan aktivis pengunjuk demonstran buruh petani nelayan pemilik pengelola karyawan pegawai juru "
    "pemerintah otoritas militer kelompok lembaga tentara pasukan kepolisian parlemen anggota legislator "
    "pengusaha massa sejarawan epidemiolog sosiolog psikolog akademisi praktisi budayawan rohaniwan politisi "
    "politikus".split()
)

# Heads that make a phrase an organisation.
ORG_HEADS = frozenset(
    "kementerian kemenkes kemenkeu kemlu kemendagri kemenhan kemensos kemendikbud badan lembaga komisi "
    "dewan majelis mahkamah pengadilan kejaksaan kejati kejari kejagung kepolisian polri polda polres "
    "polsek polrestabes bareskrim densus tni kodam korem kodim satgas partai pemerintah pemkot pemkab "
    "pemprov pemda dinas bank pt perusahaan universitas institut sekolah rumah yayasan organisasi "
    "asosiasi serikat gerakan front aliansi koalisi dpr dpd dprd mpr kpk kpu bawaslu bpk bpn bpjs ojk bi "
    "bumn istana gedung kantor kedutaan kedubes konsulat pbb nato uni militer angkatan kremlin "
    "pentagon jaringan forum perkumpulan ikatan himpunan persatuan "
    # state firms, committees and schools: "Perum Bulog", "Komite Olahraga Nasional" (not "koperasi":
    # "Menteri Koperasi Budi Arie Setiadi" is a portfolio before a name)
    "perum perumda komite korps biro inspektorat sekretariat markas mabes federasi "
    "konfederasi liga klub paguyuban akademi politeknik madrasah pesantren".split()
)

# Heads of bodies and places that never name one by themselves: "Direktur PT" or "dirawat di RSUD" names
# no company and no hospital.
NAMELESS_HEADS = frozenset("pt cv ud tbk persero rs rsud rsup".split())
INITIAL_MARKERS = frozenset({"berinisial", "inisial", "inisialnya"})  # "pria berinisial AR (34)"

# Head words of a description that points back at the organisation just named ("badan kesehatan global
# tersebut", "lembaga itu").
BODY_ANAPHORS = frozenset("badan lembaga organisasi institusi otoritas komisi kementerian perusahaan".split())

# "A dan B. Keduanya meminta ...": a pronoun for the two people just named together.
PAIR_PRONOUNS = frozenset({"keduanya"})

# A pseudonym's note in parentheses after a name: "Arya (bukan nama sebenarnya)".
PSEUDONYM_NOTES = frozenset(
    {"bukan nama sebenarnya", "bukan nama asli", "nama samaran", "samaran", "nama disamarkan"}
)

# Words that open an apposition introducing someone new: "Noval, salah satu pengunjung, ...".
APPOSED_INTRODUCTIONS = ("salah satu ", "salah seorang ", "seorang ")

# Heads of the names of laws, programmes and events: the capitalised words after them name no person.
THING_HEADS = frozenset(
    "ruu uu perppu perpu perpres permen permendagri perda pergub perwali perbup keppres inpres "
    "undang-undang peraturan program kartu operasi festival piala".split()
)

# Bare nouns for a person that, alone as a subject, point back at someone just named ("Pria yang ...").
GENERIC_PERSONS = frozenset(
    "pria wanita perempuan lelaki laki-laki remaja bocah pemuda pemudi gadis perantau sosok".split()
)

# Offices one person holds at a time, each word mapped to its office: "Gubernur itu" said after a quote of
# a minister is not the minister.
OFFICES = {
    "presiden": "presiden", "gubernur": "gubernur", "bupati": "bupati", "menteri": "menteri",
    "hakim": "hakim", "camat": "camat", "lurah": "lurah", "kapolri": "kapolri", "kapolda": "kapolda",
    "kapolres": "kapolres", "kapolsek": "kapolsek",
}  # fmt: skip

NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "de", "der", "da", "al", "el", "la"})

# Words that end a speaker phrase after a cue: '"...," kata Budi saat ditemui di Jakarta'.
SPEAKER_STOPS = frozenset(
    "saat ketika di dalam kepada pada usai seusai setelah sesudah sebelum sambil seraya melalui lewat via "
    "dengan kemarin hari yang sebagaimana seperti sebagai selaku dari kala tatkala menjelang jelang soal "
    "terkait mengenai tentang atas untuk bagi sementara lalu kemudian namun tetapi tapi karena sebab "
    "sejak hingga sampai yakni yaitu ketika sembari silam lagi pula kamis jumat sabtu minggu senin selasa "
    "rabu pekan beberapa secara waktu".split()
)

# Adverbs that may stand between a subject and its verb: "Rina pun mengatakan".
SUBJECT_SKIPS = frozenset(
    "pun juga lalu kemudian sempat telah sudah kembali bahkan sebelumnya juga langsung pernah lantas "
    "akhirnya turut ikut justru malah hanya secara tegas terus tetap masih sendiri sendiripun pula "
    "misalnya contohnya pula lagi dengan".split()
)

CLAUSE_OPENERS = (
    "sementara itu",
    "sementara",
    "sebelumnya",
    "selain itu",
    "di sisi lain",
    "dalam kesempatan itu",
    "dalam kesempatan yang sama",
    "kemudian",
    "namun",
    "tetapi",
    "akan tetapi",
    "lebih lanjut",
    "selanjutnya",
    "sedangkan",
    "adapun",
    "padahal",
    "oleh karena itu",
    "karena itu",
    "meski begitu",
    "meski demikian",
    "kendati demikian",
    "dalam keterangannya",
    "dalam pernyataannya",
    "sebaliknya",
    "terpisah",
    "secara terpisah",
    "pada kesempatan itu",
    "menanggapi hal itu",
    "menanggapi hal tersebut",
    "terkait hal itu",
    "terkait hal tersebut",
    "di tempat terpisah",
    "bahkan",
    "lalu",
    "saat itu",
    "ketika itu",
    "sebelum itu",
    "setelah itu",
    "usai",
    "menurut dia",
    "di samping itu",
)

NEGATIONS = frozenset({"tidak", "tak", "belum", "bukan", "enggan"})
