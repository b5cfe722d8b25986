#!/usr/bin/env bash
# The atlas against a browser peer built from the same data: a Leaflet 1.9.4 map of the
# regions, neighbours, control areas and event places above a TimelineJS 3.9.11 timeline of
# every event (tools/peer/index.html; the libraries from npm, Chromium from Debian). Each is
# started in the same private Xvfb, in a 1280×800 window, and the screen is read back every 50 ms:
#   painted   start → the first change of the screen (the window's first picture)
#   settled   start → the last change before the screen stayed the same for 1.5 s
#   PSS       proportional set size once settled, summed over the browser's processes
# Medians of $RUNS alternating runs. Usage: tools/peer/peer.sh   (RUNS=9 for more)
# Needs: Xvfb, xwd (x11-apps), python3, npm and chromium (installed with apt-get if missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
command -v xwd >/dev/null || need+=(x11-apps)
command -v Xvfb >/dev/null || need+=(xvfb)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
peer=$PWD/target/peer
mkdir -p "$peer"
[ -d "$peer/node_modules/leaflet" ] ||
  npm install --no-audit --no-fund --prefix "$peer" leaflet@1.9.4 @knight-lab/timelinejs@3.9.11 >/dev/null
cp tools/peer/index.html "$peer/"
python3 tools/peer/data.py assets "$peer/data.js" >/dev/null
cargo build --release --locked -q
app=$PWD/target/release/caucasus-atlas

scratch=$(mktemp -d)
n=$((100 + RANDOM % 400))
# Wider than the windows, which open at its left edge: the pointer, at the screen's centre
# (Xvfb lets nobody move it before a window opens), is beside them, so no tooltip appears
# under it late and for no reason of the load.
Xvfb ":$n" -screen 0 2600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
export DISPLAY=":$n" XDG_RUNTIME_DIR="$scratch"
unset WAYLAND_DISPLAY

now() { date +%s%N; }
shot() { xwd -root -silent | md5sum | cut -c1-32; }
pss() { # the PSS in MB of the processes named $1
  local total=0 p
  for p in $(pgrep -x "$1"); do
    total=$((total + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}
# One run of "$@" (process name $1 for PSS): "painted-ms settled-ms pss-MB".
one() {
  local name=$1; shift
  local blank t0 h last=0 first=0 changed since
  blank=$(shot)
  rm -rf "$scratch/home"; mkdir -p "$scratch/home"
  t0=$(now)
  HOME=$scratch/home "$@" >/dev/null 2>&1 &
  local pid=$!
  local prev=$blank
  since=$(now)
  while :; do
    sleep 0.05
    h=$(shot)
    if [ "$h" != "$prev" ]; then
      changed=$(now)
      [ "$first" = 0 ] && first=$(( (changed - t0) / 1000000 ))
      last=$(( (changed - t0) / 1000000 ))
      prev=$h
      since=$changed
    elif [ "$first" != 0 ] && [ $(( $(now) - since )) -gt 1500000000 ]; then
      break
    fi
    [ $(( $(now) - t0 )) -gt 60000000000 ] && break
  done
  local mem
  mem=$(pss "$name")
  kill "$pid" 2>/dev/null; pkill -x "$name" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  sleep 1
  echo "$first $last $mem"
}
: >"$scratch/app"; : >"$scratch/peer"
for _ in $(seq "$runs"); do
  one caucasus-atlas "$app" --date 2008-08-26 --size 1280x800 >>"$scratch/app"
  one chromium chromium --no-sandbox --test-type --no-first-run --disable-extensions \
    --user-data-dir="$scratch/chrome" --window-position=0,0 --window-size=1280,800 \
    --app="file://$peer/index.html" >>"$scratch/peer"
done
median() { python3 -c 'import sys, statistics; print("%g" % statistics.median(float(l) for l in sys.stdin if l.strip()))'; }
col() { cut -d' ' -f"$1" "$2" | median; }
row='%-34s %11s %11s %9s\n'
printf "$row" "($runs alternating runs, medians)" "painted ms" "settled ms" "PSS MB"
printf "$row" "caucasus-atlas" "$(col 1 "$scratch/app")" "$(col 2 "$scratch/app")" "$(col 3 "$scratch/app")"
printf "$row" "Leaflet + TimelineJS in Chromium" "$(col 1 "$scratch/peer")" "$(col 2 "$scratch/peer")" "$(col 3 "$scratch/peer")"
ratio() { awk -v p="$(col "$1" "$scratch/peer")" -v a="$(col "$1" "$scratch/app")" 'BEGIN {printf "%.1f", p / a}'; }
printf "$row" "peer / atlas" "$(ratio 1) ×" "$(ratio 2) ×" "$(ratio 3) ×"
