#pragma once
// A `format: date-time` or `format: date` string field: a QDateTimeEdit ("<name>DateTimeEdit",
// shown and sent in UTC as "2026-01-02T03:04:05Z") or a QDateEdit ("<name>DateEdit",
// "2026-01-02"), with a check box ("<name>SetCheckBox") that says whether the value is set at
// all: editing the date checks it, unchecking leaves the key out. While unset the editor's text
// is dimmed. GUI thread only.

#include "SchemaField.h"

class QCheckBox;
class QDateTimeEdit;

namespace croupier::ui {

class DateTimeField : public SchemaField {
    Q_OBJECT

public:
    DateTimeField(FieldSpec spec, bool withTime);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    void collectFocusChain(std::vector<QWidget*>& chain) const override;

protected:
    void renamed() override;

private:
    QWidget* buildEditorLine();
    void setSet(bool set);
    bool parseInto(const QString& text); // shows `text`; false when it is no valid date

    QCheckBox* m_setBox = nullptr;
    QDateTimeEdit* m_edit = nullptr;
    bool m_withTime;
    bool m_set = false;
};

} // namespace croupier::ui
