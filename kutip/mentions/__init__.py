"""Mentions found in the article besides quotes: entities, quantities and dates, each with offsets."""
