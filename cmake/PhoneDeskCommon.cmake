# SPDX-License-Identifier: MIT
# One INTERFACE target that every PhoneDesk target links: language standard, warnings and
# Qt hygiene defines live here and nowhere else.
add_library(phonedesk_common INTERFACE)
target_compile_features(phonedesk_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(phonedesk_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
option(PHONEDESK_WERROR "Treat warnings as errors" OFF)
if(PHONEDESK_WERROR)
    target_compile_options(phonedesk_common INTERFACE -Werror)
endif()
target_compile_definitions(phonedesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

option(PHONEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PHONEDESK_SANITIZE)
    target_compile_options(phonedesk_common INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(phonedesk_common INTERFACE -fsanitize=address,undefined)
endif()

if(PHONEDESK_FUZZ)
    # Coverage feedback from our parsers, not only from the fuzz targets' own file.
    target_compile_options(phonedesk_common INTERFACE -fsanitize=fuzzer-no-link)
endif()

# libphonenumber ships no CMake package on Debian 12: import it by hand.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(libphonenumber::libphonenumber UNKNOWN IMPORTED)
set_target_properties(libphonenumber::libphonenumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
