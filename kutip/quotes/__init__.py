"""Quote finding: quotation-mark spans (direct) and reported-speech clauses (indirect, mixed)."""
