#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared by the README's commands: install what is missing, then configure and build a preset.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Everything PhoneDesk needs on Debian 12, to build, run, test and show a window without a display.
PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-qpa-plugins
  qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
  qtkeychain-qt6-dev libphonenumber-dev libprotobuf-dev
  xvfb xauth fonts-dejavu-core
  gnome-keyring libsecret-1-0 dbus-daemon openssl
  clang clang-14 libclang-rt-14-dev
  libsimdjson-dev libsqlite3-dev
  desktop-file-utils appstream dpkg-dev file
  curl
)

ensure_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build PRESET: configure once, then build incrementally (quick when nothing changed).
build() {
  local preset="$1"
  cd "$ROOT"
  # Configured once, successfully: the stamp says so. A configure that failed (say, a compiler
  # was missing) can leave a cache that fails again, or a half-written build.ninja; without the
  # stamp the folder is started anew.
  if [ ! -f "build/$preset/.configured" ]; then
    rm -rf "build/$preset"
    cmake --preset "$preset"
    touch "build/$preset/.configured"
  fi
  cmake --build --preset "$preset"
}
