#pragma once
// A single-line string field: a QLineEdit ("<name>LineEdit"), masked with a Show/Hide toggle
// ("<name>RevealToolButton") for `format: password`, `writeOnly` and the descriptor's sensitive
// pointers. Email and uri get a hint placeholder; the core validator checks the formats.
// An empty line is left out of the payload. GUI thread only; widgets owned by the row.

#include "SchemaField.h"

class QLineEdit;
class QToolButton;

namespace croupier::ui {

class StringField : public SchemaField {
    Q_OBJECT

public:
    StringField(FieldSpec spec, bool masked);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    void collectFocusChain(std::vector<QWidget*>& chain) const override;

protected:
    void renamed() override;

private:
    QWidget* buildEditorLine(bool masked);
    void setRevealed(bool revealed);

    QLineEdit* m_edit = nullptr;
    QToolButton* m_reveal = nullptr; // only when masked
};

} // namespace croupier::ui
