#!/usr/bin/env bash
# Renders the hicolor PNG icons from the hand-drawn SVG. The PNGs are committed (so building needs
# no SVG renderer); run this again after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../icons/hicolor"
id=io.github.faultless.Faultless
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output "${size}x${size}/apps/$id.png" "scalable/apps/$id.svg"
done
