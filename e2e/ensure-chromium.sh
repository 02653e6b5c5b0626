#!/usr/bin/env bash
# Finds Chromium for the browser tests: $CHROME_BIN, or chromium on PATH.
# On Debian as root it installs Debian's chromium package when missing;
# elsewhere it says in one line how to install it.
set -euo pipefail
if [ -n "${CHROME_BIN:-}" ] && [ -x "${CHROME_BIN}" ]; then exit 0; fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  command -v chromium >/dev/null 2>&1 && exit 0
fi
echo "Chromium not found: install it (Debian: sudo apt-get install chromium) or set CHROME_BIN to a Chromium binary." >&2
exit 1
