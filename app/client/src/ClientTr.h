#pragma once
// tr() for the client layer's free functions: their messages live in the "croupier::client"
// translation context (lupdate finds them by this name). Classes use their own QObject::tr.

#include <QCoreApplication>
#include <QString>

namespace croupier::client {

inline QString tr(const char* text) {
    return QCoreApplication::translate("croupier::client", text);
}

} // namespace croupier::client
