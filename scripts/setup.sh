#!/usr/bin/env bash
# Installs everything dixit needs and builds the cached ICU for wasm.
# Idempotent: every step checks first, so a second run takes seconds.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${DIXIT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dixit}"
ICU_VERSION=72.1
JOBS="$(nproc)"
export NODE_PATH=/usr/share/nodejs   # Debian's emscripten needs Debian's node modules (acorn)

log() { printf '[setup] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages -------------------------------------------------------
DEB_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libicu-dev icu-devtools nlohmann-json3-dev catch2
  emscripten autotools-dev brotli
  chromium python3
  clang lld libclang-rt-14-dev valgrind
)
install_debian_packages() {
  local missing=()
  for p in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# --- npm dev dependencies (from the committed lock file) -------------------
install_npm_packages() {
  local stamp="$ROOT/node_modules/.dixit-lock-hash"
  local want; want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    log "installing npm dev dependencies"
    (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
}

# --- ICU 72.1 for wasm ------------------------------------------------------
# Key the cache on ICU, emscripten and the kept-data list, so that any change rebuilds.
icu_wasm_key() {
  local emver; emver="$(emcc --version 2>/dev/null | head -1 | sed 's/[^0-9.]*\([0-9.]*\).*/\1/')"
  printf 'icu%s-em%s-%s' "$ICU_VERSION" "$emver" \
    "$(cat "$ROOT/wasm/icu-data.txt" "$ROOT/scripts/setup.sh" | sha256sum | cut -c1-12)"
}

fetch_icu_source() {
  local src="$CACHE/icu-src/icu"
  [ -f "$src/source/configure" ] && return 0
  mkdir -p "$CACHE/icu-src"
  if ! ls "$CACHE"/icu-src/icu_${ICU_VERSION}.orig.tar.gz >/dev/null 2>&1; then
    if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ /etc/apt/sources.list 2>/dev/null; then
      log "adding a deb-src entry for bookworm main"
      as_root tee /etc/apt/sources.list.d/dixit-deb-src.sources >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
      as_root apt-get update -qq
    fi
    log "downloading Debian's icu source package"
    (cd "$CACHE/icu-src" && apt-get source --download-only -qq icu >/dev/null)
  fi
  tar -xzf "$CACHE"/icu-src/icu_${ICU_VERSION}.orig.tar.gz -C "$CACHE/icu-src"
  # ICU 72 predates emscripten in config.sub: take Debian's newer autotools files.
  cp /usr/share/misc/config.sub /usr/share/misc/config.guess "$src/source/"
}

build_icu_host() {
  local host="$CACHE/icu-host-$ICU_VERSION"
  [ -x "$host/bin/icupkg" ] && [ -x "$host/bin/genccode" ] && return 0
  log "building ICU $ICU_VERSION for the host (tools for the cross build, ~5 min)"
  rm -rf "$host"; mkdir -p "$host"
  (cd "$host" && "$CACHE/icu-src/icu/source/configure" -q --disable-tests --disable-samples \
      --disable-extras --disable-icuio --disable-layoutex >/dev/null && make -s -j"$JOBS" >/dev/null 2>&1)
}

build_icu_wasm() {
  local out="$CACHE/$(icu_wasm_key)"
  if [ -f "$out/lib/libicuuc.a" ] && [ -f "$out/lib/libicui18n.a" ] && [ -f "$out/data/icudata.c" ]; then
    ln -sfn "$out" "$CACHE/icu-wasm"
    return 0
  fi
  fetch_icu_source
  build_icu_host
  local host="$CACHE/icu-host-$ICU_VERSION" cross="$CACHE/icu-cross-$ICU_VERSION"
  if [ ! -f "$cross/lib/libicui18n.a" ]; then
    log "cross-building ICU $ICU_VERSION to wasm (~4 min)"
    rm -rf "$cross"; mkdir -p "$cross"
    (cd "$cross" && CFLAGS="-O2" CXXFLAGS="-O2" emconfigure "$CACHE/icu-src/icu/source/configure" -q \
        --host=wasm32-unknown-linux-gnu --with-cross-build="$host" \
        --enable-static --disable-shared --disable-tools --disable-tests --disable-samples \
        --disable-extras --disable-icuio --disable-layoutex >/dev/null 2>&1
     # The data step cannot target wasm; build the libraries only and package data ourselves.
     # (The top-level make would create lib/; building sub-folders needs it made here.)
     mkdir -p lib bin
     emmake make -s -j"$JOBS" -C common >/dev/null 2>&1
     emmake make -s -j"$JOBS" -C i18n >/dev/null 2>&1
     emmake make -s -j"$JOBS" -C stubdata >/dev/null 2>&1)
  fi
  log "packaging the trimmed ICU data"
  rm -rf "$out"; mkdir -p "$out/lib" "$out/data" "$out/include"
  cp "$cross"/lib/libicuuc.a "$cross"/lib/libicui18n.a "$out/lib/"
  cp "$cross"/stubdata/libicudata.a "$out/lib/" 2>/dev/null || cp "$cross"/lib/libicudata.a "$out/lib/"
  cp -r "$CACHE/icu-src/icu/source/common/unicode" "$out/include/"
  cp -r "$CACHE/icu-src/icu/source/i18n/unicode/." "$out/include/unicode/"
  local full="$CACHE/icu-src/icu/source/data/in/icudt72l.dat" work; work="$(mktemp -d)"
  local keep="$work/keep.txt"
  grep -v '^\s*#' "$ROOT/wasm/icu-data.txt" | awk 'NF{print $1}' | sort -u > "$keep"
  LD_LIBRARY_PATH="$host/lib" "$host/bin/icupkg" -l "$full" | sort -u > "$work/all.txt"
  local missing; missing="$(comm -13 "$work/all.txt" "$keep")"
  if [ -n "$missing" ]; then log "wasm/icu-data.txt names items ICU does not have: $missing"; exit 1; fi
  comm -23 "$work/all.txt" "$keep" > "$work/remove.txt"
  # icupkg checks item prefixes against the package name, so the file keeps ICU's name.
  mkdir -p "$work/in"
  cp "$full" "$work/in/icudt72l.dat"
  LD_LIBRARY_PATH="$host/lib" "$host/bin/icupkg" --ignore-deps -r "$work/remove.txt" "$work/in/icudt72l.dat" "$out/data/icudt72l.dat" >/dev/null
  # A fixed symbol (icudata_dat) and file name, whatever the ICU version.
  LD_LIBRARY_PATH="$host/lib" "$host/bin/genccode" -q -f icudata -d "$out/data" "$out/data/icudt72l.dat"
  sed -i 's/} icudt72l_dat=/} icudata_dat=/' "$out/data/icudata.c"
  grep -q '} icudata_dat=' "$out/data/icudata.c" || { log "genccode output changed: icudata_dat not found"; exit 1; }
  rm -rf "$work"
  ln -sfn "$out" "$CACHE/icu-wasm"
  log "ICU for wasm ready in $out ($(du -h "$out/data/icudt72l.dat" | cut -f1) of data)"
}

main() {
  mkdir -p "$CACHE"
  install_debian_packages
  install_npm_packages
  build_icu_wasm
}
main "$@"
