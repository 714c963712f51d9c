#!/usr/bin/env bash
# Installs what is missing, builds the wasm module and the page, and serves it.
# Usage: scripts/run.sh [--port N]   (default 8080)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export NODE_PATH=/usr/share/nodejs
port=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) echo "usage: scripts/run.sh [--port N]"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (usage: scripts/run.sh [--port N])" >&2; exit 2 ;;
  esac
done
bash scripts/setup.sh
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build build/native --target wasm -j "$(nproc)"
exec node scripts/serve.mjs --root build/wasm/site --port "$port"
