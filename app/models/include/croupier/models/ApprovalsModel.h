#pragma once
// The Approvals page's table: one row per approval the user may see, columns function,
// requester, risk, age, approvals so far / threshold, expiry and state. Rows come from the
// watch's snapshot (setApprovals) and live changes (upsertApproval); ApprovalRole gives the whole
// client::ApprovalInfo. Age and expiry are relative ("5 min", "in 23 h") to an injectable clock,
// refreshed by a minute tick that emits dataChanged for those two columns only. Also the texts
// the page and the controller share: a state in the UI language, and why the user may not
// decide (own request, already decided, already approved, or the server's reason).
// GUI thread only.

#include "croupier/client/ApprovalInfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <functional>
#include <optional>

class QTimer;

namespace croupier::models {

class ApprovalsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        FunctionColumn,
        RequesterColumn,
        RiskColumn,
        AgeColumn,
        ApprovalsColumn,
        ExpiresColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        ApprovalRole = Qt::UserRole + 1, // client::ApprovalInfo
        ApprovalIdRole,                  // QString
        RequesterRole,                   // QString
        ActionableRole,                  // bool: pending and the user may decide it
        SortRole,                        // a sortable value per column
    };
    using Now = std::function<qint64()>; // unix milliseconds

    explicit ApprovalsModel(QObject* parent = nullptr, Now now = {});

    void setApprovals(const QList<client::ApprovalInfo>& approvals);
    // Updates the row of a known approval, or adds it; true when it was new.
    bool upsertApproval(const client::ApprovalInfo& approval);
    void clear();
    std::optional<client::ApprovalInfo> approval(const QString& approvalId) const;
    std::optional<client::ApprovalInfo> approvalAt(int row) const;
    int rowOf(const QString& approvalId) const;
    const QList<client::ApprovalInfo>& approvals() const { return m_rows; }
    // Pending approvals the user may approve or reject now.
    int actionableCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool actionable(const client::ApprovalInfo& approval);
    static QString stateText(client::ApprovalState state); // translated
    static QString riskText(core::RiskLevel level);        // translated; "" for none
    // Empty when `username` may approve or reject now; else why not, for a disabled button.
    static QString cannotDecideText(const client::ApprovalInfo& approval, const QString& username);
    // "5 s", "3 min", "2 h", "4 d".
    static QString spanText(qint64 ms);

private:
    QVariant displayData(const client::ApprovalInfo& a, int column) const;
    QVariant sortData(const client::ApprovalInfo& a, int column) const;
    QString expiryText(const client::ApprovalInfo& a) const;
    void reindex();
    void tick();

    QList<client::ApprovalInfo> m_rows;
    QHash<QString, int> m_index; // approval id -> row
    Now m_now;
    QTimer* m_tick = nullptr;
};

} // namespace croupier::models
