"""The claim map: statements across articles and languages grouped into claims, with who supports, who
disputes, the figures each gives and where they conflict.

The flow, one module a step: ``statement`` (a stored quote as a claim statement: words, keys, figures,
polarity) → ``encoder`` (its vector) → ``group`` (which claim it joins) → ``stance`` (which side it takes)
→ ``figures`` (what it counts, where a claim's values conflict) → ``build`` (windows, the store).
"""

from kutip.claims.build import ClaimsTally, build_claims

__all__ = ["ClaimsTally", "build_claims"]
