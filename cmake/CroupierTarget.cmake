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

# Precompiled headers: the heavy third-party headers most files of `target` include, parsed
# once per target instead of once per file (the build's largest cost on a 2-core CI machine).
# Sets: STD (standard library, nlohmann-json; always), GRPC (grpc++, protobuf), STUBS (the
# croupier service stubs; the target must link croupier_proto), QT (QtCore/QtGui), WIDGETS,
# GTEST.
# On in the ci preset (a cold build); off by default, where ccache serves incremental builds
# better and every file must include what it uses.
option(CROUPIER_PCH "Use precompiled headers" OFF)
function(croupier_precompile target)
    if(NOT CROUPIER_PCH)
        return()
    endif()
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
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
