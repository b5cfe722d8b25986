# Sourced by the measuring scripts: start a private Xvfb display, point DISPLAY, HOME and
# XDG_RUNTIME_DIR at it and at a scratch folder ($scratch), and remove both on exit.
scratch=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
n=$((100 + RANDOM % 400))
Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
export DISPLAY=":$n" HOME="$scratch" XDG_RUNTIME_DIR="$scratch"
unset WAYLAND_DISPLAY
