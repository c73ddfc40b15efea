#!/usr/bin/env bash
# A profile-guided build of the compiled pipeline (gcc): compile once with counters, extract a set of articles,
# compile again with what the counters saw about which branches and calls are hot. Output is the same; the
# compiled code is laid out for the common path (measured: about 5 % more articles per second).
# scripts/setup.sh runs it after compiling (KUTIP_PGO=0 skips it); run it yourself to train on your articles:
#
#   bash scripts/build_pgo.sh                        # trains on the bundled example articles
#   bash scripts/build_pgo.sh corpus.jsonl news/     # trains on articles like yours (a few hundred suffice)
#
# Where the compiler is not gcc, it says so and leaves the build as it is; where a step fails, it compiles
# again without a profile, so that the counting build is never left in place.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ "$#" -gt 0 ] || set -- kutip/examples
compiler=${CC:-$("$PY" -c 'import sysconfig; print(sysconfig.get_config_var("CC") or "cc")')}
compiler=${compiler%% *}  # the command, without its options
if ! "$compiler" -v 2>&1 | grep -q '^gcc version'; then
  echo "build_pgo: the C compiler ($compiler) is not gcc; the build stays without a profile" >&2
  exit 0
fi

build() {  # the compiled modules, in place, every one compiled again (--force: the flags changed)
  "$PY" setup.py --quiet build_ext --inplace --force
}
profile=$(mktemp -d)
finished=""
finish() {
  rm -rf "$profile"
  if [ -z "$finished" ]; then
    echo "build_pgo: a step failed; compiling again without a profile" >&2
    build || true
  fi
}
trap finish EXIT

echo "build_pgo: compiling with counters" >&2
CFLAGS="-fprofile-generate=$profile" LDFLAGS="-fprofile-generate=$profile" build
echo "build_pgo: extracting $* to train" >&2
"$PY" -m kutip extract --lang auto "$@" --out /dev/null  # (-m: this checkout's kutip)
echo "build_pgo: compiling with the profile" >&2
CFLAGS="-fprofile-use=$profile -fprofile-correction -Wno-missing-profile" KUTIP_PROFILE_TRAINED_ON="$*" build
state=$("$PY" -c 'import kutip.speedups as s; print(s.state())')
echo "build_pgo: kutip $state" >&2
[ "$state" = compiled ] && finished=1
