# ait_build_flags: the one INTERFACE target that carries our warnings, the compiler hardening and
# the sanitizers. Every target of ours links it (ait_core passes it on PUBLIC; ait_add_test,
# ait_add_fuzzer and the programs link it too), and ait_check_build_flags() at the end of the
# top-level CMakeLists.txt fails the configuration when a target of ours does not.
#
#   AIT_WERROR      warnings are errors (CI)
#   AIT_SANITIZE    e.g. "address;undefined": the sanitizer build (CMakePresets.json "asan")
#   AIT_FUZZ        libFuzzer targets in fuzz/ (Clang and AIT_SANITIZE)
#   AIT_PCH         precompiled Qt headers (faster builds; OFF to check that every file
#                   includes what it uses)

include(CheckPIESupported)

option(AIT_WERROR "Treat compiler warnings as errors (CI builds)" OFF)
set(AIT_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address;undefined (see CMakePresets.json)")
option(AIT_FUZZ "Build the libFuzzer targets in fuzz/ (Clang, with AIT_SANITIZE)" OFF)
# On by default where it is tested (GCC and Clang); the Windows package build (MSVC) goes without.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    option(AIT_PCH "Precompile the heavy Qt headers" ON)
else()
    option(AIT_PCH "Precompile the heavy Qt headers" OFF)
endif()

# Position-independent executables (ASLR for the programs themselves), where the toolchain can.
check_pie_supported(OUTPUT_VARIABLE _ait_pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
    message(WARNING "PIE is not supported by this toolchain: ${_ait_pie_output}")
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(ait_build_flags INTERFACE)

set(_ait_gnu_like FALSE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    set(_ait_gnu_like TRUE)
endif()

if(_ait_gnu_like)
    target_compile_options(ait_build_flags INTERFACE
        -Wall -Wextra -Wshadow -Wnon-virtual-dtor
        $<$<BOOL:${AIT_WERROR}>:-Werror>
        -fstack-protector-strong)
    if(NOT AIT_SANITIZE)
        # Fortified libc calls need optimisation to know object sizes; ASan checks those calls
        # itself and is blinded by the _chk variants, so the sanitizer build goes without.
        target_compile_options(ait_build_flags INTERFACE
            $<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
    endif()
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        # Relocations read-only after start-up, and every symbol bound at start-up.
        target_link_options(ait_build_flags INTERFACE "LINKER:-z,relro,-z,now")
    endif()
elseif(MSVC AND AIT_WERROR)
    target_compile_options(ait_build_flags INTERFACE /WX)
endif()

if(AIT_SANITIZE)
    if(NOT _ait_gnu_like)
        message(FATAL_ERROR "AIT_SANITIZE needs GCC or Clang")
    endif()
    list(JOIN AIT_SANITIZE "," _ait_sanitizers)
    # -fno-sanitize-recover: UBSan stops at its first report, so a report fails the test (ASan
    # always does). Frame pointers give readable stacks in the reports.
    target_compile_options(ait_build_flags INTERFACE
        -fsanitize=${_ait_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(ait_build_flags INTERFACE -fsanitize=${_ait_sanitizers})
    set(AIT_SANITIZER_DIR "${PROJECT_SOURCE_DIR}/tests/sanitizers")
    # Readable stacks in reports, also where only the versioned symbolizer is installed (llvm-14).
    find_program(AIT_SYMBOLIZER NAMES llvm-symbolizer-14 llvm-symbolizer)
    set(_ait_symbolizer "")
    if(AIT_SYMBOLIZER)
        set(_ait_symbolizer ":external_symbolizer_path=${AIT_SYMBOLIZER}")
    endif()
    # The first report ends the process with an error; suppressions (third-party only) from the repo.
    # A small quarantine: freed memory is still poisoned for a while (use-after-free found), but the
    # memory-bound tests (a bulk run, huge answers) measure the program, not 256 MB of quarantine.
    set(_ait_asan "halt_on_error=1:detect_leaks=1:quarantine_size_mb=4${_ait_symbolizer}")
    set(_ait_ubsan "halt_on_error=1:print_stacktrace=1:suppressions=${AIT_SANITIZER_DIR}/ubsan.supp${_ait_symbolizer}")
    set(_ait_lsan "suppressions=${AIT_SANITIZER_DIR}/lsan.supp:print_suppressions=0")
    # For ctest (ait_add_test): every report, also of the programs a test starts, goes to one
    # folder, and the test sanitizer_reports fails when it is not empty (tests/CMakeLists.txt).
    set(AIT_SANITIZER_REPORTS "${CMAKE_BINARY_DIR}/sanitizer-reports")
    set(AIT_SANITIZER_ENVIRONMENT
        "ASAN_OPTIONS=${_ait_asan}:log_path=${AIT_SANITIZER_REPORTS}/asan"
        "UBSAN_OPTIONS=${_ait_ubsan}:log_path=${AIT_SANITIZER_REPORTS}/ubsan"
        "LSAN_OPTIONS=${_ait_lsan}")
    # For the fuzz targets: libFuzzer prints the report and keeps the input itself.
    set(AIT_FUZZ_SANITIZER_ENVIRONMENT "ASAN_OPTIONS=${_ait_asan}" "UBSAN_OPTIONS=${_ait_ubsan}" "LSAN_OPTIONS=${_ait_lsan}")
endif()

if(AIT_FUZZ AND (NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang" OR NOT AIT_SANITIZE))
    # Clang for libFuzzer; the sanitizers for their runtime, which the coverage callbacks of the
    # instrumented ait_core need in the tests that link it too (and for finding anything at all).
    message(FATAL_ERROR "AIT_FUZZ needs Clang and AIT_SANITIZE: use the \"asan\" preset")
endif()

# Heavy Qt headers, precompiled once per library and once for all tests (ait_add_test).
set(AIT_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QObject>
    <QPointer> <QSettings> <QString> <QStringList> <QTimer> <QUrl> <QNetworkAccessManager> <QNetworkReply>
    <QSslCertificate> <QSqlDatabase> <QSqlQuery> <functional> <memory> <optional>)
set(AIT_PCH_GUI ${AIT_PCH_CORE}
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QFormLayout> <QGroupBox> <QHBoxLayout>
    <QLabel> <QLineEdit> <QMainWindow> <QMessageBox> <QPushButton> <QSpinBox> <QTableWidget> <QTextBrowser>
    <QTreeWidget> <QVBoxLayout> <QWidget>)

# ait_precompile(TARGET CORE|GUI|TEST|GUI_TEST): the precompiled headers for one kind of target.
function(ait_precompile target kind)
    if(NOT AIT_PCH)
        return()
    endif()
    if(kind STREQUAL "CORE")
        target_precompile_headers(${target} PRIVATE ${AIT_PCH_CORE})
    elseif(kind STREQUAL "GUI")
        target_precompile_headers(${target} PRIVATE ${AIT_PCH_GUI})
    elseif(kind STREQUAL "TEST")
        target_precompile_headers(${target} PRIVATE ${AIT_PCH_CORE} <QtTest>)
    elseif(kind STREQUAL "GUI_TEST")
        target_precompile_headers(${target} PRIVATE ${AIT_PCH_GUI} <QtTest>)
    else()
        message(FATAL_ERROR "ait_precompile: unknown kind ${kind}")
    endif()
endfunction()

# Fails the configuration when a target built from our sources does not link ait_build_flags,
# so a new target cannot silently miss the warnings, the hardening or the sanitizers.
function(ait_check_build_flags)
    set(dirs "${PROJECT_SOURCE_DIR}")
    set(missing "")
    while(dirs)
        list(POP_FRONT dirs dir)
        get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
        list(APPEND dirs ${subdirs})
        get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
        foreach(t IN LISTS targets)
            get_target_property(type ${t} TYPE)
            if(NOT type MATCHES "EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY")
                continue()
            endif()
            get_target_property(libs ${t} LINK_LIBRARIES)
            set(found FALSE)
            # Direct, or through ait_core / ait_gui / ait_sandbox / ait_test_support (PUBLIC).
            foreach(lib IN ITEMS ait_build_flags ait_core ait_gui ait_sandbox ait_test_support)
                if(lib IN_LIST libs)
                    set(found TRUE)
                endif()
            endforeach()
            if(NOT found)
                list(APPEND missing ${t})
            endif()
        endforeach()
    endwhile()
    if(missing)
        message(FATAL_ERROR "These targets do not link ait_build_flags (warnings, hardening, sanitizers): ${missing}")
    endif()
endfunction()
