#include "BooleanField.h"

#include <QCheckBox>

namespace croupier::ui {

BooleanField::BooleanField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_box = new QCheckBox;
    finishRow(m_box);
    watchEditor(m_box, false);
    connect(m_box, &QCheckBox::clicked, this, [this] {
        m_set = true;
        noteEdited(true);
    });
    renamed();
    setValue(nullptr);
}

QWidget* BooleanField::editor() const {
    return m_box;
}

std::optional<nlohmann::json> BooleanField::value() const {
    if (!m_set && !isRequired()) {
        return std::nullopt;
    }
    return nlohmann::json(m_box->isChecked());
}

void BooleanField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    m_set = value != nullptr && value->is_boolean();
    m_box->setChecked(m_set && value->get<bool>());
}

void BooleanField::setReadOnly(bool readOnly) {
    m_box->setEnabled(!readOnly); // stays disabled when the form is re-enabled
}

void BooleanField::renamed() {
    m_box->setObjectName(name() + QStringLiteral("CheckBox"));
}

} // namespace croupier::ui
