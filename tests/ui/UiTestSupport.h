#pragma once
// Shared by the tests/ui files: readable QStrings in gtest's failure messages, and a widget
// found by object name (a test failure, not a crash, when it is missing).

#include <QString>
#include <QWidget>
#include <gtest/gtest.h>
#include <ostream>

inline void PrintTo(const QString& text, std::ostream* out) {
    *out << '"' << text.toStdString() << '"';
}

template <class T> T* child(const QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << "no child " << name;
    return found;
}
