"""English month and weekday names (with news abbreviations) and relative day words."""

MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )},
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
       "oct": 10, "nov": 11, "dec": 12},
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1, "last week": -7, "next week": 7}
RELATIVE_MONTHS: dict[str, int] = {"last month": -1, "this month": 0, "next month": 1}

MONTH_FIRST = True  # "October 24, 2024", "Oct. 24": the month before the day
