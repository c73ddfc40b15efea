"""Ingest: read inputs, extract the new articles, and store them through one writer.

``local`` extracts in this machine's processes; ``ray`` (the ``kutip[ray]`` extra) on a Ray cluster's
long-lived workers. Both hand the documents to the same writer in input order, so the store (the speaker
registry, the claims) is the one a serial run makes.
"""

from kutip.ingest.local import WINDOW, IngestTally, ingest

__all__ = ["WINDOW", "IngestTally", "ingest"]
