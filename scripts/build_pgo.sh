#!/usr/bin/env bash
# A profile-guided build of the compiled pipeline (gcc): compile once with counters, extract a set of articles,
# compile again with what the counters saw about which branches and calls are hot. Output is the same; the
# compiled code is laid out for the common path (measured: about 6 % more articles per second).
#
#   bash scripts/build_pgo.sh                        # trains on the bundled example articles
#   bash scripts/build_pgo.sh corpus.jsonl news/     # trains on articles like yours (a few hundred suffice)
#
# Run it after scripts/setup.sh, in the same checkout; scripts/setup.sh again gives back the plain build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ "$#" -gt 0 ] || set -- kutip/examples
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

build() {  # the compiled modules, in place, every one compiled again (--force: the flags changed)
  "$PY" setup.py --quiet build_ext --inplace --force
}

echo "build_pgo: compiling with counters" >&2
CFLAGS="-fprofile-generate=$profile" LDFLAGS="-fprofile-generate=$profile" build
echo "build_pgo: extracting $* to train" >&2
"$PY" -m kutip extract --lang auto "$@" --out /dev/null  # (-m: this checkout's kutip)
echo "build_pgo: compiling with the profile" >&2
CFLAGS="-fprofile-use=$profile -fprofile-correction -Wno-missing-profile" build
"$PY" -c "import kutip.speedups as s; print('build_pgo: kutip', s.state())"
