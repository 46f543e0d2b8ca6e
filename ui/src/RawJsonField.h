#pragma once
// The fallback for schema nodes the form has no editor for (several types, tuples, free-form
// objects, anything unknown): a monospace JSON text editor ("<name>JsonPlainTextEdit"). Empty
// text is left out; text that does not parse is reported as a local error and left out.
// Errors of pointers below this field are shown here. GUI thread only.

#include "SchemaField.h"

class QPlainTextEdit;

namespace croupier::ui {

class RawJsonField : public SchemaField {
    Q_OBJECT

public:
    explicit RawJsonField(FieldSpec spec);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    QString localError() const override;
    bool takesDescendantErrors() const override { return true; }

protected:
    void renamed() override;

private:
    QPlainTextEdit* m_edit = nullptr;
    bool m_settingValue = false;
};

} // namespace croupier::ui
