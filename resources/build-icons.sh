#!/bin/sh
# Regenerates the app and tray icons from the SVG sources in this folder.
# Needs rsvg-convert and ImageMagick (Debian: apt-get install librsvg2-bin imagemagick).
set -eu
cd "$(dirname "$0")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

png() { rsvg-convert --width "$2" --height "$2" --output "$3" "$1"; }

# App icon; the installers take every size from icons/ (Linux) and the 1024 px one for macOS.
png icon.svg 512 icon.png
mkdir -p icons
for s in 16 24 32 48 64 128 256 512 1024; do png icon.svg "$s" "icons/${s}x${s}.png"; done
for s in 16 24 32 48 64 128 256; do png icon.svg "$s" "$tmp/icon-$s.png"; done
convert "$tmp"/icon-16.png "$tmp"/icon-24.png "$tmp"/icon-32.png "$tmp"/icon-48.png \
  "$tmp"/icon-64.png "$tmp"/icon-128.png "$tmp"/icon-256.png icon.ico

# Tray: Linux PNGs at 1x and 2x, Windows .ico at 16, 32 and 48 px.
png tray.svg 16 tray.png
png tray.svg 32 tray@2x.png
for s in 16 32 48; do png tray.svg "$s" "$tmp/tray-$s.png"; done
convert "$tmp"/tray-16.png "$tmp"/tray-32.png "$tmp"/tray-48.png tray.ico

# Tray on macOS: template images (black and alpha only) at 1x and 2x.
png trayTemplate.svg 16 trayTemplate.png
png trayTemplate.svg 32 trayTemplate@2x.png
