# ait_add_test(NAME SOURCES ... LABEL unit|gui|keychain|integration|postgres [NO_KEYRING|KEYRING] [LIBS ...])
# One place that registers a Qt Test with ctest and gives it a label. Keychain tests run in their
# own D-Bus session with a throw-away Secret Service in a temporary HOME (tests/run-isolated.sh),
# so they pass from a plain `ctest` and never touch a developer's real keyring. NO_KEYRING: the
# private D-Bus session has no Secret Service; the test starts one itself. KEYRING: a test of another
# label that needs the throw-away Secret Service too (ait-cli on the team journal reads its password).
function(ait_add_test name)
    cmake_parse_arguments(T "NO_KEYRING;KEYRING" "LABEL" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL)
        message(FATAL_ERROR "ait_add_test(${name}): LABEL is required")
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE ait_build_flags Qt6::Test ait_test_support ${T_LIBS})
    if(AIT_PCH)
        # The tests of one folder share one precompiled header (two: with and without widgets),
        # made by a host target in the same folder, so that QtTest's per-folder definitions
        # (QT_TESTCASE_SOURCEDIR, …) are the same for the header and its users.
        get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
        if("ait_gui" IN_LIST T_LIBS OR "Qt6::Widgets" IN_LIST T_LIBS)
            set(host ait_pch_${folder}_gui)
            set(kind GUI_TEST)
            set(host_libs ait_gui)
        else()
            set(host ait_pch_${folder})
            set(kind TEST)
            set(host_libs "")
        endif()
        if(NOT TARGET ${host})
            add_executable(${host} "${PROJECT_SOURCE_DIR}/cmake/pch_host.cpp")
            target_link_libraries(${host} PRIVATE ait_build_flags Qt6::Test ait_test_support ${host_libs})
            ait_precompile(${host} ${kind})
        endif()
        target_precompile_headers(${name} REUSE_FROM ${host})
    endif()
    set(wrapper "${PROJECT_SOURCE_DIR}/tests/run-isolated.sh")
    if(T_NO_KEYRING)
        add_test(NAME ${name} COMMAND ${wrapper} --bus $<TARGET_FILE:${name}>)
    elseif(T_LABEL STREQUAL "keychain" OR T_KEYRING)
        add_test(NAME ${name} COMMAND ${wrapper} --keyring $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${wrapper} $<TARGET_FILE:${name}>)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS ${T_LABEL}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;AIT_CLI=$<TARGET_FILE:ait-cli>;AIT_SANDBOX=$<TARGET_FILE:ait-sandbox>;${AIT_SANITIZER_ENVIRONMENT}")
    if(AIT_SANITIZE)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED sanitizer_reports)
    endif()
endfunction()
