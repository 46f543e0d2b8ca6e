#pragma once
// The function catalog as a two-level tree: categories (sorted), then their functions (sorted
// by id). Each function row carries what the catalog shows: risk level, whether it needs
// approval, whether it can run (enabled, agent online), the permission it needs and whether the
// signed-in user holds it. A function the user may not call stays in the tree, greyed, with the
// reason as its tooltip. Columns: name (with a risk-coloured dot), id, and a short status
// ("needs 2 approvals", "no agent online", ...). GUI thread only; fed by the owner from
// FunctionsClient signals.

#include "croupier/client/FunctionInfo.h"
#include "croupier/client/UserInfo.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace croupier::models {

class CatalogModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, IdColumn, StatusColumn, ColumnCount };
    enum Role {
        FunctionIdRole = Qt::UserRole + 1, // QString; empty on category rows
        IsCategoryRole,                    // bool
        RiskLevelRole,                     // int (core::RiskLevel)
        NeedsApprovalRole,                 // bool
        AvailableRole,                     // bool: enabled and an agent online
        PermissionRole,                    // QString: the descriptor's auth.permission
        AllowedRole,                       // bool: the user holds the permission
        ReasonRole,                        // QString: why it cannot run now; "" when it can
        SearchTextRole,                    // QString: id, name, description, category
    };

    explicit CatalogModel(QObject* parent = nullptr);
    ~CatalogModel() override;

    void setFunctions(const QList<client::FunctionInfo>& functions);
    void upsertFunction(const client::FunctionInfo& function);
    void removeFunction(const QString& functionId);
    void setUser(const client::UserInfo& user);

    std::optional<client::FunctionInfo> function(const QModelIndex& index) const;
    std::optional<client::FunctionInfo> functionById(const QString& functionId) const;
    QModelIndex indexOf(const QString& functionId) const;
    int functionCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Category;
    QVariant functionData(const client::FunctionInfo& f, int column, int role) const;
    QString reasonFor(const client::FunctionInfo& f) const;
    QString statusText(const client::FunctionInfo& f) const;
    int categoryRow(const QString& name) const;
    int sortedCategoryRow(const QString& name) const;
    int insertCategory(const QString& name);
    void emitRowChanged(int categoryRow, int functionRow);

    std::vector<std::unique_ptr<Category>> m_categories; // sorted by name
    std::array<QIcon, 4> m_riskDots; // by core::RiskLevel; painted once, asked for on every repaint
    client::UserInfo m_user;
    bool m_hasUser = false;
};

} // namespace croupier::models
