#pragma once
// Turns a core::Violation into the line shown under a field, in the UI language: the keyword
// and the field's schema give "Must be at least 1" / "至少为 1" instead of the validator's
// English text (which stays the fallback for keywords it has no phrase for). Violations the
// form makes itself (keyword kLocalKeyword) are already translated and pass through.
// Also the one colour errors are drawn in. Stateless; GUI thread (tr()).

#include "croupier/core/Schema.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <nlohmann/json.hpp>

namespace croupier::ui {

class SchemaErrorText {
    Q_DECLARE_TR_FUNCTIONS(croupier::ui::SchemaErrorText)

public:
    // Keyword of violations found by the form, not the validator ("not a number").
    static constexpr const char* kLocalKeyword = "input";

    static QString message(const core::Violation& violation, const nlohmann::json& fieldSchema);
    // The colour of error text and required markers: a red that reads on `palette`.
    static QColor color(const QPalette& palette);

private:
    static QString boundMessage(const std::string& keyword, const nlohmann::json& fieldSchema);
    static QString formatMessage(const nlohmann::json& fieldSchema);
};

} // namespace croupier::ui
