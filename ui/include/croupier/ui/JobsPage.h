#pragma once
// The Jobs page: the user's jobs (status, function, started, duration) bound to a JobsModel,
// filtered by status and function, with "Open" (the job's full event history in a job panel),
// "Run again" (the same parameters in a prefilled form) and "Refresh". It emits requests; the
// owner talks to the server. GUI thread; `jobs` outlives the page.

#include "croupier/client/JobInfo.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace croupier::models {
class JobsModel;
}

namespace croupier::ui {

class JobsPage final : public QWidget {
    Q_OBJECT
public:
    explicit JobsPage(models::JobsModel& jobs, QWidget* parent = nullptr);

    std::optional<client::JobSummary> selectedJob() const;
    std::optional<client::JobStatus> statusFilter() const;
    QString functionFilter() const;
    QTableView* view() const { return m_view; }

signals:
    void refreshRequested();
    void openRequested(const croupier::client::JobSummary& job);
    void rerunRequested(const croupier::client::JobSummary& job);

private:
    void applyFilter();
    void updateButtons();

    models::JobsModel& m_jobs;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_function = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_rerun = nullptr;
};

} // namespace croupier::ui
