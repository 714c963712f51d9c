#!/usr/bin/env bash
# Builds one wasm variant for the flag experiments of docs/benchmarks.md, in
# build/bench-var/NAME, from cache variables of cmake/Flags.cmake:
#   bench/variant.sh oz -DDIXIT_WASM_OPT=-Oz
#   bench/variant.sh lto -DDIXIT_WASM_LTO=ON
# TARGETS="site dixit_bench_wasm" builds what scripts/bench needs too; SRC=DIR builds a snapshot.
# then: scripts/bench --wasm-only --native-dir build/bench-native --wasm-dir build/bench-var/NAME --out FILE
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export NODE_PATH=/usr/share/nodejs
name="$1"; shift
SRC="${SRC:-$ROOT}"   # a source snapshot, so that every variant builds the same code
dir="$ROOT/build/bench-var/$name"
json_stage="$ROOT/build/bench-native/wasm-include"   # made by the native configure (cmake/WasmBuild.cmake)
emcmake cmake -S "$SRC" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDIXIT_JSON_INCLUDE_DIR="$json_stage" "$@" > /dev/null
cmake --build "$dir" -j2 --target "${TARGETS:-dixit_wasm}" > /dev/null
ls -l "$dir/dixit.wasm" | awk '{print $5, $9}'
