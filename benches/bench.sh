#!/usr/bin/env bash
# The whole-job benchmark: reelguide builds of 1, 100, 1,000 and 10,000 realistic records
# (HTML and PDF of every edition), timed beside Typst compiling the same handouts, plus
# the fair race (CPU per participant handout: reelguide writing handout PDFs only, Typst
# compiling the same handouts), the shipped guides, PDF sizes and hostile inputs; see
# README.md.
#
#   benches/bench.sh                     all sizes
#   BENCH_SIZES="1 100 1000" benches/bench.sh
#   TYPST_LIMIT=300 benches/bench.sh     fewer Typst handouts (it is the slow part)
#   BENCH_OUT=/dev/shm/rg benches/bench.sh   outputs (both tools') on a RAM disk
#
# Outputs go under target/bench unless BENCH_OUT says otherwise. A build writes six
# files per record; on a disk where creating a file is slow (seen on a VM's ext4 right
# after big deletions: a third of the CPU time in the kernel), that shows in the "sys s"
# column, and a RAM disk separates the program's time from the disk's.
#
# Needs: cargo, python3 (a private venv gets `typst` and `pyyaml` from PyPI), GNU time
# (/usr/bin/time). Runs take a few minutes; 10,000 records need about 2 GB of disk.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES:-"1 100 1000 10000"}
TYPST_LIMIT=${TYPST_LIMIT:-1000}
WORK=target/bench
OUT_ROOT=${BENCH_OUT:-$WORK}
BIN=target/release/reelguide
mkdir -p "$WORK" "$OUT_ROOT"

echo "building reelguide (release)..." >&2
cargo build --release --quiet

VENV=$WORK/venv
if [ ! -x "$VENV/bin/python" ]; then
    echo "installing typst and pyyaml into $VENV..." >&2
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet typst pyyaml
fi
PY=$VENV/bin/python

# Typst gets the same typeface, from the same crate's files.
FONTS=$WORK/fonts
if [ ! -d "$FONTS" ]; then
    mkdir -p "$FONTS"
    src=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/src" -path '*dejavu-2.37.0/assets/*' -name 'DejaVuSans.ttf' | head -1)
    for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique; do
        cp "$(dirname "$src")/$face.ttf" "$FONTS/"
    done
fi

# GNU time's "%e %M %U %S": wall seconds, peak resident kilobytes, user and system CPU
# seconds.
timed() { /usr/bin/time -f "%e %M %U %S" "$@" 2>&1 >/dev/null | tail -1; }

printf '\n%-8s %8s %8s %7s %7s %8s %9s %10s %9s %8s\n' records "wall s" "user s" "sys s" PDFs "ms/PDF" "peak MB" "output MB" "Typst ms" ratio
fair=()
incremental=()
for n in $SIZES; do
    lib=$WORK/lib-$n
    [ -d "$lib" ] || "$PY" benches/make_library.py guides "$lib" "$n"
    out=$OUT_ROOT/out-$n
    rm -rf "$out"
    read -r wall kb user sys < <(timed "$BIN" build "$lib" --out "$out" --quiet)
    pdfs=$(find "$out" -name '*.pdf' | wc -l)
    bytes=$(du -sb "$out" | cut -f1)
    per=$(awk -v w="$wall" -v p="$pdfs" 'BEGIN { printf "%.2f", 1000 * w / p }')
    typst="-"
    ratio="-"
    if [ "$n" -le "$TYPST_LIMIT" ]; then
        rm -rf "$OUT_ROOT/typst-$n"
        read -r handouts secs _ tcpu < <("$PY" benches/typst_handouts.py "$lib" "$FONTS" "$OUT_ROOT/typst-$n" | tail -1)
        typst=$(awk -v s="$secs" -v h="$handouts" 'BEGIN { printf "%.2f", 1000 * s / h }')
        ratio=$(awk -v t="$typst" -v p="$per" 'BEGIN { printf "%.1fx", t / p }')
        # The fair race: CPU (user + system) per participant handout, the same content
        # and typeface, reelguide writing handout PDFs only.
        rm -rf "$out"
        read -r _ _ huser hsys < <(timed "$BIN" build "$lib" --out "$out" --quiet --edition handout --format pdf)
        ours=$(awk -v u="$huser" -v s="$hsys" -v h="$n" 'BEGIN { printf "%.2f", 1000 * (u + s) / h }')
        theirs=$(awk -v c="$tcpu" -v h="$handouts" 'BEGIN { printf "%.2f", 1000 * c / h }')
        fair+=("$(printf '%-8s %14s %14s %8s' "$n" "$ours" "$theirs" "$(awk -v t="$theirs" -v o="$ours" 'BEGIN { printf "%.1fx", t / o }')")")
    fi
    printf '%-8s %8s %8s %7s %7s %8s %9s %10s %9s %8s\n' "$n" "$wall" "$user" "$sys" "$pdfs" "$per" "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')" \
        "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')" "$typst" "$ratio"
    rm -rf "$out"
    # Incremental: a copy of the library built in full, then again with nothing changed,
    # then again after one record changed (wall time, as a user waits).
    copy=$WORK/inc-lib-$n
    rm -rf "$copy" "$out"
    cp -r "$lib" "$copy"
    read -r full _ < <(timed "$BIN" build "$copy" --out "$out" --quiet)
    read -r none _ < <(timed "$BIN" build "$copy" --out "$out" --quiet)
    first=$(find "$copy" -name '*.yaml' | sort | sed -n 1p)
    sed -i '0,/^title: /s/^title: \(.*\)$/title: \1 (revised)/' "$first"
    read -r one _ < <(timed "$BIN" build "$copy" --out "$out" --quiet)
    incremental+=("$(printf '%-8s %10s %14s %16s %8s' "$n" "$full" "$none" "$one" "$(awk -v o="$one" -v f="$full" 'BEGIN { printf "%.1f%%", 100 * o / f }')")")
    rm -rf "$copy" "$out"
done

echo
echo "incremental builds: wall seconds for a full build, a rebuild with nothing changed, and"
echo "a rebuild after one record changed (and that as a share of the full build)"
printf '%-8s %10s %14s %16s %8s\n' records full "none changed" "one changed" share
for row in "${incremental[@]}"; do echo "$row"; done

echo
echo "the fair comparison: CPU milliseconds (user + system) per participant handout PDF"
printf '%-8s %14s %14s %8s\n' records "reelguide ms" "Typst ms" ratio
for row in "${fair[@]}"; do echo "$row"; done

# A library with warnings, as a copied one is: 300 copies of one record whose three
# related-guide links name films not in the folder (900 warnings), beside the same
# copies without the links (none).
warned=$WORK/warned-300
clean=$WORK/clean-300
if [ ! -d "$warned" ]; then
    "$PY" benches/make_library.py guides "$warned" 300 --copies
    mkdir -p "$clean"
    for f in "$warned"/*.yaml; do sed -E 's/ guide: [a-z-]+,//' "$f" > "$clean/$(basename "$f")"; done
fi
read -r _ _ cu cs < <(timed "$BIN" check "$clean" --quiet)
read -r _ _ wu ws < <(timed "$BIN" check "$warned" --quiet)
check_ratio=$(awk -v a="$cu" -v b="$cs" -v c="$wu" -v d="$ws" 'BEGIN { printf "%.2fx", (c + d) / (a + b) }')
rm -rf "$OUT_ROOT/warned-out" "$OUT_ROOT/typst-warned"
read -r _ _ huser hsys < <(timed "$BIN" build "$warned" --out "$OUT_ROOT/warned-out" --quiet --edition handout --format pdf)
read -r handouts _ _ tcpu < <("$PY" benches/typst_handouts.py "$warned" "$FONTS" "$OUT_ROOT/typst-warned" | tail -1)
ours=$(awk -v u="$huser" -v s="$hsys" 'BEGIN { printf "%.2f", 1000 * (u + s) / 300 }')
theirs=$(awk -v c="$tcpu" -v h="$handouts" 'BEGIN { printf "%.2f", 1000 * c / h }')
fair+=("$(printf '%-8s %14s %14s %8s' "300 warned" "$ours" "$theirs" "$(awk -v t="$theirs" -v o="$ours" 'BEGIN { printf "%.1fx", t / o }')")")
# An edit to one record of 1,000 that all warn.
copy=$WORK/inc-warned-1000
rm -rf "$copy" "$OUT_ROOT/inc-warned-out"
"$PY" benches/make_library.py guides "$copy" 1000 --copies
read -r full _ < <(timed "$BIN" build "$copy" --out "$OUT_ROOT/inc-warned-out" --quiet)
sed -i '0,/^title: /s/^title: \(.*\)$/title: \1 (revised)/' "$copy/copy-00000.yaml"
read -r one _ < <(timed "$BIN" build "$copy" --out "$OUT_ROOT/inc-warned-out" --quiet)
rm -rf "$copy" "$OUT_ROOT/inc-warned-out" "$OUT_ROOT/warned-out"

echo
echo "the fair comparison again, with the library of warned copies:"
printf '%-10s %14s %14s %8s\n' records "reelguide ms" "Typst ms" ratio
for row in "${fair[@]}"; do echo "$row"; done
echo
echo "warnings: CPU of checking 300 records that warn three times each, against the same"
echo "records without the warnings: $check_ratio (goal: at most 1.50x)"
echo "a one-record edit in 1,000 warned records: $one s after a $full s full build" \
    "($(awk -v o="$one" -v f="$full" 'BEGIN { printf "%.1f%%", 100 * o / f }'); goal: under 5%)"

echo
echo "the shipped guides, everything (best of 10 runs, one process each):"
best=999
for _ in $(seq 10); do
    rm -rf "$OUT_ROOT/shipped"
    read -r wall _ < <(timed "$BIN" build guides --out "$OUT_ROOT/shipped" --quiet)
    best=$(awk -v a="$best" -v b="$wall" 'BEGIN { print (b < a) ? b : a }')
done
echo "  ${best} s"

echo
echo "PDF sizes (bytes, pages):"
for f in "$OUT_ROOT"/shipped/*/*.pdf; do
    pages=$("$PY" -c "import re,sys; d=open(sys.argv[1],'rb').read(); print(re.search(rb'/Type/Pages/Count (\d+)', d).group(1).decode())" "$f")
    printf '  %-40s %7s %3s\n' "${f#"$OUT_ROOT"/shipped/}" "$(stat -c %s "$f")" "$pages"
done

echo
echo "hostile inputs (seconds to a located error):"
big=$WORK/hostile-50mb.yaml
[ -f "$big" ] || "$PY" -c "import sys; open(sys.argv[1],'w').write('- text: a question that goes on\n' * 1700000)" "$big"
for f in tests/fixtures/invalid/syntax-deep-brackets.yaml tests/fixtures/invalid/alias-bomb.yaml \
         tests/fixtures/invalid/binary-junk.yaml tests/fixtures/invalid/not-utf8.yaml "$big"; do
    read -r wall _ < <(timed "$BIN" check "$f" --quiet || true)
    printf '  %-50s %s\n' "${f##*/}" "$wall"
done

cat <<'EOF'

Criterion micro-benchmarks (load+validate, HTML and PDF of one edition):
  cargo bench --bench pipeline
EOF
