#pragma once
// An integer or number field: a SchemaNumberSpinBox ("<name>SpinBox") that may be empty, so an
// optional number left blank is left out (never sent as 0). Bounds and multipleOf drive the
// arrows and the tooltip; the validator reports violations. GUI thread only.

#include "SchemaField.h"

namespace croupier::ui {

class SchemaNumberSpinBox;

class NumberField : public SchemaField {
    Q_OBJECT

public:
    NumberField(FieldSpec spec, bool integer);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    QString localError() const override;

protected:
    void renamed() override;

private:
    void applyBounds();

    SchemaNumberSpinBox* m_spin = nullptr;
    bool m_integer;
};

} // namespace croupier::ui
