#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb from a build tree, installs it into a temporary root with dpkg -x, and checks
# what an admin's system would get: the files in their places, valid desktop entry and AppStream
# data, the dependencies, and binaries that run.
set -euo pipefail
build="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(ls "$work"/out/*.deb)"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
dpkg -x "$deb" "$work/root"
for file in usr/bin/phonedesk usr/bin/phonedesk-server \
    usr/share/applications/io.github.phonedesk.PhoneDesk.desktop \
    usr/share/metainfo/io.github.phonedesk.PhoneDesk.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.phonedesk.PhoneDesk.svg; do
  [ -f "$work/root/$file" ] || fail "missing /$file"
done
unexpected="$(cd "$work/root" && find . -type f | grep -Ev '^\./usr/(bin|share/(applications|metainfo|icons|doc))/' || true)"
[ -z "$unexpected" ] || fail "files outside the expected places: $unexpected"

desktop-file-validate "$work/root/usr/share/applications/io.github.phonedesk.PhoneDesk.desktop" || fail "desktop entry"
appstreamcli validate --no-net --pedantic --explain "$work/root/usr/share/metainfo/io.github.phonedesk.PhoneDesk.metainfo.xml" \
  || fail "metainfo"

depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
for package in libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 libqt6keychain1 libphonenumber8-protobuf32 libc6; do
  grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package"
done
[ "$(dpkg-deb -f "$deb" Package)" = phonedesk ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "architecture"

version="$("$work/root/usr/bin/phonedesk" --version)"
[[ "$version" =~ ^phonedesk\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "phonedesk --version said: $version"
"$work/root/usr/bin/phonedesk-server" --routes | grep -q "phone-numbers" || fail "phonedesk-server --routes"
echo "ok: $version"
