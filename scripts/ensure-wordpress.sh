#!/usr/bin/env bash
# Makes sure the WordPress plugin's test has its real parts: Debian's WordPress 6.1 with its default
# theme, MariaDB, and PHP's command line with MySQL support. Installs them with apt-get when missing
# (as root, or with sudo). The test starts its own MariaDB and PHP server; nothing here starts one.
set -euo pipefail

packages=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
missing=()
for package in "${packages[@]}"; do dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package"); done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The WordPress test needs ${missing[*]}, and this is not a Debian/Ubuntu machine." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Run as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing Debian's ${missing[*]} for the WordPress test..."
$sudo apt-get update -qq
# Debian would start the MariaDB and Apache services it installs; the test needs neither running.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && trap '$sudo rm -f "$policy"' EXIT; fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
