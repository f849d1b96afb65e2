# Finds every dependency and fails with the Debian package to install when one is missing.

function(ait_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR "${what} was not found. On Debian/Ubuntu install it with:\n"
                            "  sudo apt-get install ${package}\n"
                            "or run scripts/ait.sh setup, which installs everything.")
    endif()
endfunction()

set(_ait_qt_packages
    Core "qt6-base-dev"
    Network "qt6-base-dev"
    Widgets "qt6-base-dev"
    Sql "qt6-base-dev libqt6sql6-sqlite"
    HttpServer "qt6-httpserver-dev qt6-websockets-dev"
    Test "qt6-base-dev"
    LinguistTools "qt6-l10n-tools qt6-tools-dev")

find_package(Qt6 6.4 QUIET COMPONENTS Core)
ait_require(Qt6_FOUND "Qt 6 (6.4 or newer)" "qt6-base-dev")
list(LENGTH _ait_qt_packages _n)
math(EXPR _last "${_n} - 1")
foreach(i RANGE 0 ${_last} 2)
    math(EXPR j "${i} + 1")
    list(GET _ait_qt_packages ${i} component)
    list(GET _ait_qt_packages ${j} package)
    find_package(Qt6 QUIET COMPONENTS ${component})
    ait_require(Qt6${component}_FOUND "Qt 6 module ${component}" "${package}")
endforeach()

find_package(Qt6Keychain QUIET)
ait_require(Qt6Keychain_FOUND "QtKeychain for Qt 6" "qtkeychain-qt6-dev")

find_package(OpenSSL 3.0 QUIET)
ait_require(OPENSSL_FOUND "OpenSSL 3 development files" "libssl-dev")

message(STATUS "ait-console ${PROJECT_VERSION}: Qt ${Qt6_VERSION}, QtKeychain ${Qt6Keychain_VERSION}, "
               "OpenSSL ${OPENSSL_VERSION}, CMake ${CMAKE_VERSION}, ${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
