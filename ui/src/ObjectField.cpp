#include "ObjectField.h"

#include "SchemaFieldFactory.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

namespace croupier::ui {

ObjectField::ObjectField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    auto* layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (isRoot()) {
        m_body = new QWidget;
        layout->setContentsMargins(0, 0, 0, 0);
    } else {
        m_group = new QGroupBox(groupTitle());
        m_body = m_group;
    }
    m_body->setLayout(layout);
    addChildren(layout);
    finishRow(m_body, false);
    m_body->setObjectName(isRoot() ? QStringLiteral("schemaFormBody")
                                   : name() + QStringLiteral("GroupBox"));
    if (schema().contains("default")) {
        setValue(nullptr);
    }
}

ObjectField::~ObjectField() = default;

void ObjectField::addChildren(QFormLayout* layout) {
    const std::set<std::string> required = schema::requiredProperties(schema());
    // Labels sit at the top of their row (help and error lines may follow the editor); this
    // margin lines their text up with the text of a single-line editor.
    const int lineHeight = QLineEdit().sizeHint().height();
    for (const std::string& key : schema::orderedProperties(schema())) {
        auto field = SchemaFieldFactory::create(
            SchemaFieldFactory::propertySpec(spec(), key, required.count(key) > 0));
        adoptChild(*field);
        if (QLabel* label = field->label()) {
            const int margin = std::max(0, (lineHeight - label->fontMetrics().height()) / 2);
            label->setContentsMargins(0, margin, 0, 0);
            layout->addRow(label, field->row());
        } else {
            layout->addRow(field->row());
        }
        m_children.push_back({key, std::move(field)});
    }
}

QString ObjectField::groupTitle() const {
    return isRequired() && !isArrayItem() ? spec().title + QStringLiteral(" *") : spec().title;
}

QWidget* ObjectField::editor() const {
    return m_body;
}

std::optional<nlohmann::json> ObjectField::value() const {
    nlohmann::json out = m_extra.is_object() ? m_extra : nlohmann::json::object();
    for (const Child& child : m_children) {
        if (auto value = child.field->value()) {
            out[child.key] = std::move(*value);
        }
    }
    if (out.empty() && !isRoot() && !isRequired() && !isArrayItem()) {
        return std::nullopt;
    }
    return out;
}

void ObjectField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    if (value != nullptr && !value->is_object()) {
        value = nullptr;
    }
    keepUnlistedKeys(value);
    for (const Child& child : m_children) {
        const nlohmann::json* entry = nullptr;
        if (value != nullptr) {
            const auto found = value->find(child.key);
            entry = found != value->end() ? &*found : nullptr;
        }
        child.field->setValue(entry);
    }
}

void ObjectField::keepUnlistedKeys(const nlohmann::json* value) {
    m_extra = nlohmann::json::object();
    const auto additional = schema().find("additionalProperties");
    if (value == nullptr || (additional != schema().end() && *additional == false)) {
        return;
    }
    const auto properties = schema().find("properties");
    for (const auto& [key, entry] : value->items()) {
        if (properties == schema().end() || !properties->is_object() ||
            !properties->contains(key)) {
            m_extra[key] = entry;
        }
    }
}

void ObjectField::setReadOnly(bool readOnly) {
    for (const Child& child : m_children) {
        child.field->setReadOnly(readOnly);
    }
}

void ObjectField::forEachField(const std::function<void(SchemaField&)>& visit) {
    visit(*this);
    for (const Child& child : m_children) {
        child.field->forEachField(visit);
    }
}

void ObjectField::collectFocusChain(std::vector<QWidget*>& chain) const {
    for (const Child& child : m_children) {
        child.field->collectFocusChain(chain);
    }
}

void ObjectField::setTitle(const QString& title) {
    SchemaField::setTitle(title);
    if (m_group != nullptr) {
        m_group->setTitle(groupTitle());
    }
}

void ObjectField::renamed() {
    if (!isRoot()) {
        m_body->setObjectName(name() + QStringLiteral("GroupBox"));
    }
    for (const Child& child : m_children) {
        const QString token = QString::fromStdString(child.key);
        child.field->setPath(schema::childPointer(pointer(), token),
                             schema::childName(name(), token));
    }
}

} // namespace croupier::ui
