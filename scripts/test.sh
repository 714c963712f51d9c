#!/usr/bin/env bash
# Installs what is missing, builds native and wasm, runs every suite.
# The last line is "N passed, N failed" over all ctest suites.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs
JOBS="$(nproc)"

bash scripts/setup.sh

echo "[test] building native (build/native)"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build/native -j "$JOBS"
echo "[test] building wasm (build/wasm)"
cmake --build build/native --target wasm -j "$JOBS"
# ctest runs these as sanitizers.dixit_tests and fuzz.short (tests/CMakeLists.txt).
echo "[test] building the Catch2 suite with ASan+UBSan (build/asan)"
cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDIXIT_SANITIZE=ON > /dev/null
cmake --build build/asan --target dixit_tests -j "$JOBS"
echo "[test] building the fuzz harnesses (build/fuzz)"
DIXIT_JOBS="$JOBS" scripts/fuzz --build-only > /dev/null

echo "[test] running the suites"
log="$(mktemp)"
set +e
ctest --test-dir build/native --output-on-failure -j "$JOBS" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
summary="$(grep -E '[0-9]+ tests failed out of [0-9]+' "$log" | tail -1)"
rm -f "$log"
failed="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<< "$summary")"
total="$(sed -E 's/.* ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<< "$summary")"
if [ -z "$summary" ]; then echo "0 passed, 1 failed"; exit 1; fi
echo "$((total - failed)) passed, $failed failed"
exit "$status"
