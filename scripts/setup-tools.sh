#!/usr/bin/env bash
# Installs the system programs the test suite drives for real (openssl, bash, zsh, fish, pebble, certbot,
# lego; jq for the README's script examples; script for pseudo-terminals) when they are missing.
# Debian/Ubuntu via apt-get; elsewhere it lists what to install and carries on, and the tests that need a
# missing program are skipped (CI sets SCM_REQUIRE_TOOLS=1 to fail instead).
set -euo pipefail

declare -A pkg=([openssl]=openssl [bash]=bash [zsh]=zsh [fish]=fish [pebble]=pebble [certbot]=certbot [lego]=lego [jq]=jq [script]=bsdutils)
missing=()
for tool in "${!pkg[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${pkg[$tool]}")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup-tools: installing ${missing[*]}" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup-tools: please install ${missing[*]} (tests that need them will be skipped)" >&2
fi
