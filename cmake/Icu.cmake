# Provides the interface target dixit_icu.
# Natively: the system ICU. Under Emscripten: the ICU libraries that
# scripts/setup.sh cross-built and cached, plus the trimmed data as a C array.
add_library(dixit_icu INTERFACE)
if(EMSCRIPTEN)
  # The same cache folder as scripts/setup.sh: $DIXIT_CACHE, else $XDG_CACHE_HOME/dixit, else ~/.cache/dixit.
  if(DEFINED ENV{DIXIT_CACHE})
    set(dixit_cache "$ENV{DIXIT_CACHE}")
  elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(dixit_cache "$ENV{XDG_CACHE_HOME}/dixit")
  else()
    set(dixit_cache "$ENV{HOME}/.cache/dixit")
  endif()
  set(DIXIT_ICU_WASM_DIR "${dixit_cache}/icu-wasm" CACHE PATH "ICU built for wasm by scripts/setup.sh")
  if(NOT EXISTS "${DIXIT_ICU_WASM_DIR}/lib/libicuuc.a")
    message(FATAL_ERROR "No wasm ICU in ${DIXIT_ICU_WASM_DIR}: run scripts/setup.sh first")
  endif()
  target_include_directories(dixit_icu INTERFACE "${DIXIT_ICU_WASM_DIR}/include")
  # Only ICU's common library: the core uses break iterators, character
  # properties and currency names; nothing of i18n (formatting, RBNF).
  target_link_libraries(dixit_icu INTERFACE
    "${DIXIT_ICU_WASM_DIR}/lib/libicuuc.a"
    "${DIXIT_ICU_WASM_DIR}/lib/libicudata.a")
  target_compile_definitions(dixit_icu INTERFACE U_STATIC_IMPLEMENTATION DIXIT_EMBEDDED_ICU_DATA)
  # Compiled as C: as C++ the const array would get internal linkage.
  add_library(dixit_icu_data STATIC "${DIXIT_ICU_WASM_DIR}/data/icudata.c")
  set_source_files_properties("${DIXIT_ICU_WASM_DIR}/data/icudata.c" PROPERTIES LANGUAGE C)
  target_include_directories(dixit_icu_data PRIVATE "${DIXIT_ICU_WASM_DIR}/include")
  target_link_libraries(dixit_icu INTERFACE dixit_icu_data)
else()
  find_package(ICU 70 REQUIRED COMPONENTS uc i18n)
  target_link_libraries(dixit_icu INTERFACE ICU::uc)
  # The tests check the spelled-number data against ICU's RBNF rules (i18n).
  add_library(dixit_icu_i18n INTERFACE)
  target_link_libraries(dixit_icu_i18n INTERFACE ICU::i18n ICU::uc)
endif()
