#!/usr/bin/env bash
# Create .venv (if missing) and install Kutip with the exact pinned versions of constraints.txt.
# The extraction pipeline is compiled with mypyc (about twice as fast, same output); KUTIP_PURE=1 skips that.
# Each compilation is followed by a profile-guided one (scripts/build_pgo.sh, gcc: about 5 % faster, a few
# minutes more); KUTIP_PGO=0 skips it. Run again after editing kutip/: it recompiles when a compiled module's
# source changed.
# KUTIP_EXTRAS=ray (comma-separated extras of pyproject.toml) installs those too, pinned the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
pip() { .venv/bin/python -m pip --disable-pip-version-check "$@"; }
extras="dev${KUTIP_EXTRAS:+,$KUTIP_EXTRAS}"
stamp=.venv/.kutip-installed
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$extras" ] || [ pyproject.toml -nt "$stamp" ] || [ constraints.txt -nt "$stamp" ] || [ setup.py -nt "$stamp" ]; then
  pip install --quiet --upgrade pip
  pip install --quiet -c constraints.txt setuptools wheel mypy  # the build's own tools
  pip install --quiet -c constraints.txt --no-build-isolation -e ".[$extras]"
  echo "$extras" > "$stamp"
  compiled_now=1
elif [ -z "${KUTIP_PURE:-}" ] && ! .venv/bin/python -c 'import kutip.speedups as s, sys; sys.exit(s.state() != "compiled")'; then
  echo "setup: recompiling the pipeline ($(.venv/bin/python -c 'import kutip.speedups as s; print(s.state())'))" >&2
  pip install --quiet -c constraints.txt --no-build-isolation --no-deps -e .
  compiled_now=1
fi
if [ -n "${compiled_now:-}" ] && [ -z "${KUTIP_PURE:-}" ] && [ "${KUTIP_PGO:-1}" != 0 ] \
  && .venv/bin/python -c 'import kutip.speedups as s, sys; sys.exit(s.state() != "compiled")'; then
  bash scripts/build_pgo.sh || echo "setup: the profile-guided build failed; the plain compiled build stays" >&2
fi
