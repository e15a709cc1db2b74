# builddeck_common: the compile settings every BuildDeck target shares.

add_library(builddeck_common INTERFACE)
target_compile_features(builddeck_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(builddeck_common INTERFACE
    -Wall -Wextra -pedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    # libgit2's *_OPTIONS_INIT macros leave the later members to their zero defaults.
    target_compile_options(builddeck_common INTERFACE -Wno-missing-field-initializers)
endif()
if(BUILDDECK_WERROR)
    target_compile_options(builddeck_common INTERFACE -Werror)
endif()

target_compile_definitions(builddeck_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BUILDDECK_VERSION="${PROJECT_VERSION}")
if(BUILDDECK_FORCE_ASSERTS)
    target_compile_definitions(builddeck_common INTERFACE QT_FORCE_ASSERTS)
endif()

if(BUILDDECK_SANITIZE)
    target_compile_options(builddeck_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(builddeck_common INTERFACE -fsanitize=address,undefined)
endif()

if(BUILDDECK_FUZZ)
    # Coverage instrumentation for every target; the fuzz executables add the libFuzzer main.
    target_compile_options(builddeck_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
