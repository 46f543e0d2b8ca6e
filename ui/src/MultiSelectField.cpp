#include "MultiSelectField.h"

#include <QListWidget>
#include <algorithm>

namespace croupier::ui {
namespace {

constexpr int kMaxVisibleRows = 8;

} // namespace

MultiSelectField::MultiSelectField(FieldSpec spec)
    : SchemaField(std::move(spec)) {
    m_list = new QListWidget;
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    const auto items = schema().find("items");
    const nlohmann::json& itemSchema =
        schema::resolve(this->spec().context->root, items != schema().end() ? *items : schema());
    for (const schema::EnumOption& option : schema::enumOptions(itemSchema)) {
        addOption(option);
    }
    fitHeight();
    finishRow(m_list);
    watchEditor(m_list, false);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_settingValue) {
            m_set = true;
            noteEdited(true);
        }
    });
    renamed();
    setValue(nullptr);
}

void MultiSelectField::addOption(const schema::EnumOption& option) {
    auto* item = new QListWidgetItem(option.label, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    if (!option.description.isEmpty()) {
        item->setToolTip(option.description);
    }
    m_values.push_back(option.value);
}

void MultiSelectField::fitHeight() {
    const int rows = std::clamp(m_list->count(), 1, kMaxVisibleRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth());
}

QWidget* MultiSelectField::editor() const {
    return m_list;
}

std::optional<nlohmann::json> MultiSelectField::value() const {
    nlohmann::json checked = nlohmann::json::array();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            checked.push_back(m_values[static_cast<std::size_t>(row)]);
        }
    }
    if (checked.empty() && !m_set && !isRequired() && !isArrayItem()) {
        return std::nullopt;
    }
    return checked;
}

void MultiSelectField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    m_settingValue = true;
    const bool isList = value != nullptr && value->is_array();
    for (const nlohmann::json& entry : isList ? *value : nlohmann::json::array()) {
        if (std::find(m_values.begin(), m_values.end(), entry) == m_values.end()) {
            addOption({entry, tr("%1 (not allowed)").arg(schema::jsonText(entry)), {}});
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const nlohmann::json& option = m_values[static_cast<std::size_t>(row)];
        const bool on = isList && std::find(value->begin(), value->end(), option) != value->end();
        m_list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_set = isList;
    m_settingValue = false;
}

void MultiSelectField::setReadOnly(bool readOnly) {
    m_list->setEnabled(!readOnly);
}

void MultiSelectField::renamed() {
    m_list->setObjectName(name() + QStringLiteral("ListWidget"));
}

} // namespace croupier::ui
