"""Clean-up: tell the article's own words from the portal's furniture, without changing a character."""

from kutip.clean.portal import clean

__all__ = ["clean"]
