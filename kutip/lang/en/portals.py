"""Page furniture of English news sites and wire services (Reuters, AP, AFP, CNN, BBC, Breitbart, The
Guardian ...), read from their article pages."""

OUTLETS = (
    "Reuters",
    "AP",
    "AFP",
    "CNN",
    "BBC",
    "UPI",
    "AP Photo",
    "Bloomberg",
    "The Associated Press",
    "Associated Press",
    "Breitbart",
    "The Guardian",
    "Al Jazeera",
    "Xinhua",
    "The Jakarta Post",
    "Jakarta Globe",
)

INSERT_PATTERNS: dict[str, tuple[str, ...]] = {
    "read_also": (
        r"read more\s*:",
        r"related\s*:",
        r"see also\s*:",
        r"read the rest here\.?",
        r"click here\b",
    ),
    "advert": (r"advertisement", r"scroll to continue with content", r"story continues below"),
    "promo": (
        r"sign up for\b",
        r"subscribe to\b",
        r"follow us on\b",
        r"get the latest\b",
    ),
}

SOURCE_CREDIT = r"(?:source|sources|via)\s*:\s*(.+?)\s*$"

BYLINE_PATTERNS = (
    r"(?:reporting|writing|editing|additional reporting) by\b.*",
    r"\(?(?:reporting|editing) by .*\)?",
)
