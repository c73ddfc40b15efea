#!/usr/bin/env bash
# Set up, then run Kutip's main job on the bundled example article: who said what, as a table.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/kutip extract --format table "${@:-kutip/examples/beras_impor.txt}"
