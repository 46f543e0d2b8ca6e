#pragma once
// The ops' Registrations page: the live agents of the scope (status online / stale /
// connecting / offline, last heartbeat as "n s ago") or, switched, the functions they serve (who
// serves each, how many online, disabled or not); search, a status filter and sortable columns;
// the details of the selected row below the table; whether the view is live or reconnecting.
// The kill switch disables or enables a function everywhere or on one agent, behind a
// KillSwitchDialog (non-modal, exposed for tests); without assignment.write its buttons are
// disabled with the reason as tooltip. Nothing here decides: the RegistrationsController does.
// GUI thread; `controller` outlives the page.

#include "croupier/models/RegistrationsController.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace croupier::models {
class RegistrationsFilterModel;
}

namespace croupier::ui {

class ErrorBanner;
class KillSwitchDialog;

class RegistrationsPage final : public QWidget {
    Q_OBJECT
public:
    enum class View { Agents, Functions };

    explicit RegistrationsPage(models::RegistrationsController& controller,
                               QWidget* parent = nullptr);
    ~RegistrationsPage() override;

    View view() const { return m_view; }
    void setView(View view);
    QTableView* agentsView() const { return m_agentsView; }
    QTableView* functionsView() const { return m_functionsView; }
    models::RegistrationsFilterModel* agentsProxy() const { return m_agentsProxy; }
    models::RegistrationsFilterModel* functionsProxy() const { return m_functionsProxy; }
    // Selects the row of `agentId` / the function `key` (game/env/id) in its view.
    bool selectAgent(const QString& agentId);
    bool selectFunction(const QString& key);
    // Opens the confirmation for the kill switch with what is selected now.
    void requestSwitch(bool enable);
    KillSwitchDialog* killSwitchDialog() const;
    QString detailsText() const;
    QString noticeText() const;
    QString linkText() const;

private:
    QWidget* buildHeader();
    QWidget* buildKillSwitch();
    QTableView* buildTable(models::RegistrationsFilterModel* proxy, const QString& name,
                           int sortColumn);
    void fillStatusFilter();
    void updateCounts();
    void updateLink();
    void onSelectionChanged();
    void updateSwitchTargets();
    void updateSwitchButtons();
    void refreshDetails();
    // `ref`: game, env, function id.
    void onConfirmed(const QStringList& ref, const QString& agentId, bool enable,
                     const QString& reason);
    void onSucceeded(const QString& message);
    void onFailed(const client::CallError& error);
    QString selectedAgentId() const;
    QString selectedFunctionKey() const;

    models::RegistrationsController& m_controller;
    View m_view = View::Agents;
    models::RegistrationsFilterModel* m_agentsProxy = nullptr;
    models::RegistrationsFilterModel* m_functionsProxy = nullptr;
    QToolButton* m_agentsButton = nullptr;
    QToolButton* m_functionsButton = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_link = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_agentsView = nullptr;
    QTableView* m_functionsView = nullptr;
    QLabel* m_details = nullptr;
    QComboBox* m_function = nullptr;
    QComboBox* m_target = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QLabel* m_notice = nullptr;
    ErrorBanner* m_error = nullptr;
    QPointer<KillSwitchDialog> m_dialog;
    int m_agentsStatus = -1; // the status filter of each view
    int m_functionsStatus = -1;
};

} // namespace croupier::ui
