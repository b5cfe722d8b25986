#!/usr/bin/env bash
# What each part of the atlas's default screen costs the renderer (Mesa's software renderer on
# a machine without a GPU): the screen's triangles are written once (tests/app/frame_dump.rs), then
# the empty window (tools/empty-window) draws them again, every frame, group by group. Prints,
# for each group alone, the first frame (window up → first frame presented) and the median
# time of a steady frame, over the same window drawing nothing. Medians of $RUNS runs.
# Usage: tools/frame-profile.sh   (RUNS=5 tools/frame-profile.sh for more runs)
# Needs: Xvfb, Mesa's OpenGL (libgl1-mesa-dri libegl1), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}

cargo test -q --test app frame_dump -- --ignored >/dev/null
(cd tools/empty-window && cargo build --release --locked -q)
empty=$PWD/tools/empty-window/target/release/empty-window
dump=$PWD/target/frame.dump

. tools/private-display.sh

# One group: "first-frame-ms steady-ms" medians over $runs runs of 40 frames.
one() {
  for _ in $(seq "$runs"); do
    EMPTY_WINDOW_REPLAY=$dump EMPTY_WINDOW_GROUPS="$1" EMPTY_WINDOW_FRAMES=40 \
      CAUCASUS_ATLAS_TRACE=1 "$empty" 2>&1 |
      awk '/frame 0 begins/ {f0=$1} /frame 1 begins/ {f1=$1} /frame 10 begins/ {a=$1}
           /frame 39 begins/ {b=$1} END {print f1-f0, (b-a)/29}'
  done | python3 -c '
import sys, statistics
rows = [list(map(float, l.split())) for l in sys.stdin if l.strip()]
print(" ".join("%.1f" % statistics.median(c) for c in zip(*rows)))'
}

printf "%-22s %12s %12s\n" "drawn" "first frame" "steady frame"
read -r f0 s0 <<<"$(one "nothing")"
printf "%-22s %9s ms %9s ms\n" "nothing" "$f0" "$s0"
for g in "" map lists timeline top window "map mesh" "map line" "map circle" "map text" \
  "lists mesh" "timeline rect" "timeline line"; do
  read -r f s <<<"$(one "$g")"
  awk -v g="${g:-everything}" -v f="$f" -v s="$s" -v f0="$f0" -v s0="$s0" \
    'BEGIN { printf "%-22s %9.1f ms %9.1f ms   (+%.1f, +%.1f)\n", g, f, s, f - f0, s - s0 }'
done
