#!/bin/sh
# Remakes the bundled script fonts in crates/wrap-pdf/fonts/ from Debian's Noto packages.
#
#   apt-get install -y fonts-noto-core fonts-noto-cjk
#   python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
#   FONTTOOLS=/tmp/ft/bin scripts/subset-fonts.sh
#
# Each font keeps the OpenType layout tables the shaper needs (GSUB, GPOS, GDEF and every
# feature) and drops hinting, which a PDF at print resolution does not use.
set -eu
bin=${FONTTOOLS:-/tmp/ftvenv/bin}
out=$(dirname "$0")/../crates/wrap-pdf/fonts
core=/usr/share/fonts/truetype/noto
cjk=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
# Shared by every script font: spaces, joiners and direction marks, the dotted circle
# shapers draw under a mark with no base, and the Latin digits and punctuation that sit
# inside a run of the script.
common=U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AD,U+200B-200F,U+2010-2027,U+2060,U+25CC

subset() { # file unicodes output [extra options]
    src=$1; unicodes=$2; dest=$3; shift 3
    "$bin/pyftsubset" "$src" --unicodes="$common,$unicodes" --layout-features='*' \
        --no-hinting --drop-tables+=DSIG --name-IDs='*' --name-languages='*' \
        --output-file="$out/$dest" "$@"
}

# DejaVu Sans, both weights: every glyph and character, with the layout tables (kerning,
# ligatures, mark positioning); no hinting, no glyph names.
for weight in "" -Bold; do
    "$bin/pyftsubset" /usr/share/fonts/truetype/dejavu/DejaVuSans$weight.ttf --glyphs='*' \
        --unicodes='*' --no-hinting --name-IDs=0,1,2,3,4,5,6,14 --name-languages=0x409 \
        --layout-features='*' --drop-tables+=MATH,FFTM,BASE,JSTF --no-glyph-names \
        --notdef-outline --notdef-glyph --output-file="$out/DejaVuSans$weight.ttf"
done

subset $core/NotoNaskhArabic-Regular.ttf U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF NotoNaskhArabic.ttf
subset $core/NotoSansHebrew-Regular.ttf U+0590-05FF,U+FB1D-FB4F NotoSansHebrew.ttf
subset $core/NotoSansDevanagari-Regular.ttf U+0900-097F,U+A8E0-A8FF,U+1CD0-1CFF,U+20B9 NotoSansDevanagari.ttf
subset $core/NotoSansGurmukhi-Regular.ttf U+0A00-0A7F,U+0964-0965,U+A830-A839 NotoSansGurmukhi.ttf
subset $core/NotoSansBengali-Regular.ttf U+0980-09FF,U+0964-0965,U+A8F1 NotoSansBengali.ttf
subset $core/NotoSansGujarati-Regular.ttf U+0A80-0AFF,U+0964-0965,U+A830-A839 NotoSansGujarati.ttf
subset $core/NotoSansTamil-Regular.ttf U+0B80-0BFF,U+0964-0965,U+A8F3 NotoSansTamil.ttf
subset $core/NotoSansThai-Regular.ttf U+0E00-0E7F NotoSansThai.ttf
subset $core/NotoSansEthiopic-Regular.ttf U+1200-139F,U+2D80-2DDF,U+AB00-AB2F NotoSansEthiopic.ttf

# Chinese, Japanese and Korean: the simplified Chinese face of Noto Sans CJK, reduced to the
# characters of everyday writing (see cjk-characters.py): the first levels of GB 2312
# (simplified Chinese), JIS X 0208 (Japanese kanji) with the kana, and Big5
# (traditional Chinese), the 2,350 Hangul syllables of KS X 1001, and CJK punctuation.
"$bin/python" "$(dirname "$0")/cjk-characters.py" > /tmp/cjk-characters.txt
subset "$cjk" U+3000-30FF,U+3130-318F,U+FF00-FFEF NotoSansCJK-common.otf \
    --font-number=2 --text-file=/tmp/cjk-characters.txt
# TrueType outlines, so that the font is embedded and addressed by glyph id like the rest.
"$bin/python" "$(dirname "$0")/otf-to-ttf.py" "$out/NotoSansCJK-common.otf" "$out/NotoSansCJK-common.ttf"
rm "$out/NotoSansCJK-common.otf"
