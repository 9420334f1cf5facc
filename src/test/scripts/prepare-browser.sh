#!/bin/sh
# Makes sure the browser the journey tests drive is on this machine: Debian's Chromium, installed if missing.
# Playwright never downloads a browser of its own here.
set -eu
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0
if command -v apt-get >/dev/null 2>&1; then
  run_as_root=""
  [ "$(id -u)" = 0 ] || run_as_root="sudo"
  echo "Installing Chromium (Debian package 'chromium') for the browser tests..."
  $run_as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $run_as_root apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] && exit 0
fi
echo "The browser tests need Chromium at $chromium. Install it (on Debian: apt-get install chromium)" >&2
echo "or set CHROMIUM to a Chromium or Chrome executable." >&2
exit 1
