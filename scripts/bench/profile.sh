#!/bin/sh
# Counts the instructions of one full build with valgrind's callgrind (repeatable, unlike wall
# time on a shared machine) and prints the functions that cost most, inclusive, demangled.
#
#   scripts/bench/profile.sh [SITE_ROOT] [TOP]      (make profile PROFILE_ROOT=... PROFILE_TOP=...)
#
# valgrind cannot read the DWARF of a Swift release binary ("possibly corrupted debuginfo"), so
# it profiles a copy without debug information; the symbol table stays, and with it the names.
set -eu
root=${1:-.}
top=${2:-40}
binary=.build/release/wijkwijzer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
strip --strip-debug -o "$work/wijkwijzer" "$binary"
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$work/wijkwijzer" build --quiet --full --root "$root" --output "$work/site" 2>&1 | grep 'Collected' || true
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null \
    | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | head -n "$top" \
    | sed -E 's/\?\?\?://; s/ \[[^]]*\]$//' | swift demangle --simplified | cut -c1-160
