"""Indonesian number words, scales, currencies and units (KBBI; Bank Indonesia's Rp notation)."""

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

CURRENCIES: dict[str, str] = {
    "rp": "IDR",
    "idr": "IDR",
    "rupiah": "IDR",
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "dolar": "USD",
    "dollar": "USD",
    "€": "EUR",
    "euro": "EUR",
    "yuan": "CNY",
    "ringgit": "MYR",
    "yen": "JPY",
}

UNITS = frozenset(
    "tentara prajurit pasukan orang jiwa warga korban personel unit ton kg kilogram gram km kilometer "
    "meter m2 hektare ha liter persen rumah sekolah siswa kasus pasien dosis porsi hari bulan tahun jam "
    "menit detik kali kursi suara lembar buah butir ekor batang paket kendaraan mobil motor kapal pesawat "
    "rudal drone barel megawatt mw kwh desa kecamatan kabupaten kota provinsi negara perusahaan penumpang "
    "titik".split()
)

PERCENT_WORDS = frozenset({"%", "persen"})
