#!/usr/bin/env bash
# Makes sure Debian's Chromium and Japanese fonts are there for the real-browser tests.
# Installs them with apt-get when missing (as root, or with sudo); never downloads a browser build.
set -euo pipefail

if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing and this is not a Debian/Ubuntu machine." >&2
  echo "Install Chromium and a Japanese font, then set CHROME_PATH to the chromium binary." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Chromium is missing. Run as root: apt-get update && apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium and fonts-noto-cjk for the real-browser tests..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
