#!/usr/bin/env bash
# Makes a fresh machine ready: npm packages from the lock file, Debian's Chromium and firefox-esr
# (the Firefox end-to-end test drives it over WebDriver BiDi).
# Idempotent and quiet when everything is already there (it runs before `npm test` and `npm run demo`).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

MISSING=""
[ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
[ -x /usr/bin/firefox-esr ] || MISSING="$MISSING firefox-esr"
if [ -n "$MISSING" ]; then
  echo "setup: installing Debian's$MISSING (needs root or sudo)"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq $MISSING >/dev/null
fi
