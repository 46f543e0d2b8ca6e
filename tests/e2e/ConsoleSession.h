#pragma once
// The console's end-to-end tests drive a real ConsoleApp (offscreen MainWindow, tokens in
// memory) signed in to a ProcessBackend, like a user would: these are the steps they share.
// Test thread (the GUI thread).

#include "ConsoleApp.h"
#include "ProcessBackend.h"
#include "croupier/client/TokenVault.h"
#include "croupier/ui/ConfirmDialog.h"
#include "croupier/ui/InvokePage.h"
#include "croupier/ui/MainWindow.h"
#include "croupier/ui/SchemaForm.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>
#include <stdexcept>

namespace croupier::testing {

// Signs in as `username`; throws std::runtime_error when the sign-in does not finish.
inline std::unique_ptr<console::ConsoleApp> signInConsole(const ProcessBackend& backend,
                                                          const QString& username,
                                                          const QString& password,
                                                          const QString& profileName = "e2e") {
    auto app = std::make_unique<console::ConsoleApp>(
        std::make_unique<client::TokenVault>(nullptr)); // memory only: no keychain in CI
    console::StartOptions options;
    client::ConnectionProfile profile;
    profile.name = profileName;
    profile.address = QString::fromStdString(backend.address());
    profile.caFile = QString::fromStdString(backend.caFile());
    options.profile = profile;
    options.username = username;
    options.password = password;
    QSignalSpy signedIn(app.get(), &console::ConsoleApp::signedIn);
    app->start(options);
    if (signedIn.count() == 0 && !signedIn.wait(20000)) {
        const auto* error = app->window().findChild<QLabel*>(QStringLiteral("errorLabel"));
        throw std::runtime_error("sign-in as " + username.toStdString() + " failed: " +
                                 (error ? error->text().toStdString() : "no login dialog"));
    }
    return app;
}

// Picks `functionId` in the catalog and waits for its form.
inline void openFunction(console::ConsoleApp& app, const QString& functionId) {
    app.window().selectFunction(functionId);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        auto f = app.invoke().function();
        return f && f->id() == functionId;
    })) << "no form for "
        << functionId.toStdString();
}

// Types into a field's line edit or, for long strings, its multi-line editor.
inline void typeInto(console::ConsoleApp& app, const QString& pointer, const QString& text) {
    QWidget* edit = app.window().invokePage()->form()->editorFor(pointer);
    ASSERT_TRUE(qobject_cast<QLineEdit*>(edit) || qobject_cast<QPlainTextEdit*>(edit))
        << pointer.toStdString();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

inline ui::ConfirmDialog* clickRunAndWaitForConfirm(console::ConsoleApp& app) {
    auto* run = app.window().findChild<QPushButton*>("runPushButton");
    EXPECT_TRUE(run && run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    ui::InvokePage& page = *app.window().invokePage();
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.confirmDialog() != nullptr; }, 2000))
        << "no confirmation dialog after Run";
    return page.confirmDialog();
}

// High risk: Confirm stays locked until the target is typed.
inline void confirmByTyping(ui::ConfirmDialog* dialog, const QString& target) {
    auto* button = dialog->findChild<QPushButton*>("confirmPushButton");
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled()) << "high risk: locked until the target is typed";
    auto* typed = dialog->findChild<QLineEdit*>("confirmTargetLineEdit");
    ASSERT_NE(typed, nullptr);
    QTest::keyClicks(typed, target);
    EXPECT_TRUE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace croupier::testing
