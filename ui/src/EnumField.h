#pragma once
// A choice field: a QComboBox ("<name>ComboBox") for `enum` (labels from x-enumNames /
// enumNames), `const`, or `oneOf`/`anyOf` of `const` + `title`. Optional fields, and required
// ones without a default, start on an empty entry so nothing is chosen for the user. A value not
// among the options (an old payload) is kept as an extra entry, so the validator can flag it
// rather than the form dropping it. GUI thread only.

#include "SchemaField.h"

class QComboBox;

namespace croupier::ui {

class EnumField : public SchemaField {
    Q_OBJECT

public:
    explicit EnumField(FieldSpec spec);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;

protected:
    void renamed() override;

private:
    void addOption(const schema::EnumOption& option);

    QComboBox* m_combo = nullptr;
    std::vector<nlohmann::json> m_values; // item i holds m_values[i - m_firstOption]
    int m_firstOption = 0;                // 1 when there is an empty entry
};

} // namespace croupier::ui
