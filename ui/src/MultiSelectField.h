#pragma once
// An array of enum values with `uniqueItems`: a list of checkable items ("<name>ListWidget").
// The value lists the checked options in schema order. An optional list nobody touched is left
// out; a required one sends [] when nothing is checked. GUI thread only.

#include "SchemaField.h"

class QListWidget;

namespace croupier::ui {

class MultiSelectField : public SchemaField {
    Q_OBJECT

public:
    explicit MultiSelectField(FieldSpec spec);

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    bool takesDescendantErrors() const override { return true; }

protected:
    void renamed() override;

private:
    void addOption(const schema::EnumOption& option);
    void fitHeight();

    QListWidget* m_list = nullptr;
    std::vector<nlohmann::json> m_values; // one per list row
    bool m_set = false;                   // false: optional and untouched
    bool m_settingValue = false;
};

} // namespace croupier::ui
