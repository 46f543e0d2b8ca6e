#pragma once
// An array: a QGroupBox ("<name>GroupBox") listing one child field per item, each with Move up,
// Move down and Remove buttons ("<name>_<i>UpToolButton", "...DownToolButton",
// "...RemoveToolButton"), and an Add button ("<name>AddPushButton", disabled at maxItems).
// Moving renumbers the items' pointers and object names. An optional empty array is left out
// unless it was set to [] explicitly. Owns its item fields. GUI thread only.

#include "SchemaField.h"

#include <memory>
#include <vector>

class QGroupBox;
class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace croupier::ui {

class ArrayField : public SchemaField {
    Q_OBJECT

public:
    explicit ArrayField(FieldSpec spec);
    ~ArrayField() override;

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
    struct Item {
        std::unique_ptr<SchemaField> field;
        QWidget* line = nullptr; // the item's row plus its buttons
        QToolButton* up = nullptr;
        QToolButton* down = nullptr;
        QToolButton* remove = nullptr;
    };

    void addItem(const nlohmann::json* value);
    QToolButton* addButton(Item& item, const QString& text, const QString& toolTip);
    void removeAllItems();
    void onAdd();
    void onRemove(QWidget* line);
    void onMove(QWidget* line, int delta);
    int indexOf(QWidget* line) const;
    void renumber();
    void updateButtons();
    void changedStructure(); // tells the form, then counts as a user edit
    QString groupTitle() const;
    QString itemTitle(int index) const;

    QGroupBox* m_group = nullptr;
    QVBoxLayout* m_itemsLayout = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_add = nullptr;
    std::vector<Item> m_items;
    bool m_keepEmpty = false; // set to [] explicitly: send [] even when optional
    bool m_readOnly = false;
};

} // namespace croupier::ui
