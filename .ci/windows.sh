#!/usr/bin/env bash
# The Windows build, made with Debian's mingw-w64 and run under Wine on the shipped
# library: build, paths with backslashes and a drive letter, a handout held open by
# another program, check, list --json, ratings, new, a broken record, and a second build
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
# A stand-in for a PDF viewer: holds a file open without letting it be replaced.
x86_64-w64-mingw32-gcc -O2 -o "$work/bin/hold.exe" .ci/wine/hold.c

export WINEPREFIX="$PWD/$work/prefix" WINEDEBUG=-all
wine=/usr/lib/wine/wine64
exe="$PWD/$work/bin/reelguide.exe"
hold="$PWD/$work/bin/hold.exe"
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

echo "windows: a handout held open by a viewer" >&2
# Windows will not replace a file another program holds open. The build says which file
# and what to do, writes the others, and the next build, once it is closed, makes the
# file it missed (the record was edited meanwhile, so the old file is stale).
mkdir -p held
cp guides/paddington-2.yaml held/
win build --quiet --out out-held held || fail "the first build of the held record failed"
sed -i 's/^title: Paddington 2$/title: Paddington Two/' held/paddington-2.yaml
grep -q '^title: Paddington Two$' held/paddington-2.yaml || fail "the record was not edited"
rm out-held/paddington-2/leader.pdf
"$wine" "$hold" 'out-held\paddington-2\handout.pdf' 10 > held.txt 2>&1 &
holder=$!
for _ in $(seq 50); do grep -q holding held.txt && break; sleep 0.2; done
grep -q holding held.txt || fail "the holder did not start: $(cat held.txt)"
set +e
win build --out out-held held 2> refused.txt
code=$?
set -e
wait "$holder"
[ "$code" -eq 1 ] || fail "a build over a held file exited $code, not 1"
grep -q 'paddington-2.handout.pdf' refused.txt && grep -q 'close it' refused.txt \
    || fail "the held file was not named with what to do: $(cat refused.txt)"
[ -f out-held/paddington-2/leader.pdf ] || fail "the other files were not written"
ls -A out-held/paddington-2 | grep -q reelguide-tmp && fail "a temporary file was left"
win build --quiet --out out-held held || fail "the build after closing failed"
"$linux" build --quiet --out out-held-linux held || fail "the Linux build of the edited record failed"
cmp -s out-held/paddington-2/handout.pdf out-held-linux/paddington-2/handout.pdf \
    || fail "the handout missed while held was not made again"

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
