#!/usr/bin/env bash
# The Windows build, made with Debian's mingw-w64 and run under Wine on the shipped
# library: build, check, list --json, ratings, new, a broken record, and a second build
# that waits on the first. Its outputs must be byte for byte the Linux build's.
#
# Needs gcc-mingw-w64-x86-64 and wine64 (.ci/run installs them) and the Rust target
# x86_64-pc-windows-gnu (added here).
set -euo pipefail
cd "$(dirname "$0")/.."

rustup target add x86_64-pc-windows-gnu >/dev/null
cargo build --release --quiet --target x86_64-pc-windows-gnu
cargo build --release --quiet

work=target/windows-check
rm -rf "$work"
mkdir -p "$work/bin"
cp target/x86_64-pc-windows-gnu/release/reelguide.exe "$work/bin/"
# Debian's Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Rust's standard
# library calls at start; a stand-in beside the program lets it run.
x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bin/bcryptprimitives.dll" .ci/wine/bcryptprimitives.c -ladvapi32

export WINEPREFIX="$PWD/$work/prefix" WINEDEBUG=-all
wine=/usr/lib/wine/wine64
exe="$PWD/$work/bin/reelguide.exe"
linux="$PWD/target/release/reelguide"

project="$work/project"
mkdir -p "$project"
cp -r guides nights "$project/"
cd "$project"

fail() { echo "windows: $*" >&2; exit 1; }
win() { "$wine" "$exe" "$@"; }

echo "windows: build" >&2
win build --quiet --out out-windows || fail "build failed"
"$linux" build --quiet --out out-linux || fail "the Linux build failed"
diff -r -x .reelguide-build.json -x .reelguide-lock out-linux out-windows >/dev/null \
    || { diff -rq -x .reelguide-build.json -x .reelguide-lock out-linux out-windows | head -20; fail "outputs differ from Linux's"; }

echo "windows: Windows paths" >&2
# A relative folder with backslashes, an absolute one with a drive letter (Wine maps
# Z: to /), and a record path with a backslash.
win build --quiet --format html --edition parents --out 'nested\out-back' || fail "a backslashed --out failed"
[ -f nested/out-back/paddington-2/parents.html ] || fail "a backslashed --out did not make nested/out-back"
drive="Z:$(pwd | tr / '\\')\\out-drive"
win build --quiet --format html --edition parents --out "$drive" || fail "--out $drive failed"
[ -f out-drive/index.html ] || fail "--out $drive wrote no catalog"
win check --quiet 'guides\paddington-2.yaml' || fail "check of a backslashed path failed"

echo "windows: check, list, ratings, new" >&2
win check --quiet || fail "check failed"
win list --json | grep -q '"slug": *"paddington-2"' || fail "list --json lacks Paddington 2"
win ratings paddington-2 | grep -q "Paddington 2" || fail "ratings printed no card"
win new "A Windows Test" --year 2024 --dir drafts >/dev/null 2>&1 || fail "new failed"
[ -f drafts/a-windows-test.yaml ] || fail "new wrote no skeleton"

echo "windows: a broken record" >&2
mkdir -p broken
sed 's/year: 2009/year: two thousand nine/' guides/moon.yaml > broken/moon.yaml
set +e
win check broken/moon.yaml > /dev/null 2> broken.txt
code=$?
set -e
[ "$code" -eq 1 ] || fail "a broken record exited $code, not 1"
grep -q 'broken.moon.yaml:' broken.txt || fail "the problem was not located: $(cat broken.txt)"

echo "windows: a second build waits on the first" >&2
rm -rf out-lock
win build --quiet --out out-lock &
first=$!
sleep 1
win build --out out-lock 2> second.txt || fail "the second build failed: $(cat second.txt)"
wait "$first" || fail "the first build failed"
grep -q "waiting: another build is writing" second.txt || fail "the second build did not wait: $(cat second.txt)"
[ -f out-lock/index.html ] || fail "no catalog after two builds"

echo "windows: all passed" >&2
