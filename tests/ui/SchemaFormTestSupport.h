#pragma once
// Shared by the SchemaForm*Test.cpp files: a fixture that builds a shown SchemaForm from a
// schema (compiled with core, as the console does), finds its widgets by object name, and acts
// like a user — click into a field, type, leave it with Tab — so "touched" is what a user does.

#include "croupier/core/Descriptor.h"
#include "croupier/core/Schema.h"
#include "croupier/ui/SchemaForm.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <string>

namespace croupier::ui::testing {

// A demo descriptor from resources/demo/descriptors (an absolute path from CMake: __FILE__ may
// be relative, e.g. under ccache's base_dir).
inline nlohmann::json loadDemoDescriptor(const std::string& id) {
    std::ifstream file(std::filesystem::path(CROUPIER_DEMO_DESCRIPTORS_DIR) / (id + ".json"));
    return nlohmann::json::parse(file, nullptr, false);
}

class SchemaFormFixture : public ::testing::Test {
protected:
    void TearDown() override { m_window.reset(); }

    // Builds and shows the form for `schema` in a window with a Submit button after it (as on
    // the Invoke page, so Tab can leave the last field); the window is active so focus moves as
    // for a user.
    void build(const nlohmann::json& schema, std::set<std::string> sensitive = {}) {
        auto compiled = core::Schema::compile(schema);
        ASSERT_TRUE(compiled.has_value()) << compiled.error().message;
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_form = new SchemaForm(m_window.get());
        m_form->setSchema(schema, *compiled, std::move(sensitive));
        layout->addWidget(m_form);
        m_submit = new QPushButton(QStringLiteral("Submit"), m_window.get());
        layout->addWidget(m_submit);
        m_window->resize(560, 640);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    // An object-form schema: {"type":"object","properties":{...},"required":[...]}.
    static nlohmann::json objectSchema(nlohmann::json properties,
                                       nlohmann::json required = nlohmann::json::array()) {
        return {{"type", "object"},
                {"properties", std::move(properties)},
                {"required", std::move(required)}};
    }

    SchemaForm& form() { return *m_form; }
    QWidget& window() { return *m_window; }
    QPushButton* submitButton() const { return m_submit; }

    template <class W> W* widget(const QString& objectName) const {
        return m_form->findChild<W*>(objectName);
    }

    // Clicks into `editor` and types `text`, as a user does.
    static void typeInto(QWidget* editor, const QString& text) {
        ASSERT_NE(editor, nullptr);
        editor->setFocus(Qt::MouseFocusReason);
        QTest::keyClicks(editor, text);
    }

    // Leaves the focused field with Tab (the field counts as touched if it was edited).
    static void leave(QWidget* editor) {
        ASSERT_NE(editor, nullptr);
        QTest::keyClick(editor, Qt::Key_Tab);
    }

    // The text of the field's inline error label, or "" when there is none or it is hidden.
    QString errorText(const QString& fieldName) const {
        const auto* label = widget<QLabel>(fieldName + QStringLiteral("ErrorLabel"));
        return label != nullptr && label->isVisible() ? label->text() : QString();
    }

    QString formErrorText() const {
        const auto* label = widget<QLabel>(QStringLiteral("formErrorLabel"));
        return label != nullptr && label->isVisible() ? label->text() : QString();
    }

    // Every visible inline error of the form, for "nothing shows on load" checks.
    int visibleErrorLabels() const {
        int count = 0;
        for (const QLabel* label : m_form->findChildren<QLabel*>()) {
            if (label->objectName().endsWith(QStringLiteral("ErrorLabel")) && label->isVisible()) {
                ++count;
            }
        }
        return count;
    }

private:
    std::unique_ptr<QWidget> m_window;
    SchemaForm* m_form = nullptr; // owned by m_window
    QPushButton* m_submit = nullptr;
};

} // namespace croupier::ui::testing
