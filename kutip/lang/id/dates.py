"""Indonesian month and weekday names, and relative day words (KBBI)."""

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "pebruari": 2,
    "feb": 2,
    "maret": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    # English names, as Indonesian pages print their own date ("01 October 2025 14:10"); not "may", a name
    **{m: i for i, m in enumerate(
        "january february march april _ june july august september october november december".split(), 1
    ) if m != "_"},
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}

RELATIVE_DAYS: dict[str, int] = {
    "hari ini": 0,
    "kemarin": -1,
    "kemarin lusa": -2,
    "besok": 1,
    "esok": 1,
    "lusa": 2,
    "tadi pagi": 0,
    "tadi malam": -1,
    "semalam": -1,
    "malam tadi": -1,
    "pekan lalu": -7,
    "minggu lalu": -7,
    "pekan depan": 7,
    "minggu depan": 7,
}

# Relative months: the value is the month ("2025-03"), not a day.
RELATIVE_MONTHS: dict[str, int] = {"bulan lalu": -1, "bulan ini": 0, "bulan depan": 1}

# Words after a weekday: "Senin lalu" is the last Monday, "Senin depan" the next one.
WEEKDAY_PAST = frozenset({"lalu", "kemarin"})
WEEKDAY_NEXT = frozenset({"depan"})
WEEKDAY_THIS = frozenset({"ini"})
