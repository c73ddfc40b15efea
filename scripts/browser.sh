#!/usr/bin/env bash
# Install Debian's Chromium for the web app's browser tests (tests/test_serve_browser.py drives it with
# Playwright; Playwright's own browser downloads are never used). Needs root and Debian's package lists.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -q chromium >/dev/null
chromium --version
