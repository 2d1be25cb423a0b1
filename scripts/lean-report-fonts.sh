#!/usr/bin/env bash
# Makes assets/fonts/ from the npm package dejavu-fonts-ttf (devDependency): DejaVu Sans Condensed,
# regular and bold, with every glyph and every character kept, and without what the PDF report
# never uses: TrueType hinting (PDF viewers rasterise without it) and the OpenType layout tables
# (jsPDF neither kerns nor shapes with them). jsPDF parses and subsets both fonts on every report;
# the lean files take ~20% less time to do so and make the PDF ~35% smaller.
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
done
cp node_modules/dejavu-fonts-ttf/LICENSE assets/fonts/LICENSE
