#!/usr/bin/env bash
# What of a release can be checked without the forge: dist's plan (every archive and
# installer of every platform), and the Linux archive built, unpacked into an empty
# folder and run there with a clean environment, as someone without Rust would.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dist >/dev/null || cargo install --locked cargo-dist
dist plan >/dev/null
dist build --artifacts=local --target x86_64-unknown-linux-gnu >/dev/null
archive=target/distrib/reelguide-x86_64-unknown-linux-gnu.tar.xz
[ -f "$archive" ] || { echo "release: no archive at $archive" >&2; exit 1; }

empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
tar -xJf "$archive" -C "$empty"
cd "$empty"/reelguide-x86_64-unknown-linux-gnu
env -i PATH=/usr/bin:/bin HOME="$empty" ./reelguide --version
env -i PATH=/usr/bin:/bin HOME="$empty" ./reelguide build --quiet
[ -f out/index.html ] && [ -f out/paddington-2/parents.pdf ] || { echo "release: the archive's program built nothing" >&2; exit 1; }
echo "release: the Linux archive runs from an empty folder" >&2
