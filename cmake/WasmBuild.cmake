# Target `wasm`: configures and builds the same tree with emcmake in its own
# folder (build/wasm by default), then assembles the static site.
set(DIXIT_WASM_BUILD_DIR "${CMAKE_SOURCE_DIR}/build/wasm" CACHE PATH "Build folder of the wasm module")
find_program(EMCMAKE emcmake)
find_path(DIXIT_HOST_JSON_INCLUDE nlohmann/json.hpp REQUIRED)
set(DIXIT_JSON_STAGE "${CMAKE_BINARY_DIR}/wasm-include")
file(MAKE_DIRECTORY "${DIXIT_JSON_STAGE}")
file(CREATE_LINK "${DIXIT_HOST_JSON_INCLUDE}/nlohmann" "${DIXIT_JSON_STAGE}/nlohmann" SYMBOLIC)
if(EMCMAKE)
  add_custom_target(wasm
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
            ${EMCMAKE} ${CMAKE_COMMAND} -S "${CMAKE_SOURCE_DIR}" -B "${DIXIT_WASM_BUILD_DIR}"
            -G "${CMAKE_GENERATOR}" -DCMAKE_BUILD_TYPE=Release -DDIXIT_JSON_INCLUDE_DIR=${DIXIT_JSON_STAGE}
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
            ${CMAKE_COMMAND} --build "${DIXIT_WASM_BUILD_DIR}"
    USES_TERMINAL
    COMMENT "Building the wasm module in ${DIXIT_WASM_BUILD_DIR}")
endif()
