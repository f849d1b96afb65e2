# Install rules and CPack: DEB/RPM/TGZ on Linux, WiX on Windows, a DragNDrop DMG on macOS.
# One reverse-DNS id (AIT_APP_ID) names the desktop file, the AppStream component, the macOS
# bundle and the Windows AppUserModelID.
include(GNUInstallDirs)

set(AIT_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

install(TARGETS ait-console ait-cli ait-sandbox
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)

# Our catalogues are compiled into the binaries; they are installed too, beside Qt's own
# Korean catalogue, so a deployed build (Windows, macOS) finds them next to the program.
set(AIT_TRANSLATIONS_DIR ${CMAKE_INSTALL_DATADIR}/ait-console/translations)
install(FILES "${CMAKE_BINARY_DIR}/app/core/ait_ko.qm" "${CMAKE_BINARY_DIR}/app/core/ait_en.qm"
        DESTINATION ${AIT_TRANSLATIONS_DIR})
get_target_property(_ait_qmake Qt6::qmake IMPORTED_LOCATION)
execute_process(COMMAND "${_ait_qmake}" -query QT_INSTALL_TRANSLATIONS OUTPUT_VARIABLE _ait_qt_translations
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT LINUX AND EXISTS "${_ait_qt_translations}/qtbase_ko.qm")
    # On Linux the distribution's package (qt6-translations-l10n) provides it; see Recommends.
    install(FILES "${_ait_qt_translations}/qtbase_ko.qm" DESTINATION ${AIT_TRANSLATIONS_DIR})
endif()

if(LINUX)
    install(FILES "${AIT_PACKAGING_DIR}/linux/${AIT_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${AIT_PACKAGING_DIR}/linux/${AIT_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/ait-console.svg"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${AIT_APP_ID}.svg)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES "${AIT_PACKAGING_DIR}/icons/hicolor/${size}x${size}/apps/${AIT_APP_ID}.png"
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

if(WIN32 OR APPLE)
    # Qt's deploy tool (windeployqt / macdeployqt) through Qt's own deploy script; QtKeychain and
    # OpenSSL are not Qt modules, so they are installed beside the program explicitly.
    qt_generate_deploy_app_script(TARGET ait-console FILENAME_VARIABLE ait_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${ait_deploy_script}")
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} FRAMEWORK DESTINATION Frameworks)
    if(WIN32)
        get_filename_component(_ait_openssl_root "${OPENSSL_INCLUDE_DIR}/.." ABSOLUTE)
        file(GLOB _ait_openssl_dlls "${_ait_openssl_root}/bin/libcrypto-3*.dll" "${_ait_openssl_root}/bin/libssl-3*.dll")
        install(FILES ${_ait_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()

set(CPACK_PACKAGE_NAME "ait-console")
set(CPACK_PACKAGE_VENDOR "ait-console developers")
set(CPACK_PACKAGE_CONTACT "ait-console developers <ait-console@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Operator console for the Apps in Toss partner APIs (mutual TLS)")
set(CPACK_PACKAGE_DESCRIPTION "Look up payments, refund, pay Toss points and send messages through the Apps in Toss partner APIs. The client certificate and key live in the OS keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ait-console")
set(CPACK_PACKAGE_EXECUTABLES "ait-console;ait-console")
set(CPACK_STRIP_FILES ON)

# Debian: dependencies computed by dpkg-shlibdeps; a Secret Service provider recommended.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: QtKeychain's libsecret backend and the
# SQLite driver of the activity journal.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
# A CJK font: without one, a minimal install shows the Korean interface as empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-nanum")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# RPM
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
# CPack's RPM generator has no Recommends: the keychain and the CJK font (for the Korean interface)
# are Suggests.
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring, google-noto-sans-cjk-fonts")
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
# Windows (WiX): a fixed UpgradeCode so new versions replace old ones.
set(CPACK_WIX_UPGRADE_GUID "5A0E5C3E-7A4D-4F2B-9E0A-2B6C1D7F4A10")
set(CPACK_WIX_PRODUCT_ICON "${AIT_PACKAGING_DIR}/windows/ait-console.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "ait-console")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
# macOS
set(CPACK_DMG_VOLUME_NAME "ait-console")

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
endif()
include(CPack)
