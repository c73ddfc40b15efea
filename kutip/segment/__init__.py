"""Segmentation: paragraphs and sentences as spans of the original text."""

from kutip.segment.paragraphs import paragraphs
from kutip.segment.sentences import sentences

__all__ = ["paragraphs", "sentences"]
