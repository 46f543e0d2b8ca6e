#include "StringField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace croupier::ui {

StringField::StringField(FieldSpec spec, bool masked)
    : SchemaField(std::move(spec)) {
    finishRow(buildEditorLine(masked));
    watchEditor(m_edit, true);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { noteEdited(false); });
    renamed();
    setValue(nullptr);
}

QWidget* StringField::buildEditorLine(bool masked) {
    m_edit = new QLineEdit;
    const QString format = schema::textOf(schema(), "format");
    if (format == QLatin1String("email")) {
        m_edit->setPlaceholderText(tr("name@example.com"));
    } else if (format == QLatin1String("uri")) {
        m_edit->setPlaceholderText(tr("https://…"));
    }
    const auto examples = schema().find("examples");
    if (examples != schema().end() && examples->is_array() && !examples->empty()) {
        m_edit->setPlaceholderText(schema::jsonText(examples->front()));
    }
    if (!masked) {
        return m_edit;
    }
    auto* line = new QWidget;
    auto* layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    m_reveal = new QToolButton(line);
    m_reveal->setCheckable(true);
    layout->addWidget(m_reveal);
    connect(m_reveal, &QToolButton::toggled, this, &StringField::setRevealed);
    setRevealed(false);
    return line;
}

void StringField::setRevealed(bool revealed) {
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(revealed ? tr("Hide the value") : tr("Show the value"));
}

QWidget* StringField::editor() const {
    return m_edit;
}

std::optional<nlohmann::json> StringField::value() const {
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    return nlohmann::json(text.toStdString());
}

void StringField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    m_edit->setText(value != nullptr && !value->is_null() ? schema::jsonText(*value) : QString());
}

void StringField::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
}

void StringField::collectFocusChain(std::vector<QWidget*>& chain) const {
    chain.push_back(m_edit);
    if (m_reveal != nullptr) {
        chain.push_back(m_reveal);
    }
}

void StringField::renamed() {
    m_edit->setObjectName(name() + QStringLiteral("LineEdit"));
    if (m_reveal != nullptr) {
        m_reveal->setObjectName(name() + QStringLiteral("RevealToolButton"));
    }
}

} // namespace croupier::ui
