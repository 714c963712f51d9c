# Target `wasm`: configures and builds the same tree with emcmake in its own
# folder (build/wasm by default), then assembles the static site.
set(DIXIT_WASM_BUILD_DIR "${CMAKE_SOURCE_DIR}/build/wasm" CACHE PATH "Build folder of the wasm module")
find_program(EMCMAKE emcmake)
if(EMCMAKE)
  add_custom_target(wasm
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
            ${EMCMAKE} ${CMAKE_COMMAND} -S "${CMAKE_SOURCE_DIR}" -B "${DIXIT_WASM_BUILD_DIR}"
            -G "${CMAKE_GENERATOR}" -DCMAKE_BUILD_TYPE=Release
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
            ${CMAKE_COMMAND} --build "${DIXIT_WASM_BUILD_DIR}"
    USES_TERMINAL
    COMMENT "Building the wasm module in ${DIXIT_WASM_BUILD_DIR}")
endif()
