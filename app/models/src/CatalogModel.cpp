// CatalogModel: category rows own their function rows; a function index's internal pointer is
// its Category (stable across inserts, unlike a row number), a category index's is null.
#include "croupier/models/CatalogModel.h"

#include "croupier/models/RiskColour.h"

#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <algorithm>

namespace croupier::models {

struct CatalogModel::Category {
    QString name;
    QList<client::FunctionInfo> functions; // sorted by id
};

namespace {

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

QString displayName(const client::FunctionInfo& f) {
    const auto& name = f.descriptor->name();
    return name.empty() ? f.id() : str(name);
}

// A filled circle in the risk level's colour (none: an outline).
QIcon paintRiskDot(core::RiskLevel level) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = riskColour(level);
    if (colour.isValid()) {
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
    } else {
        painter.setPen(QGuiApplication::palette().color(QPalette::Mid));
    }
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

// Where the function `id` is, or belongs, in a list sorted by id.
int sortedFunctionRow(const QList<client::FunctionInfo>& list, const QString& id) {
    const auto it = std::lower_bound(list.begin(), list.end(), id,
                                     [](const auto& f, const QString& i) { return f.id() < i; });
    return static_cast<int>(it - list.begin());
}

QString categoryOf(const client::FunctionInfo& f) {
    const auto& category = f.descriptor->category();
    return category.empty() ? CatalogModel::tr("Other") : str(category);
}

} // namespace

CatalogModel::CatalogModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_riskDots{paintRiskDot(core::RiskLevel::None), paintRiskDot(core::RiskLevel::Low),
                 paintRiskDot(core::RiskLevel::Medium), paintRiskDot(core::RiskLevel::High)} {}

CatalogModel::~CatalogModel() = default;

void CatalogModel::setFunctions(const QList<client::FunctionInfo>& functions) {
    beginResetModel();
    m_categories.clear();
    for (const auto& f : functions) {
        const QString name = categoryOf(f);
        int cat = categoryRow(name);
        if (cat < 0) {
            cat = sortedCategoryRow(name);
            m_categories.insert(m_categories.begin() + cat,
                                std::make_unique<Category>(Category{name, {}}));
        }
        auto& list = m_categories[static_cast<std::size_t>(cat)]->functions;
        const int row = sortedFunctionRow(list, f.id());
        if (row < list.size() && list[row].id() == f.id()) {
            list[row] = f; // the same id twice: the later wins
        } else {
            list.insert(row, f);
        }
    }
    endResetModel();
}

void CatalogModel::upsertFunction(const client::FunctionInfo& f) {
    const QString id = f.id();
    if (const QModelIndex old = indexOf(id); old.isValid()) {
        auto* category = static_cast<Category*>(old.internalPointer());
        if (category->name == categoryOf(f)) {
            category->functions[old.row()] = f;
            emitRowChanged(old.parent().row(), old.row());
            return;
        }
        removeFunction(id); // moved to another category
    }
    int cat = categoryRow(categoryOf(f));
    if (cat < 0) {
        cat = insertCategory(categoryOf(f));
    }
    auto& list = m_categories[static_cast<std::size_t>(cat)]->functions;
    const int row = sortedFunctionRow(list, id);
    beginInsertRows(index(cat, 0), row, row);
    list.insert(row, f);
    endInsertRows();
}

void CatalogModel::removeFunction(const QString& functionId) {
    const QModelIndex at = indexOf(functionId);
    if (!at.isValid()) {
        return;
    }
    const int cat = at.parent().row();
    auto& category = *m_categories[static_cast<std::size_t>(cat)];
    if (category.functions.size() == 1) {
        beginRemoveRows({}, cat, cat);
        m_categories.erase(m_categories.begin() + cat);
        endRemoveRows();
        return;
    }
    beginRemoveRows(at.parent(), at.row(), at.row());
    category.functions.removeAt(at.row());
    endRemoveRows();
}

void CatalogModel::setUser(const client::UserInfo& user) {
    m_user = user;
    m_hasUser = true;
    for (int c = 0; c < static_cast<int>(m_categories.size()); ++c) {
        const int n = static_cast<int>(m_categories[static_cast<std::size_t>(c)]->functions.size());
        if (n > 0) {
            const QModelIndex parent = index(c, 0);
            emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
        }
    }
}

std::optional<client::FunctionInfo> CatalogModel::function(const QModelIndex& i) const {
    if (!i.isValid() || i.model() != this || i.internalPointer() == nullptr) {
        return std::nullopt;
    }
    return static_cast<const Category*>(i.internalPointer())->functions.at(i.row());
}

std::optional<client::FunctionInfo> CatalogModel::functionById(const QString& functionId) const {
    return function(indexOf(functionId));
}

QModelIndex CatalogModel::indexOf(const QString& functionId) const {
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const auto& list = m_categories[c]->functions;
        for (int r = 0; r < list.size(); ++r) {
            if (list[r].id() == functionId) {
                return createIndex(r, 0, m_categories[c].get());
            }
        }
    }
    return {};
}

int CatalogModel::functionCount() const {
    int n = 0;
    for (const auto& c : m_categories) {
        n += static_cast<int>(c->functions.size());
    }
    return n;
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, nullptr);
    }
    return createIndex(row, column, m_categories[static_cast<std::size_t>(parent.row())].get());
}

QModelIndex CatalogModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalPointer() == nullptr) {
        return {};
    }
    const auto* category = static_cast<const Category*>(child.internalPointer());
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        if (m_categories[c].get() == category) {
            return createIndex(static_cast<int>(c), 0, nullptr);
        }
    }
    return {};
}

int CatalogModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(m_categories.size());
    }
    if (parent.column() != 0 || parent.internalPointer() != nullptr) {
        return 0; // function rows have no children
    }
    return static_cast<int>(m_categories[static_cast<std::size_t>(parent.row())]->functions.size());
}

int CatalogModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (const auto f = function(index)) {
        return functionData(*f, index.column(), role);
    }
    const auto& category = *m_categories[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(category.name) : QVariant();
    case IsCategoryRole:
        return true;
    case SearchTextRole:
        return category.name;
    default:
        return {};
    }
}

QVariant CatalogModel::functionData(const client::FunctionInfo& f, int column, int role) const {
    const auto& d = *f.descriptor;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return displayName(f);
        case IdColumn:
            return f.id();
        default:
            return statusText(f);
        }
    case Qt::DecorationRole:
        return column == NameColumn
                   ? QVariant(m_riskDots[static_cast<std::size_t>(d.ui().riskLevel)])
                   : QVariant();
    case Qt::ToolTipRole: {
        const QString reason = reasonFor(f);
        const QString description = str(d.description());
        return reason.isEmpty() ? description
                                : (description.isEmpty() ? reason : description + "\n" + reason);
    }
    case Qt::ForegroundRole:
        if (!reasonFor(f).isEmpty()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case FunctionIdRole:
        return f.id();
    case IsCategoryRole:
        return false;
    case RiskLevelRole:
        return static_cast<int>(d.ui().riskLevel);
    case NeedsApprovalRole:
        return d.auth().approval.enabled;
    case AvailableRole:
        return f.available();
    case PermissionRole:
        return str(d.auth().permission);
    case AllowedRole:
        return !m_hasUser || d.auth().permission.empty() ||
               m_user.hasPermission(str(d.auth().permission));
    case ReasonRole:
        return reasonFor(f);
    case SearchTextRole:
        return QStringList{f.id(), str(d.name()), str(d.description()), categoryOf(f)}.join('\n');
    default:
        return {};
    }
}

// The first thing that stops the user from running `f` now, in the words the catalog shows.
QString CatalogModel::reasonFor(const client::FunctionInfo& f) const {
    const QString permission = str(f.descriptor->auth().permission);
    if (m_hasUser && !permission.isEmpty() && !m_user.hasPermission(permission)) {
        return tr("You lack the permission %1").arg(permission);
    }
    if (!f.enabled) {
        return tr("Disabled (kill switch)");
    }
    if (f.agentsOnline <= 0) {
        return tr("No agent online");
    }
    return {};
}

// What the status column says: why it cannot run now, else whether it needs approval.
QString CatalogModel::statusText(const client::FunctionInfo& f) const {
    if (m_hasUser && !reasonFor(f).isEmpty() &&
        !m_user.hasPermission(str(f.descriptor->auth().permission))) {
        return tr("no permission");
    }
    if (!f.enabled) {
        return tr("disabled");
    }
    if (f.agentsOnline <= 0) {
        return tr("no agent online");
    }
    const auto& approval = f.descriptor->auth().approval;
    if (approval.enabled) {
        return tr("needs %n approval(s)", nullptr, approval.threshold);
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Function");
    case IdColumn:
        return tr("ID");
    default:
        return tr("Status");
    }
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

int CatalogModel::categoryRow(const QString& name) const {
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        if (m_categories[c]->name == name) {
            return static_cast<int>(c);
        }
    }
    return -1;
}

// Where a category named `name` belongs in the sorted list.
int CatalogModel::sortedCategoryRow(const QString& name) const {
    const auto it = std::lower_bound(m_categories.begin(), m_categories.end(), name,
                                     [](const auto& c, const QString& n) { return c->name < n; });
    return static_cast<int>(it - m_categories.begin());
}

int CatalogModel::insertCategory(const QString& name) {
    const int row = sortedCategoryRow(name);
    beginInsertRows({}, row, row);
    m_categories.insert(m_categories.begin() + row, std::make_unique<Category>(Category{name, {}}));
    endInsertRows();
    return row;
}

void CatalogModel::emitRowChanged(int categoryRow, int functionRow) {
    const QModelIndex parent = index(categoryRow, 0);
    emit dataChanged(index(functionRow, 0, parent), index(functionRow, ColumnCount - 1, parent));
}

} // namespace croupier::models
