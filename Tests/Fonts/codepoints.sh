#!/bin/sh
# Writes the code points that Debian's DejaVu Sans Mono (fonts-dejavu-core) and Noto Sans Mono
# (fonts-noto-mono) cover in both their regular and bold faces, as hex ranges ("20-7e"), one per
# line. GlyphCoverageTests reads these lists, so CI needs no fonts; rerun after a font update:
#   apt-get install fonts-dejavu-core fonts-noto-mono fontconfig && Tests/Fonts/codepoints.sh
set -eu
here=$(dirname "$0")

# fc-query prints a face's charset as hex ranges; expand, keep what both faces have, compress.
both() {
    for face in "$@"; do
        [ -f "$face" ] || { echo "missing font: $face" >&2; exit 1; }
        fc-query --format '%{charset}\n' "$face" | tr ' ' '\n' | awk -F- '
            function hex(s,   i, n) { n = 0; for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return n }
            NF { lo = hex($1); hi = (NF > 1) ? hex($2) : lo; for (c = lo; c <= hi; c++) print c }' | sort -nu
    done | sort -n | uniq -c | awk -v faces=$# '$1 == faces { print $2 }' | awk '
        NR == 1 { lo = hi = $1; next }
        $1 == hi + 1 { hi = $1; next }
        { emit(); lo = hi = $1 }
        END { if (NR) emit() }
        function emit() { if (lo == hi) printf "%x\n", lo; else printf "%x-%x\n", lo, hi }'
}

dejavu=/usr/share/fonts/truetype/dejavu
noto=/usr/share/fonts/truetype/noto
{
    echo "# DejaVu Sans Mono $(dpkg-query -W -f '${Version}' fonts-dejavu-core 2>/dev/null || echo '?'), regular and bold; Tests/Fonts/codepoints.sh"
    both "$dejavu/DejaVuSansMono.ttf" "$dejavu/DejaVuSansMono-Bold.ttf"
} >"$here/DejaVuSansMono.txt"
{
    echo "# Noto Sans Mono $(dpkg-query -W -f '${Version}' fonts-noto-mono 2>/dev/null || echo '?'), regular and bold; Tests/Fonts/codepoints.sh"
    both "$noto/NotoSansMono-Regular.ttf" "$noto/NotoSansMono-Bold.ttf"
} >"$here/NotoSansMono.txt"
# A failing fc-query or awk inside a pipeline does not stop `set -e`: check the result instead.
for list in "$here/DejaVuSansMono.txt" "$here/NotoSansMono.txt"; do
    [ "$(grep -c '^[0-9a-f]' "$list")" -gt 50 ] || { echo "$list: too few ranges, generation failed" >&2; exit 1; }
done
