#include "croupier/ui/JobsPage.h"

#include "croupier/models/JobsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace croupier::ui {
namespace {

// Filters JobsModel rows by status (a JobStatus as int, -1 = any) and a function id substring.
class JobsFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(int status, const QString& function) {
        m_status = status;
        m_function = function;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (m_status >= 0 && i.data(models::JobsModel::StatusRole).toInt() != m_status) {
            return false;
        }
        return m_function.isEmpty() || i.data(models::JobsModel::FunctionIdRole)
                                           .toString()
                                           .contains(m_function, Qt::CaseInsensitive);
    }

private:
    int m_status = -1;
    QString m_function;
};

} // namespace

JobsPage::JobsPage(models::JobsModel& jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs) {
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_status->addItem(tr("All statuses"), -1);
    using client::JobStatus;
    for (JobStatus s : {JobStatus::Running, JobStatus::Completed, JobStatus::Failed,
                        JobStatus::Canceled, JobStatus::AwaitingApproval, JobStatus::Pending}) {
        m_status->addItem(models::JobsModel::statusText(s), static_cast<int>(s));
    }
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("functionFilterLineEdit"));
    m_function->setPlaceholderText(tr("Filter by function"));
    m_function->setClearButtonEnabled(true);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshJobsPushButton"));
    m_open = new QPushButton(tr("Open history"), this);
    m_open->setObjectName(QStringLiteral("openJobPushButton"));
    m_rerun = new QPushButton(tr("Run again…"), this);
    m_rerun->setObjectName(QStringLiteral("rerunJobPushButton"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_status);
    bar->addWidget(m_function, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_open);
    bar->addWidget(m_rerun);

    auto* filter = new JobsFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(&jobs);
    m_proxy->setSortRole(models::JobsModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("jobsTableView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(models::JobsModel::StartedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_status, &QComboBox::currentIndexChanged, this, &JobsPage::applyFilter);
    connect(m_function, &QLineEdit::textChanged, this, &JobsPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &JobsPage::refreshRequested);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (auto job = selectedJob()) {
            emit openRequested(*job);
        }
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (auto job = selectedJob()) {
            emit openRequested(*job);
        }
    });
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (auto job = selectedJob()) {
            emit rerunRequested(*job);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::updateButtons);
    updateButtons();
}

std::optional<client::JobSummary> JobsPage::selectedJob() const {
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_jobs.job(rows.first().data(models::JobsModel::JobIdRole).toString());
}

std::optional<client::JobStatus> JobsPage::statusFilter() const {
    const int s = m_status->currentData().toInt();
    return s < 0 ? std::nullopt : std::optional(static_cast<client::JobStatus>(s));
}

QString JobsPage::functionFilter() const {
    return m_function->text().trimmed();
}

void JobsPage::applyFilter() {
    static_cast<JobsFilter*>(m_proxy)->set(m_status->currentData().toInt(), functionFilter());
    updateButtons();
}

void JobsPage::updateButtons() {
    const bool selected = selectedJob().has_value();
    m_open->setEnabled(selected);
    m_rerun->setEnabled(selected);
}

} // namespace croupier::ui
