#pragma once
// A nested object: its properties as child fields in a QFormLayout, inside a QGroupBox
// ("<name>GroupBox") titled with the object's title — or flat, without a box, for the form's
// root. Keys of a set value that the schema does not list are kept and sent back unchanged
// (unless additionalProperties is false). An optional object with nothing filled in is left
// out. Owns its child fields. GUI thread only.

#include "SchemaField.h"

#include <memory>
#include <string>
#include <vector>

class QFormLayout;
class QGroupBox;

namespace croupier::ui {

class ObjectField : public SchemaField {
    Q_OBJECT

public:
    explicit ObjectField(FieldSpec spec);
    ~ObjectField() override;

    QWidget* editor() const override;
    std::optional<nlohmann::json> value() const override;
    void setValue(const nlohmann::json* value) override;
    void setReadOnly(bool readOnly) override;
    void forEachField(const std::function<void(SchemaField&)>& visit) override;
    void collectFocusChain(std::vector<QWidget*>& chain) const override;
    void setTitle(const QString& title) override;

protected:
    void renamed() override;

private:
    struct Child {
        std::string key;
        std::unique_ptr<SchemaField> field;
    };

    bool isRoot() const { return pointer().isEmpty(); }
    void addChildren(QFormLayout* layout);
    QString groupTitle() const;
    void keepUnlistedKeys(const nlohmann::json* value);

    QWidget* m_body = nullptr;     // the group box, or a plain widget for the root
    QGroupBox* m_group = nullptr;  // null for the root
    std::vector<Child> m_children; // display order
    nlohmann::json m_extra;        // keys the schema does not list, sent back as they were
};

} // namespace croupier::ui
