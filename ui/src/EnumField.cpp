#include "EnumField.h"

#include <QComboBox>

namespace croupier::ui {

EnumField::EnumField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_combo = new QComboBox;
    if (!isRequired() || !schema().contains("default")) {
        m_combo->addItem(isRequired() ? tr("Choose…") : tr("(not set)"));
        m_firstOption = 1;
    }
    for (const schema::EnumOption& option : schema::enumOptions(schema())) {
        addOption(option);
    }
    finishRow(m_combo);
    watchEditor(m_combo, false);
    connect(m_combo, &QComboBox::activated, this, [this] { noteEdited(true); });
    renamed();
    setValue(nullptr);
}

void EnumField::addOption(const schema::EnumOption& option) {
    m_combo->addItem(option.label);
    if (!option.description.isEmpty()) {
        m_combo->setItemData(m_combo->count() - 1, option.description, Qt::ToolTipRole);
    }
    m_values.push_back(option.value);
}

QWidget* EnumField::editor() const {
    return m_combo;
}

std::optional<nlohmann::json> EnumField::value() const {
    const int index = m_combo->currentIndex() - m_firstOption;
    if (index < 0 || index >= static_cast<int>(m_values.size())) {
        return std::nullopt;
    }
    return m_values[index];
}

void EnumField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    if (value == nullptr || value->is_null()) {
        m_combo->setCurrentIndex(0);
        return;
    }
    const auto found = std::find(m_values.begin(), m_values.end(), *value);
    if (found != m_values.end()) {
        m_combo->setCurrentIndex(m_firstOption + static_cast<int>(found - m_values.begin()));
        return;
    }
    addOption({*value, tr("%1 (not allowed)").arg(schema::jsonText(*value)), {}});
    m_combo->setCurrentIndex(m_combo->count() - 1);
}

void EnumField::setReadOnly(bool readOnly) {
    m_combo->setEnabled(!readOnly); // stays disabled when the form is re-enabled
}

void EnumField::renamed() {
    m_combo->setObjectName(name() + QStringLiteral("ComboBox"));
}

} // namespace croupier::ui
