#!/usr/bin/env bash
# Makes assets/fonts/ from the npm package dejavu-fonts-ttf (devDependency): DejaVu Sans Condensed,
# regular and bold, with every glyph and every character kept, and without what the PDF report
# never uses: TrueType hinting (PDF viewers rasterise without it) and the OpenType layout tables
# (jsPDF neither kerns nor shapes with them). Of the character maps it keeps Windows' two (Unicode
# BMP and full): jsPDF reads every BMP map into a table of its own and uses the first, so the
# identical Unicode-platform copy only doubled that work. jsPDF parses and subsets both fonts on
# every report; the lean files take ~20% less time to do so (~45% less to load, the cmap change)
# and make the PDF ~35% smaller.
#
# Needs fontTools (Debian: apt-get install python3-fonttools). Run from the repository root.
set -euo pipefail
source=node_modules/dejavu-fonts-ttf/ttf
for font in DejaVuSansCondensed DejaVuSansCondensed-Bold; do
  python3 -m fontTools.subset "$source/$font.ttf" \
    --unicodes='*' --glyphs='*' --notdef-outline \
    --name-IDs='*' --name-languages='*' \
    --no-hinting --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH \
    --output-file="assets/fonts/$font.ttf"
  python3 - "assets/fonts/$font.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
font['cmap'].tables = [t for t in font['cmap'].tables if t.platformID == 3]
font.save(sys.argv[1])
PY
done
cp node_modules/dejavu-fonts-ttf/LICENSE assets/fonts/LICENSE
