#include "TextField.h"

#include <QPlainTextEdit>

namespace croupier::ui {
namespace {

constexpr int kVisibleLines = 4;

} // namespace

TextField::TextField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_edit = new QPlainTextEdit;
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
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

QWidget* TextField::editor() const {
    return m_edit;
}

std::optional<nlohmann::json> TextField::value() const {
    const QString text = m_edit->toPlainText();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    return nlohmann::json(text.toStdString());
}

void TextField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    m_settingValue = true;
    m_edit->setPlainText(value != nullptr && !value->is_null() ? schema::jsonText(*value)
                                                               : QString());
    m_settingValue = false;
}

void TextField::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

void TextField::renamed() {
    m_edit->setObjectName(name() + QStringLiteral("PlainTextEdit"));
}

} // namespace croupier::ui
