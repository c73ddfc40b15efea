"""Indonesian stance words for the claim map: what makes a statement deny or doubt what it reports.

From the forms Indonesian news prints when a report is denied ("membantah kabar tersebut", "itu hoaks",
"kabar sampah", "tidak benar") or left open ("jika memang ada", "belum dapat memastikan", "masih
diselidiki", "keputusan ada di tangan Presiden"); negation words after KBBI, with the spoken forms news quotes
keep ("nggak", "gak", "enggak"), and the negations that affirm ("tidak ada masalah", "bukan tanpa kekurangan",
"kalau tidak salah").
"""

from kutip.lang.stance import StanceWords

# words that open a subordinate clause: a negator after one describes what the statement names ("dapur yang
# tidak menjalankan SOP"), not what the statement asserts
SUBORDINATORS = frozenset("yang karena sebab akibat lantaran agar supaya".split())
# those that open a reason, read to the next comma: no stance word there asserts ("10 siswa keracunan lantaran
# pelaksanaannya dinilai tidak tepat": the reason is not the statement's side)
REASONS = frozenset("karena sebab akibat lantaran".split())
# words after which an open statement may go on to take a side ("belum memastikan ..., tetapi dugaan ...")
CONTRASTS = frozenset("tetapi tapi namun melainkan".split())
# words that date something by a stop rather than ask for one ("pasca penutupan sebagian dapur")
EVENT_MARKERS = frozenset("pasca setelah sejak usai seusai selama".split())
# words after a negator that make it additive ("bukan hanya", "tidak sekadar"): no negation
NOT_ONLY = frozenset("hanya sekadar sekedar cuma semata semata-mata".split())

STANCE = StanceWords(
    negators=frozenset("tidak tak bukan bukanlah tiada jangan nggak enggak gak ngga tidaklah".split()),
    disputes=(
        "hoaks", "hoax", "bohong", "kebohongan", "fitnah", "sampah", "omong kosong", "mengada-ada",
        "tidak berdasar", "tak berdasar", "tanpa dasar", "tidak benar", "tak benar", "keliru", "menyesatkan",
        "palsu", "disinformasi", "tidak ada bukti", "tak ada bukti", "membantah", "dibantah", "bantahan",
        "menolak", "ditolak", "penolakan", "penolakannya", "tidak tepat", "tidak adil", "janggal",
        "dibesar-besarkan", "membesar-besarkan", "seolah-olah", "seakan-akan", "tidak masuk akal",
        "tak masuk akal", "agak lucu", "aneh kalau", "aneh jika", "tidak sesuai fakta",
        "tidak sesuai dengan fakta", "tidak sesuai kenyataan",
    ),
    stops=(
        "hentikan", "dihentikan", "menghentikan", "penghentian", "berhenti", "setop", "stop", "tutup",
        "ditutup", "menutup", "penutupan", "batalkan", "dibatalkan", "membatalkan", "pembatalan", "tunda",
        "ditunda", "menunda", "penundaan", "cabut", "dicabut", "mencabut", "moratorium", "bekukan",
        "dibekukan", "membekukan",
    ),
    undecided=(
        "jika memang", "kalau memang", "apabila memang", "seandainya", "apakah", "belum tahu", "tidak tahu",
        "tak tahu", "belum pasti", "belum dapat memastikan", "belum bisa memastikan", "belum memastikan",
        "tak mengetahui", "tidak mengetahui", "masih diselidiki", "masih didalami", "masih diuji",
        "masih menunggu", "baru dugaan", "belum keputusan", "belum diputuskan", "belum dijadikan keputusan",
        "belum final", "sah-sah saja", "hasil belum keluar", "keputusan bukan", "bukan kewenangan kami",
        "bukan wewenang kami", "di luar kewenangan", "keputusan … di tangan", "keputusannya … di tangan",
        "terserah", "masih ada opsi", "sejumlah opsi", "beberapa opsi", "opsi yang dibahas",
        "opsi yang dikaji", "opsi yang dipertimbangkan",
    ),
    anaphors=frozenset("tersebut itu ini hal kabar isu informasi laporan berita tuduhan".split()),
    affirms=(
        "tidak ada masalah", "tak ada masalah", "nggak ada masalah", "enggak ada masalah", "gak ada masalah",
        "tidak masalah", "tak masalah", "nggak masalah", "enggak masalah", "gak masalah", "tidak apa-apa",
        "tak apa-apa", "nggak apa-apa", "bukan tidak", "bukan tak", "bukan tanpa", "tidak tanpa", "tak tanpa",
        "kalau tidak salah", "jika tidak salah", "kalau tak salah", "kalau nggak salah", "kalau enggak salah",
        "tidak bisa dimungkiri", "tak bisa dimungkiri", "tidak dapat dimungkiri", "tak dapat dimungkiri",
        "tidak bisa dipungkiri", "tak bisa dipungkiri", "tidak dapat dipungkiri", "tak dapat dipungkiri",
    ),
    continues=(
        "dilanjutkan", "melanjutkan", "diteruskan", "meneruskan", "tetap berjalan", "terus berjalan",
        "tetap jalan", "jalan terus", "tetap dijalankan", "tetap beroperasi", "dipertahankan",
        "mempertahankan",
    ),
    stopwords=frozenset(
        """yang dan di ke dari itu ini untuk dengan tidak tak ada akan dalam juga kami kita saya sudah atau
        bisa pada oleh karena agar bahwa sebagai adalah telah masih lebih jadi kalau jika namun tetapi tapi
        saat para harus dapat ia dia mereka kata ujar tersebut hal sangat hanya pun lagi sendiri begitu
        seperti sehingga setelah sebelum belum yakni yaitu ya kan nya nah sih dong gitu aja saja mau sama
        banyak semua setiap beberapa tahun hari bulan pekan kemarin nanti sekarang ini kalau bukan""".split()
    ),
)  # fmt: skip
