#!/usr/bin/env bash
# Measure the release build against an empty eframe window built in the same run (same eframe,
# same renderer, same release profile), on a private Xvfb display. Both print the same trace
# marks (CAUCASUS_ATLAS_TRACE=1: milliseconds since `main` began), so the method is the same:
#   first frame  `main` → the first frame painted and presented (the next frame begins), at
#                1280×800; the atlas's first frame already shows the map (its data loads on a
#                thread while the window opens)
#   settled      `main` → the pixels of the third frame read back (what `--screenshot` waits
#                for before writing its file)
#   exit         process start → exit, PNG written (the atlas) — /usr/bin/time's wall clock
#   peak RSS     of those runs (/usr/bin/time); and of the atlas as a user runs it: opened,
#                left 4 s, closed with Ctrl+Q (no capture buffers)
#   idle CPU     CPU seconds the atlas uses over 10 s with nothing moving (0 means no repaints)
#   PSS          the atlas' proportional set size once settled (shared pages split), to compare
#                with a browser's multi-process PSS
#   per frame    CPU milliseconds (all threads, Mesa's rasterizer included) per frame while the
#                pointer moves over the map, and frames per pointer move; the empty window
#                redrawing continuously for comparison
#   size         of each binary
# Medians of $RUNS runs. Usage: tools/measure.sh   (RUNS=9 tools/measure.sh for more runs)
# Needs: Xvfb, xdotool, Mesa's OpenGL (libgl1-mesa-dri libegl1), /usr/bin/time, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}

cargo build --release --locked -q
(cd tools/empty-window && cargo build --release --locked -q)
app=$PWD/target/release/caucasus-atlas
empty=$PWD/tools/empty-window/target/release/empty-window

. tools/private-display.sh

median() { python3 -c 'import sys, statistics; print("%g" % statistics.median(float(l) for l in sys.stdin if l.strip()))'; }
# One run: "first-frame-ms settled-ms exit-s peak-KB"
one() {
  CAUCASUS_ATLAS_TRACE=1 /usr/bin/time -f "TIME %e %M" "$@" 2>&1 >/dev/null |
    awk '/frame 1 begins/ {f=$1} /pixels read back/ && !r {r=$1} /^TIME/ {e=$2; m=$3}
         END {print f, r, e, m}'
}

: >"$scratch/app"; : >"$scratch/empty"
for _ in $(seq "$runs"); do
  one "$app" --date 2008-08-26 --screenshot "$scratch/a.png" --size 1280x800 >>"$scratch/app"
  one "$empty" >>"$scratch/empty"
done
col() { cut -d' ' -f"$1" "$2" | median; }

# As a user runs it: open, wait, Ctrl+Q.
: >"$scratch/user"
for _ in 1 2 3; do
  /usr/bin/time -f "%M" -o "$scratch/t" "$app" --date 2008-08-26 --size 1280x800 >/dev/null 2>&1 &
  timer=$!
  sleep 4
  pid=$(pgrep -n -x caucasus-atlas)
  win=$(xdotool search --onlyvisible --pid "$pid" | head -1)
  xdotool windowfocus --sync "$win" key --window "$win" ctrl+q
  wait "$timer"
  cat "$scratch/t" >>"$scratch/user"
done

# Idle, PSS, and the cost of a frame while the pointer moves.
CAUCASUS_ATLAS_TRACE=frames "$app" --date 2008-08-26 --size 1280x800 >/dev/null 2>"$scratch/frames" &
pid=$!
sleep 4
c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 10
c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
pss=$(awk '/^Pss:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/smaps_rollup")
idle=$(awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (b - a) / hz}')
win=$(xdotool search --onlyvisible --pid "$pid" | head -1)
xdotool windowmove --sync "$win" 0 0 mousemove 600 300
sleep 1
f0=$(grep -c begins "$scratch/frames"); c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
for i in $(seq 60); do xdotool mousemove $((600 + (i % 2) * 3)) $((300 + i % 3)); sleep 0.12; done
f1=$(grep -c begins "$scratch/frames"); c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
kill "$pid"
hz=$(getconf CLK_TCK)
app_frame=$(awk -v c=$((c1 - c0)) -v f=$((f1 - f0)) -v hz="$hz" 'BEGIN {printf "%.1f", c * 1000 / hz / f}')
per_move=$(awk -v f=$((f1 - f0)) 'BEGIN {printf "%.1f", f / 60}')
EMPTY_WINDOW_FRAMES=300 /usr/bin/time -f "%U %S" -o "$scratch/t" "$empty" >/dev/null 2>&1
empty_frame=$(awk '{printf "%.1f", ($1 + $2) * 1000 / 300}' "$scratch/t")

size() { awk '{printf "%.1f", $1 / 1e6}' < <(stat -c %s "$1"); }
mb() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }
row='%-26s %13s %11s %8s %13s %9s\n'
printf "$row" "($runs runs, medians)" "first frame ms" "settled ms" "exit s" "peak RSS MB" "size MB"
printf "$row" "caucasus-atlas" "$(col 1 "$scratch/app")" "$(col 2 "$scratch/app")" "$(col 3 "$scratch/app")" \
  "$(mb "$(col 4 "$scratch/app")")" "$(size "$app")"
printf "$row" "empty eframe window" "$(col 1 "$scratch/empty")" "$(col 2 "$scratch/empty")" "$(col 3 "$scratch/empty")" \
  "$(mb "$(col 4 "$scratch/empty")")" "$(size "$empty")"
ratio() { awk -v a="$(col "$1" "$scratch/app")" -v e="$(col "$1" "$scratch/empty")" 'BEGIN {printf "%.2f", a / e}'; }
printf "$row" "ratio atlas / empty" "$(ratio 1)" "$(ratio 2)" "$(ratio 3)" "" ""
printf 'peak RSS as a user runs it (open, 4 s, Ctrl+Q; median of 3): %s MB\n' "$(mb "$(median <"$scratch/user")")"
printf 'idle: %s CPU seconds over 10 s\n' "$idle"
printf 'settled: %s MB PSS (proportional set size, 14 s after start; the web peer of the issue: ~490 MB)\n' "$pss"
printf 'per frame while the pointer moves over the map: %s ms CPU, %s frames per move (empty window: %s ms)\n' \
  "$app_frame" "$per_move" "$empty_frame"
