# Warnings for the project's own code (generated code is compiled without them).
function(croupier_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wno-missing-field-initializers>)
endfunction()

# Qt targets only: moc/uic/rcc on, the project warnings, and no Qt keywords that clash with
# other libraries (signals/slots/emit as Q_SIGNALS/Q_SLOTS/Q_EMIT are fine either way).
function(croupier_qt_target target)
    set_target_properties(${target} PROPERTIES AUTOMOC ON AUTOUIC ON AUTORCC ON)
    croupier_warnings(${target})
endfunction()

# Precompiled headers: the heavy third-party headers most files of `target` include (the
# build's largest cost on a 2-core CI machine). Sets: STD (standard library, nlohmann-json;
# always), GRPC (grpc++, protobuf), STUBS (the croupier service stubs; the target must link
# croupier_proto), QT (QtCore/QtGui), WIDGETS, GTEST.
# Targets asking for the same sets, with the same -fPIC, share one PCH, built by a small object
# library of its own (croupier_pch_std_grpc_stubs_gtest, ...) that compiles nothing else and depends on nothing
# but the generated stubs, so no target waits for another to reuse it. A PCH is only valid for
# files compiled with the macros it was made with: the donor gets the warnings (-Wpedantic
# changes a macro) and only the libraries the sets need, never a target's own -D; -Winvalid-pch
# says so if a PCH is still refused (the build works, slower).
# On in the ci preset (a cold build); off by default, where ccache serves incremental builds
# better and every file must include what it uses.
option(CROUPIER_PCH "Use precompiled headers" OFF)
if(CROUPIER_PCH)
    # -pthread only defines _REENTRANT when compiling; everywhere, so that macro never differs
    # between a PCH and the files using it.
    add_compile_options(-pthread)
endif()

function(croupier_pch_headers out)
    set(headers <algorithm> <chrono> <functional> <map> <memory> <mutex> <optional> <string>
        <unordered_map> <vector> <nlohmann/json.hpp>)
    if(GRPC IN_LIST ARGN)
        list(APPEND headers <grpcpp/grpcpp.h> <google/protobuf/struct.pb.h>)
    endif()
    if(STUBS IN_LIST ARGN)
        list(APPEND headers [["croupier/function/v1/function.grpc.pb.h"]]
            [["croupier/control/v1/control.grpc.pb.h"]])
    endif()
    if(QT IN_LIST ARGN)
        list(APPEND headers <QObject> <QString> <QStringList> <QList> <QHash> <QVariant>
            <QAbstractItemModel> <QDateTime> <QTimer>)
    endif()
    if(WIDGETS IN_LIST ARGN)
        list(APPEND headers <QWidget> <QLabel> <QPushButton> <QLineEdit> <QComboBox>
            <QBoxLayout> <QTableView> <QHeaderView> <QDialog>)
    endif()
    if(GTEST IN_LIST ARGN)
        list(APPEND headers <gtest/gtest.h> <gmock/gmock.h>)
    endif()
    set(${out} ${headers} PARENT_SCOPE)
endfunction()

function(croupier_precompile target)
    if(NOT CROUPIER_PCH)
        return()
    endif()
    target_compile_options(${target} PRIVATE -Winvalid-pch)
    set(sets)
    foreach(name IN ITEMS GRPC STUBS QT WIDGETS GTEST)
        if(name IN_LIST ARGN)
            list(APPEND sets ${name})
        endif()
    endforeach()
    get_target_property(pic ${target} POSITION_INDEPENDENT_CODE)
    if(pic)
        list(APPEND sets PIC)
    endif()
    list(PREPEND sets STD)
    list(JOIN sets _ key)
    string(TOLOWER "croupier_pch_${key}" donor)
    if(NOT TARGET ${donor})
        croupier_pch_donor(${donor} ${sets})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${donor})
endfunction()

function(croupier_pch_donor donor)
    set(source ${CMAKE_BINARY_DIR}/pch/${donor}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// Builds a shared precompiled header; nothing else.\n")
    add_library(${donor} OBJECT ${source})
    croupier_warnings(${donor})
    target_link_libraries(${donor} PRIVATE nlohmann_json::nlohmann_json)
    if(PIC IN_LIST ARGN)
        set_target_properties(${donor} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    endif()
    if(GRPC IN_LIST ARGN)
        target_link_libraries(${donor} PRIVATE protobuf::libprotobuf gRPC::grpc++)
    endif()
    if(STUBS IN_LIST ARGN)
        target_include_directories(${donor} SYSTEM PRIVATE
            $<TARGET_PROPERTY:croupier_proto_gen,INTERFACE_INCLUDE_DIRECTORIES>)
        add_dependencies(${donor} croupier_proto_gen) # the stub headers are generated
    endif()
    if(WIDGETS IN_LIST ARGN)
        target_link_libraries(${donor} PRIVATE Qt6::Widgets)
    elseif(QT IN_LIST ARGN)
        target_link_libraries(${donor} PRIVATE Qt6::Core)
    endif()
    if(GTEST IN_LIST ARGN)
        target_link_libraries(${donor} PRIVATE GTest::gtest GTest::gmock)
    endif()
    croupier_pch_headers(headers ${ARGN})
    target_precompile_headers(${donor} PRIVATE ${headers})
endfunction()
