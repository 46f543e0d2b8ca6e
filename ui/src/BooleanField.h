#pragma once
// A boolean field: a QCheckBox ("<name>CheckBox"). A required boolean always sends its state;
// an optional one without a default is left out until the user clicks it (or a value is set),
// so "not answered" is not sent as false. GUI thread only.

#include "SchemaField.h"

class QCheckBox;

namespace croupier::ui {

class BooleanField : public SchemaField {
    Q_OBJECT

public:
    explicit BooleanField(FieldSpec spec);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;

protected:
    void renamed() override;

private:
    QCheckBox* m_box = nullptr;
    bool m_set = false; // false: an optional box nobody answered
};

} // namespace croupier::ui
