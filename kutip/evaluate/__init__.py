"""Evaluation: the project's quote metric and the runner that scores Kutip (and peers) on a gold set."""
