#!/usr/bin/env bash
# Renders the app icon (resources/icon.svg, the gear of src/renderer/public/favicon.svg
# written out without <use>) in every size the installers need:
#   resources/icons/NxN.png  Linux (AppImage, deb) takes the folder; macOS (dmg) and
#                            Windows (MSI, NSIS) take 1024x1024.png, which electron-builder
#                            turns into .icns and .ico (Windows needs >= 256, macOS 512 or 1024).
# The PNGs are committed; run this again only when the artwork changes.
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p resources/icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --output "resources/icons/${size}x${size}.png" resources/icon.svg
done
