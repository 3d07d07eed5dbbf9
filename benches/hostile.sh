#!/usr/bin/env bash
# Bounded work from hostile records: each input is ten times one of the limits in
# docs/guide-format.md, and must be refused (or built) in well under a second and
# 200 MB. Prints wall time and peak memory of `check` and `build` for each.
#
#   benches/hostile.sh          builds the release binary first
#
# Needs python3 and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=$PWD/target/release/reelguide
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import sys, os
work = sys.argv[1]
def record(name, text):
    os.makedirs(os.path.join(work, name), exist_ok=True)
    open(os.path.join(work, name, name + ".yaml"), "w").write(text)
head = "year: 2000\nfilm: { runtime_minutes: 90 }\n"
# An alias bomb ten times the content limit: 10^6 copies of a 4-byte string, in 3 KB.
bomb = "title: Bomb\n" + head + "quotes:\n  - text: &a0 \"boom\"\n"
for level in range(1, 7):
    refs = ", ".join(["*a%d" % (level - 1)] * 10)
    bomb += "  - { text: x, speaker: &a%d [%s] }\n" % (level, refs)
record("alias-bomb", bomb)
# A megabyte on one line: a flow-style record of questions.
questions = ",".join('{text: "Question %d about the film?"}' % i for i in range(25000))
line = "{title: One Line, year: 2000, film: {runtime_minutes: 90}, discussion: [{when: after, questions: [%s]}]}" % questions
record("one-line", line[: line.rfind("},", 0, 1024 * 1024 - 16) + 1] + "]}]}\n")
# A title of 20,000 characters with no space, and one of 20,000 in words.
record("long-title", 'title: "%s"\n' % ("x" * 20000) + head)
record("long-title-words", 'title: "%s"\n' % ("word " * 4000).strip() + head)
PY

printf '%-18s %10s %8s %12s %10s %8s %12s\n' input bytes check "check MB" build "build MB" outcome
for dir in "$WORK"/*/; do
    name=$(basename "$dir")
    file="$dir$name.yaml"
    bytes=$(stat -c %s "$file")
    /usr/bin/time -o "$WORK/t" -f '%e %M' "$BIN" check --quiet "$file" >/dev/null 2>&1 || true
    c=$(tail -1 "$WORK/t")
    /usr/bin/time -o "$WORK/t" -f '%e %M' "$BIN" build --quiet --out "$WORK/out-$name" "$file" >/dev/null 2>&1 || true
    b=$(tail -1 "$WORK/t")
    if "$BIN" check --quiet "$file" >/dev/null 2>&1; then outcome=built; else outcome=refused; fi
    read -r cs ck <<<"$c"
    read -r bs bk <<<"$b"
    printf '%-18s %10s %7ss %11.1f %9ss %7.1f %12s\n' "$name" "$bytes" "$cs" "$((ck / 1024)).$((ck % 1024 * 10 / 1024))" "$bs" "$((bk / 1024)).$((bk % 1024 * 10 / 1024))" "$outcome"
done
