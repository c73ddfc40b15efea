"""Page furniture of Indonesian news portals (Kompas, KOMPAS.TV, Detik, Tempo, CNN Indonesia, Liputan6,
Antara, Tribun, Okezone, Republika, Suara, IDN Times), read from their article pages."""

OUTLETS = (
    "KOMPAS.TV", "KOMPAS.com", "Kompas.com", "KOMPAS", "Kompas", "detikNews", "detikcom", "detikFinance",
    "detikHealth", "detikSport", "detikJatim", "detikJateng", "detikJabar", "detikSumut", "detikBali",
    "detikSulsel", "detikKalimantan", "detikSumbagsel", "detikJogja", "detikTravel", "TEMPO.CO", "Tempo.co",
    "TEMPO", "CNN Indonesia", "CNNIndonesia.com", "Liputan6.com", "ANTARA", "Antara", "ANTARA News",
    "TRIBUNNEWS.COM", "Tribunnews.com", "Okezone", "REPUBLIKA.CO.ID", "Republika", "Suara.com",
    "IDN Times", "Beritasatu.com", "JPNN.com", "Bisnis.com", "Kontan.co.id", "VIVA", "VIVA.co.id",
    "merdeka.com", "Medcom.id", "MetroTV", "iNews", "inilah.com", "Katadata", "tirto.id", "RMOL",
)

# Whole lines (or line starts) that are inserts, not article text. kind -> patterns (case-insensitive).
INSERT_PATTERNS: dict[str, tuple[str, ...]] = {
    "read_also": (
        r"baca juga\s*:?", r"baca pula\s*:?", r"artikel terkait\s*:?", r"berita terkait\s*:?",
        r"lihat juga\s*:?", r"simak juga\s*:", r"baca selengkapnya\s*:?",
    ),
    "video": (
        r"simak (?:juga )?video\b", r"tonton (?:juga )?video\b", r"saksikan (?:juga )?video\b",
        r"saksikan live\s*detik", r"\[gambas:[^\]]*\]", r"video\s*:", r"simak berita",
    ),
    "advert": (
        r"scroll to continue with content", r"advertisement", r"iklan", r"-\s*advertisement\s*-",
        r"scroll untuk melanjutkan", r"lanjut baca",
    ),
    "promo": (
        r"gabung(?:lah)? (?:ke |di |dengan )?(?:channel |saluran )?whatsapp", r"ikuti (?:kami|berita|kanal|channel)",
        r"dapatkan (?:update|informasi|berita)", r"follow (?:us|kami)", r"download aplikasi",
        r"unduh aplikasi", r"klik (?:di )?sini", r"\(\s*foto\s*:", r"foto\s*:", r"kompascom\+",
        r"pilihan untukmu", r"simak breaking news", r"cek berita", r"ayo bergabung",
    ),
}

# "Sumber : BBC Internasional", "Sumber: Antara". Group 1 is the credit.
SOURCE_CREDIT = r"(?:sumber|source)\s*:\s*(.+?)\s*$"

# Credit lines at the very end ("(nvc/imk)", "(mae/gbr)", "Editor: ...", "Penulis: ...").
BYLINE_PATTERNS = (
    r"\(\s*[a-z]{2,5}\s*/\s*[a-z]{2,5}\s*\)", r"(?:editor|penulis|reporter|penyunting|pewarta)\s*:.*",
)
