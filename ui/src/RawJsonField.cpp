#include "RawJsonField.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <variant>

namespace croupier::ui {
namespace {

constexpr int kVisibleLines = 3;

// The parsed text, or the byte offset where parsing failed.
std::variant<nlohmann::json, std::size_t> parse(const QString& text) {
    try {
        return nlohmann::json::parse(text.toStdString());
    } catch (const nlohmann::json::parse_error& error) {
        return error.byte;
    }
}

} // namespace

RawJsonField::RawJsonField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_edit = new QPlainTextEdit;
    m_edit->setTabChangesFocus(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlaceholderText(tr("JSON value"));
    const int frame =
        m_edit->frameWidth() * 2 + static_cast<int>(m_edit->document()->documentMargin() * 2);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * kVisibleLines + frame);
    finishRow(m_edit);
    watchEditor(m_edit, false);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingValue) {
            noteEdited(false);
        }
    });
    renamed();
    setValue(nullptr);
}

QWidget* RawJsonField::editor() const {
    return m_edit;
}

std::optional<nlohmann::json> RawJsonField::value() const {
    const QString text = m_edit->toPlainText().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    auto parsed = parse(text);
    if (auto* json = std::get_if<nlohmann::json>(&parsed)) {
        return std::move(*json);
    }
    return std::nullopt;
}

void RawJsonField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    m_settingValue = true;
    m_edit->setPlainText(value != nullptr ? QString::fromStdString(value->dump(2)) : QString());
    m_settingValue = false;
}

void RawJsonField::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

QString RawJsonField::localError() const {
    const QString text = m_edit->toPlainText().trimmed();
    if (!text.isEmpty()) {
        const auto parsed = parse(text);
        if (const auto* offset = std::get_if<std::size_t>(&parsed)) {
            return tr("Not valid JSON (near character %1)").arg(*offset);
        }
    }
    return SchemaField::localError();
}

void RawJsonField::renamed() {
    m_edit->setObjectName(name() + QStringLiteral("JsonPlainTextEdit"));
}

} // namespace croupier::ui
