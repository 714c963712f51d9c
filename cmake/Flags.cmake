# The one place for compile flags. Every dixit target calls dixit_apply_flags().
option(DIXIT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DIXIT_WERROR "Treat warnings as errors" ON)

set(DIXIT_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-unused-parameter)

function(dixit_apply_flags target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE ${DIXIT_WARNINGS})
  if(DIXIT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE DIXIT_VERSION="${PROJECT_VERSION}")
  if(EMSCRIPTEN)
    # Measured in scripts/bench: -O3 is faster than -Oz for a small size cost.
    target_compile_options(${target} PRIVATE -O3)
  endif()
  if(DIXIT_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()
