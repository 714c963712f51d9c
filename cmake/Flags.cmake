# The one place for compile flags. Every dixit target calls dixit_apply_flags().
option(DIXIT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DIXIT_WERROR "Treat warnings as errors" ON)
# Fuzzing build (scripts/fuzz, build/fuzz): every target instrumented for libFuzzer,
# ASan and UBSan; the harnesses in tests/fuzz add libFuzzer's main. Needs clang.
option(DIXIT_FUZZ "Build the libFuzzer harnesses of tests/fuzz, with ASan and UBSan" OFF)
if(DIXIT_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "DIXIT_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++); this is ${CMAKE_CXX_COMPILER_ID}")
endif()

# Wasm optimisation choices. Each default below was measured by scripts/bench
# (numbers in docs/benchmarks.md); the cache variables exist so that the
# alternatives can be rebuilt and measured again without editing this file.
# Measured (docs/benchmarks.md, same source, medians on a loaded 2-core machine):
#  -O3: -Oz is only 3.6% smaller (-101 KB of 2.77 MB; ICU and its data dominate)
#       and 2.5 to 3.5x slower (seed p50 0.70 ms against 0.25 ms).
#  LTO off: -0.4% size, speed within noise; ICU, most of the code, is a prebuilt archive.
#  dlmalloc: emmalloc saves 8 KB but the 10 MB heap grows from 164 MB to 199 MB.
#  wasm-ld's --gc-sections (its default) saves 76 KB; wasm-opt --converge 2 KB (not used).
#  Exceptions: catching is off by default in Emscripten 3.1.6; kept that way.
#  One-caller inlining capped at 100 (wasm-opt's default inlines every function
#  with one call site, whatever its size): the binding had grown to one 70 KB
#  function and Pipeline::run_segment to 44 KB. V8 compiles a wasm function
#  whole on its first call, and tiers it up whole: the first annotation in node
#  went from 42 to 28 ms (bench/compare.mjs), the first one shown in Chromium
#  from 392 to 287 ms (median of 12 cold loads, interleaved); throughput within
#  noise; +4.6 KB raw, -6 KB brotli.
if(EMSCRIPTEN)
  set(DIXIT_WASM_OPT "-O3" CACHE STRING "Optimisation level of the wasm build (compile and link)")
  option(DIXIT_WASM_LTO "Link-time optimisation of the dixit sources in the wasm build" OFF)
  set(DIXIT_WASM_MALLOC "dlmalloc" CACHE STRING "Emscripten allocator: dlmalloc or emmalloc")
  set(DIXIT_WASM_ONE_CALLER_INLINE_MAX "100" CACHE STRING
      "wasm-opt's --one-caller-inline-max-function-size (-1: no limit, its default)")
  set(DIXIT_WASM_LINK_EXTRA "" CACHE STRING "Extra wasm link flags (;-separated), for benchmark experiments")
endif()

set(DIXIT_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-unused-parameter)

function(dixit_apply_flags target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE ${DIXIT_WARNINGS})
  if(DIXIT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE DIXIT_VERSION="${PROJECT_VERSION}")
  if(EMSCRIPTEN)
    target_compile_options(${target} PRIVATE ${DIXIT_WASM_OPT})
    if(DIXIT_WASM_LTO)
      target_compile_options(${target} PRIVATE -flto)
    endif()
  endif()
  if(DIXIT_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    # gcc's flow analysis sees through the sanitizers' checks badly: at -O2 it warns of
    # uninitialised values in std::regex and std::function (Catch2's main), not in our code.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
  endif()
  if(DIXIT_FUZZ)
    target_compile_options(${target} PUBLIC -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all -g)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()

# Link flags of a wasm module (the shipped one and the benchmark's): the
# optimisation choices above plus the shape of the module.
function(dixit_apply_wasm_link_flags target)
  target_link_options(${target} PRIVATE
    --bind
    ${DIXIT_WASM_OPT}
    -sMALLOC=${DIXIT_WASM_MALLOC}
    -sMODULARIZE=1
    -sEXPORT_ES6=1
    -sENVIRONMENT=web,worker
    -sALLOW_MEMORY_GROWTH=1
    -sMAXIMUM_MEMORY=2GB
    -sEXPORTED_RUNTIME_METHODS=['stringToUTF16']
    # No eval or new Function in the glue: pages and extensions with a strict CSP
    # (script-src 'self' 'wasm-unsafe-eval') can run it.
    -sDYNAMIC_EXECUTION=0
    -sFILESYSTEM=0
    -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=${DIXIT_WASM_ONE_CALLER_INLINE_MAX}
    ${DIXIT_WASM_LINK_EXTRA})
  if(DIXIT_WASM_LTO)
    target_link_options(${target} PRIVATE -flto)
  endif()
endfunction()
