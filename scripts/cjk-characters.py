"""Prints the Han and Hangul characters bundled in NotoSansCJK-common.otf: every character
of the first level (the most used characters) of GB 2312, JIS X 0208 and Big5, and KS X 1001's Hangul."""
import sys

chars = set()
def codec_chars(codec, lead_range, trail_range):
    for lead in lead_range:
        for trail in trail_range:
            try:
                c = bytes([lead, trail]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(c) == 1:
                chars.add(c)

codec_chars("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))   # GB 2312 level 1 hanzi
codec_chars("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))   # JIS X 0208 level 1 kanji
codec_chars("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))  # Big5 level 1
codec_chars("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))   # KS X 1001 Hangul
sys.stdout.write("".join(sorted(chars)))
print(len(chars), file=sys.stderr)
