#pragma once
// A multi-line string field ("<name>PlainTextEdit") for long strings: maxLength > 200,
// `format: textarea` or `x-multiline: true`. Tab moves on (it does not insert a tab) and Enter
// is a new line, not a submit. Empty text is left out. GUI thread only.

#include "SchemaField.h"

class QPlainTextEdit;

namespace croupier::ui {

class TextField : public SchemaField {
    Q_OBJECT

public:
    explicit TextField(FieldSpec spec);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;

protected:
    void renamed() override;

private:
    QPlainTextEdit* m_edit = nullptr;
    bool m_settingValue = false; // textChanged from setValue is not a user edit
};

} // namespace croupier::ui
