#!/usr/bin/env bash
# Set up, then run Kutip's main job on the bundled examples: who said what in one article, as a table; then the
# claim map of a short story told by seven outlets in two languages (kutip/examples/claims_story.jsonl, written
# for Kutip), built in demo.db with the two example articles: the claims, and the claim most articles make as a
# fact-checker reads it. `kutip serve --db demo.db` then shows all of it in the web app.
# With FILE... only the first part runs, on those files.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
kutip=.venv/bin/kutip
if [ $# -gt 0 ]; then
  exec "$kutip" extract --format table "$@"
fi
"$kutip" extract --format table kutip/examples/beras_impor.txt

story=kutip/examples/claims_story.jsonl
db=demo.db  # kept, for the web app: `.venv/bin/kutip serve --db demo.db`
rm -f "$db" "$db-wal" "$db-shm"
echo
echo "\$ kutip ingest --claims --db demo.db $story"
"$kutip" ingest --quiet --claims --db "$db" "$story"
echo "\$ kutip claims --db demo.db"
"$kutip" claims --db "$db"
top=$("$kutip" claims --db "$db" --format jsonl | .venv/bin/python -c '
import json, sys
claims = [json.loads(line) for line in sys.stdin]
print(max(claims, key=lambda c: (c["articles"], -c["claim_id"]))["claim_id"] if claims else "")')
if [ -n "$top" ]; then
  echo
  echo "\$ kutip claims show $top --db demo.db"
  "$kutip" claims show "$top" --db "$db"
fi
"$kutip" ingest --quiet --db "$db" kutip/examples/beras_impor.txt kutip/examples/levee_vote.txt  # for the web app
echo
echo "Browse it in the web app: .venv/bin/kutip serve --db demo.db  (then open http://127.0.0.1:8000/)"
