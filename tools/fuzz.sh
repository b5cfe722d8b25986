#!/usr/bin/env bash
# Fuzz the loaders for a given time: seeded mutations of every shipped data file, boundary,
# catalogue and story (each through a whole load), of a remembered state, of eframe's settings
# file and of command lines (src/fuzz/). Reports the inputs run, per target, and saves each
# input that crashed, failed a check or took over 2 s in target/fuzz/, with its seed and the
# command that runs it again. Exits 1 if there was any.
#
#   tools/fuzz.sh [SECONDS]        (default 3600; release build, one worker per FUZZ_JOBS)
#   FUZZ_PROFILE=dev tools/fuzz.sh 20      the bounded smoke CI runs (the tests' build)
#   FUZZ_REPLAY=N FUZZ_TARGET='data/events.toml' tools/fuzz.sh   one saved input again (its
#                                            README.txt in target/fuzz/ gives the line)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-3600}
jobs=${FUZZ_JOBS:-1}
profile=()
[ "${FUZZ_PROFILE:-release}" = release ] && profile=(--release)
# Built first, then run without cargo: cargo would hold the build folder's lock all along.
bin=$(cargo test "${profile[@]}" --lib --no-run 2>&1 | sed -n 's/.*Executable unittests src\/lib.rs (\(.*\))/\1/p')
[ -x "$bin" ] || { echo "fuzz: the test binary was not built" >&2; exit 2; }
mkdir -p target
pids=()
for j in $(seq 1 "$jobs"); do
  seed=${FUZZ_SEED:-$(( $(date +%s%N) % 4000000000 + j ))}
  FUZZ_SECONDS=$seconds FUZZ_SEED=$seed FUZZ_OUT=${FUZZ_OUT:-$PWD/target/fuzz} \
    "$bin" fuzz::fuzz_for_a_while --ignored --nocapture --test-threads 1 > "target/fuzz-$j.log" 2>&1 &
  pids+=($!)
done
status=0
for p in "${pids[@]}"; do wait "$p" || status=1; done
for j in $(seq 1 "$jobs"); do grep -E "inputs|^  " "target/fuzz-$j.log" | grep -v "^test \|running" || cat "target/fuzz-$j.log"; done
exit $status
