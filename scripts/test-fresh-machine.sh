#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every test.
# This is the README's test command and what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: Chromium for the browser tests (Playwright drives it; it never downloads one);
# OBS Studio and Xvfb for the tests against a real, headless OBS (tests/e2e/support/obs-process.ts);
# the small internet of the going-public journey (tests/e2e/support/netlab): namespaces, NAT and
# routes (iproute2, iptables), the creator's server (OpenSSH, Caddy, coturn), its test CA (openssl)
# and the browsers' trust of it (certutil from libnss3-tools).
packages=(chromium fonts-dejavu-core obs-studio xvfb iproute2 iptables openssh-server caddy coturn openssl libnss3-tools)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Electron's binary is never needed by the tests (and cannot be downloaded here).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
npm test
# Fault drills (a few minutes): SIGKILLs during a purchase burst, Stripe faults, OBS killed and
# restarted, guests losing the network. They print their figures.
npm run test:drills
