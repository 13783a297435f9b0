#!/usr/bin/env bash
# Makes the font subsets of src/main/resources/fonts/ that the PDF country brief embeds.
# Needs npm (to fetch the fonts as published) and fontTools (Debian: python3-fonttools).
# Usage: docs/fonts/subset-brief-fonts.sh   (from the repository root)
set -euo pipefail
out="$(pwd)/src/main/resources/fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
for package in noto-sans-arabic@0.4.3 noto-sans-sc@0.4.3 noto-sans-kr@0.4.3; do
    npm pack --silent "@expo-google-fonts/$package" >/dev/null
done
for archive in *.tgz; do
    mkdir -p "${archive%.tgz}"
    tar xzf "$archive" -C "${archive%.tgz}" --wildcards '*400Regular/*.ttf'
done
arabic=$(ls expo-google-fonts-noto-sans-arabic-*/package/400Regular/NotoSansArabic_400Regular.ttf)
chinese=$(ls expo-google-fonts-noto-sans-sc-*/package/400Regular/NotoSansSC_400Regular.ttf)
korean=$(ls expo-google-fonts-noto-sans-kr-*/package/400Regular/NotoSansKR_400Regular.ttf)

# Han characters: those of the national character sets used for names — GB 2312 (mainland
# China), Big5 (Taiwan, Hong Kong), JIS X 0208 with the Windows additions (Japan) and the
# hanja of KS X 1001 (Korea): 16,502 characters.
python3 - > han.txt <<'PY'
codes = set()
for c in range(0x3400, 0xA000):
    for charset in ("gb2312", "big5", "cp932", "euc_kr"):
        try:
            chr(c).encode(charset)
            codes.add(c)
        except UnicodeEncodeError:
            pass
print("\n".join("U+%04X" % c for c in sorted(codes)))
PY

common=(--no-hinting --name-IDs='*' --name-languages='*' --drop-tables+=vhea,vmtx,BASE,STAT)
# Arabic letters, supplements and presentation forms (the PDF shapes Arabic into presentation forms).
python3 -m fontTools.subset "$arabic" --unicodes="U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF" \
    --layout-features='*' "${common[@]}" --output-file="$out/NotoSansArabic-Subset.ttf"
# Han characters above, kana, CJK punctuation and full-width forms.
python3 -m fontTools.subset "$chinese" --unicodes-file=han.txt \
    --unicodes="U+3000-303F,U+3040-309F,U+30A0-30FF,U+31F0-31FF,U+FF00-FFEF" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF "${common[@]}" --output-file="$out/NotoSansSC-Subset.ttf"
# Every Hangul syllable, and the jamo.
python3 -m fontTools.subset "$korean" --unicodes="U+AC00-D7A3,U+1100-11FF,U+3130-318F" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF "${common[@]}" --output-file="$out/NotoSansKR-Subset.ttf"
ls -l "$out"/*.ttf
