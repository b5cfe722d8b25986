#!/usr/bin/env bash
# Measure the release build against an empty eframe window built in the same run (same eframe,
# same renderer, same release profile), on a private Xvfb display:
#   start-up  process start → a settled 1280×800 frame read back → exit, median of $RUNS runs
#             (the atlas with --screenshot; tools/empty-window the same way)
#   peak RSS  the same runs (/usr/bin/time)
#   idle CPU  CPU seconds the atlas uses over 10 s with nothing moving (0 means no repaints)
#   PSS       the atlas' proportional set size once settled (shared pages split), to compare
#             with a browser's multi-process PSS
#   size      of each binary
# Usage: tools/measure.sh            (RUNS=9 tools/measure.sh for more runs)
# Needs: Xvfb, Mesa's OpenGL (libgl1-mesa-dri libegl1), /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}

cargo build --release --locked -q
(cd tools/empty-window && cargo build --release --locked -q)
app=target/release/caucasus-atlas
empty=tools/empty-window/target/release/empty-window

scratch=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
n=$((100 + RANDOM % 400))
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
export DISPLAY=":$n" HOME="$scratch" XDG_RUNTIME_DIR="$scratch"
unset WAYLAND_DISPLAY

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

: >"$scratch/app" ; : >"$scratch/empty"
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$scratch/t" "$app" --date 2008-08-26 --screenshot "$scratch/a.png" --size 1280x800 >/dev/null
  cat "$scratch/t" >>"$scratch/app"
  /usr/bin/time -f "%e %M" -o "$scratch/t" "$empty" >/dev/null
  cat "$scratch/t" >>"$scratch/empty"
done
a_t=$(cut -d' ' -f1 "$scratch/app" | median); a_m=$(cut -d' ' -f2 "$scratch/app" | median)
e_t=$(cut -d' ' -f1 "$scratch/empty" | median); e_m=$(cut -d' ' -f2 "$scratch/empty" | median)

"$app" >/dev/null 2>&1 &
pid=$!
sleep 4
c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 10
c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
pss=$(awk '/^Pss:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/smaps_rollup")
kill "$pid"
idle=$(awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", (b - a) / hz}')

size() { awk '{printf "%.1f", $1 / 1e6}' < <(stat -c %s "$1"); }
printf '%-34s %12s %16s %10s\n' "what ($runs runs, medians)" "start-up s" "peak RSS MB" "size MB"
printf '%-34s %12s %16s %10s\n' "caucasus-atlas" "$a_t" "$(awk -v m="$a_m" 'BEGIN {printf "%.0f", m/1024}')" "$(size "$app")"
printf '%-34s %12s %16s %10s\n' "empty eframe window" "$e_t" "$(awk -v m="$e_m" 'BEGIN {printf "%.0f", m/1024}')" "$(size "$empty")"
printf '%-34s %12s\n' "ratio atlas / empty" "$(awk -v a="$a_t" -v e="$e_t" 'BEGIN {printf "%.2f", a/e}')"
printf 'idle: %s CPU seconds over 10 s\n' "$idle"
printf 'settled: %s MB PSS (proportional set size, 14 s after start; the web peer of the issue: ~490 MB)\n' "$pss"
