#!/usr/bin/env bash
# Set up, then lint and run the test suite (tests that need ../shared skip with a message when it is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/ruff check kutip tests bench evaluation scripts setup.py
exec .venv/bin/python -m pytest -q -rs "$@"
