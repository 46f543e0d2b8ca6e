#include "ArrayField.h"

#include "SchemaFieldFactory.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace croupier::ui {

ArrayField::ArrayField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_group = new QGroupBox(groupTitle());
    auto* layout = new QVBoxLayout(m_group);
    m_itemsLayout = new QVBoxLayout;
    layout->addLayout(m_itemsLayout);
    m_emptyLabel = new QLabel(tr("No items"), m_group);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_emptyLabel);
    auto* addLine = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), m_group);
    connect(m_add, &QPushButton::clicked, this, &ArrayField::onAdd);
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    finishRow(m_group, false);
    setValue(nullptr);
    renamed();
}

ArrayField::~ArrayField() {
    removeAllItems();
}

QString ArrayField::groupTitle() const {
    return isRequired() && !isArrayItem() ? spec().title + QStringLiteral(" *") : spec().title;
}

QString ArrayField::itemTitle(int index) const {
    const auto items = schema().find("items");
    const QString title = items != schema().end() ? schema::textOf(*items, "title") : QString();
    return title.isEmpty() ? tr("Item %1").arg(index + 1)
                           : tr("%1 %2", "item title, number").arg(title).arg(index + 1);
}

void ArrayField::addItem(const nlohmann::json* value) {
    const int index = static_cast<int>(m_items.size());
    Item item;
    item.field = SchemaFieldFactory::create(SchemaFieldFactory::itemSpec(spec(), index));
    if (value != nullptr) {
        item.field->setValue(value);
    }
    item.field->setReadOnly(m_readOnly);
    adoptChild(*item.field);
    item.line = new QWidget(m_group);
    auto* layout = new QHBoxLayout(item.line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(item.field->row(), 1);
    item.up = addButton(item, QStringLiteral("▲"), tr("Move up"));
    item.down = addButton(item, QStringLiteral("▼"), tr("Move down"));
    item.remove = addButton(item, QStringLiteral("✕"), tr("Remove"));
    QWidget* line = item.line;
    connect(item.up, &QToolButton::clicked, this, [this, line] { onMove(line, -1); });
    connect(item.down, &QToolButton::clicked, this, [this, line] { onMove(line, 1); });
    connect(item.remove, &QToolButton::clicked, this, [this, line] { onRemove(line); });
    m_itemsLayout->addWidget(item.line);
    item.line->show(); // now, not on the next event loop pass as the layout would
    m_items.push_back(std::move(item));
}

QToolButton* ArrayField::addButton(Item& item, const QString& text, const QString& toolTip) {
    auto* button = new QToolButton(item.line);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    static_cast<QHBoxLayout*>(item.line->layout())->addWidget(button, 0, Qt::AlignTop);
    return button;
}

void ArrayField::removeAllItems() {
    for (Item& item : m_items) {
        item.field.reset();
        delete item.line;
    }
    m_items.clear();
}

void ArrayField::onAdd() {
    addItem(nullptr); // the item field shows the items' default itself
    renumber();
    changedStructure();
    m_items.back().field->editor()->setFocus(Qt::OtherFocusReason);
}

void ArrayField::onRemove(QWidget* line) {
    const int index = indexOf(line);
    if (index < 0) {
        return;
    }
    m_items[static_cast<std::size_t>(index)].field.reset();
    delete line;
    m_items.erase(m_items.begin() + index);
    renumber();
    changedStructure();
    if (!m_items.empty()) {
        const int next = std::min(index, static_cast<int>(m_items.size()) - 1);
        m_items[static_cast<std::size_t>(next)].remove->setFocus(Qt::OtherFocusReason);
    } else {
        m_add->setFocus(Qt::OtherFocusReason);
    }
}

void ArrayField::onMove(QWidget* line, int delta) {
    const int from = indexOf(line);
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= static_cast<int>(m_items.size())) {
        return;
    }
    std::swap(m_items[static_cast<std::size_t>(from)], m_items[static_cast<std::size_t>(to)]);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        m_itemsLayout->removeWidget(m_items[i].line);
        m_itemsLayout->insertWidget(static_cast<int>(i), m_items[i].line);
    }
    renumber();
    changedStructure();
    const Item& moved = m_items[static_cast<std::size_t>(to)];
    QToolButton* keep = delta < 0 ? moved.up : moved.down;
    (keep->isEnabled() ? keep : moved.field->editor())->setFocus(Qt::OtherFocusReason);
}

int ArrayField::indexOf(QWidget* line) const {
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].line == line) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void ArrayField::renumber() {
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        const QString token = QString::number(i);
        const QString itemName = schema::childName(name(), token);
        item.field->setPath(schema::childPointer(pointer(), token), itemName);
        item.field->setTitle(itemTitle(static_cast<int>(i)));
        item.line->setObjectName(itemName + QStringLiteral("ItemWidget"));
        item.up->setObjectName(itemName + QStringLiteral("UpToolButton"));
        item.down->setObjectName(itemName + QStringLiteral("DownToolButton"));
        item.remove->setObjectName(itemName + QStringLiteral("RemoveToolButton"));
    }
    updateButtons();
}

void ArrayField::updateButtons() {
    const auto maxItems = schema::numberOf(schema(), "maxItems");
    const auto count = static_cast<double>(m_items.size());
    m_add->setEnabled(!m_readOnly && (!maxItems || count < *maxItems));
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        m_items[i].up->setEnabled(!m_readOnly && i > 0);
        m_items[i].down->setEnabled(!m_readOnly && i + 1 < m_items.size());
        m_items[i].remove->setEnabled(!m_readOnly);
    }
    m_emptyLabel->setVisible(m_items.empty());
}

void ArrayField::changedStructure() {
    m_keepEmpty = false;
    emit structureChanged();
    noteEdited(true);
}

QWidget* ArrayField::editor() const {
    return m_group;
}

std::optional<nlohmann::json> ArrayField::value() const {
    if (m_items.empty() && !isRequired() && !m_keepEmpty) {
        return std::nullopt;
    }
    nlohmann::json out = nlohmann::json::array();
    for (const Item& item : m_items) {
        out.push_back(item.field->value().value_or(nlohmann::json()));
    }
    return out;
}

void ArrayField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    removeAllItems();
    const bool isList = value != nullptr && value->is_array();
    for (const nlohmann::json& entry : isList ? *value : nlohmann::json::array()) {
        addItem(&entry);
    }
    m_keepEmpty = isList && value->empty();
    renumber();
}

void ArrayField::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (const Item& item : m_items) {
        item.field->setReadOnly(readOnly);
    }
    updateButtons();
}

void ArrayField::forEachField(const std::function<void(SchemaField&)>& visit) {
    visit(*this);
    for (const Item& item : m_items) {
        item.field->forEachField(visit);
    }
}

void ArrayField::collectFocusChain(std::vector<QWidget*>& chain) const {
    for (const Item& item : m_items) {
        item.field->collectFocusChain(chain);
        chain.insert(chain.end(), {item.up, item.down, item.remove});
    }
    chain.push_back(m_add);
}

void ArrayField::setTitle(const QString& title) {
    SchemaField::setTitle(title);
    m_group->setTitle(groupTitle());
}

void ArrayField::renamed() {
    m_group->setObjectName(name() + QStringLiteral("GroupBox"));
    m_add->setObjectName(name() + QStringLiteral("AddPushButton"));
    renumber();
}

} // namespace croupier::ui
