#!/usr/bin/env bash
# Finds what the browser tests and the bench need: Chromium ($CHROME_BIN or
# chromium on PATH), nginx (a second static server), python3 (the first)
# and wrk (the load generator). On Debian
# as root it installs the missing ones from Debian's packages; elsewhere it
# says in one line how to install them.
set -euo pipefail
missing=()
if ! { [ -n "${CHROME_BIN:-}" ] && [ -x "${CHROME_BIN}" ]; } && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need ${missing[*]}: install them (Debian: sudo apt-get install ${missing[*]}), or set CHROME_BIN to a Chromium binary." >&2
exit 1
