#include "croupier/ui/JobPanel.h"

#include "croupier/models/JobsModel.h"
#include "croupier/ui/ResultView.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace croupier::ui {
namespace {

using client::JobEvent;
using client::JobStatus;

constexpr int kLogLineLimit = 5000;

QLabel* plainLabel(QWidget* parent, const QString& objectName, bool bold = false,
                   double scale = 1.0) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(bold);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    return label;
}

} // namespace

JobPanel::JobPanel(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_ticker(new QTimer(this)) {
    setObjectName(QStringLiteral("jobPanel"));
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &JobPanel::refreshElapsed);
    buildLayout();
    setJob({}, {});
}

void JobPanel::buildLayout() {
    m_title = plainLabel(this, QStringLiteral("jobTitleLabel"), true, 1.15);
    m_statusLabel = plainLabel(this, QStringLiteral("jobStatusLabel"), true);
    m_jobIdLabel = plainLabel(this, QStringLiteral("jobIdLabel"));
    m_jobIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobIdLabel->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("jobProgressBar"));
    m_phase = plainLabel(this, QStringLiteral("jobPhaseLabel"));
    m_phase->setWordWrap(true);
    m_elapsed = plainLabel(this, QStringLiteral("jobElapsedLabel"));
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("jobLogPlainTextEdit"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLineLimit);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result = new ResultView(this);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelJobPushButton"));
    connect(m_cancel, &QPushButton::clicked, this, &JobPanel::requestCancel);

    auto* grid = new QGridLayout;
    grid->addWidget(m_title, 0, 0);
    grid->addWidget(m_statusLabel, 0, 1, Qt::AlignRight);
    grid->addWidget(m_jobIdLabel, 1, 0, 1, 2);
    grid->addWidget(m_progress, 2, 0, 1, 2);
    grid->addWidget(m_phase, 3, 0);
    grid->addWidget(m_elapsed, 3, 1, Qt::AlignRight | Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_result, 1);
    layout->addLayout(buttons);
}

void JobPanel::setClock(Clock clock) {
    if (clock) {
        m_clock = std::move(clock);
    }
    refreshElapsed();
}

void JobPanel::setResultSchema(const nlohmann::json& schema) {
    m_result->setResultSchema(schema);
}

void JobPanel::setJob(const QString& jobId, const QString& title) {
    m_jobId = jobId;
    m_status = JobStatus::Pending;
    m_percent = -1;
    m_lastSeq = 0;
    m_startedMs = 0;
    m_finishedMs = 0;
    m_title->setText(title);
    m_jobIdLabel->setText(jobId.isEmpty() ? QString() : tr("Job %1").arg(jobId));
    m_progress->setRange(0, 0); // busy until the first progress
    m_phase->clear();
    m_log->clear();
    m_result->clear();
    m_result->hide();
    m_cancel->show();
    setCancelling(false);
    setStatus(JobStatus::Pending, 0);
}

void JobPanel::setSummary(const client::JobSummary& summary) {
    if (!summary.jobId.isEmpty() && summary.jobId != m_jobId) {
        return;
    }
    if (summary.createdAtMs > 0) {
        m_startedMs = summary.createdAtMs;
    }
    if (summary.progress > 0) {
        setProgress(summary.progress);
    }
    if (!summary.message.isEmpty()) {
        m_phase->setText(summary.message);
    }
    setStatus(summary.status, summary.updatedAtMs);
    if (summary.status == JobStatus::Completed) {
        m_result->setResult(summary.result);
        m_result->show();
    } else if (client::isFinished(summary.status)) {
        showFailure(summary.errorCode, summary.error);
    }
}

void JobPanel::applyEvent(const JobEvent& event) {
    if ((!event.jobId.isEmpty() && event.jobId != m_jobId) ||
        (event.seq > 0 && event.seq <= m_lastSeq)) {
        return; // another job's event, or one already applied (a replay after a reconnect)
    }
    m_lastSeq = std::max(m_lastSeq, event.seq);
    const qint64 at = event.timestampMs > 0 ? event.timestampMs : m_clock();
    if (m_startedMs == 0 || (event.type == JobEvent::Type::Start && event.timestampMs > 0)) {
        m_startedMs = at;
    }
    if (event.type == JobEvent::Type::Progress) {
        setProgress(event.progress);
        if (!event.message.isEmpty()) {
            m_phase->setText(event.message);
        }
    }
    logEvent(event, at);
    const JobStatus next = statusAfter(event);
    if (next != JobStatus::Unknown) {
        setStatus(next, at);
    }
    if (client::isFinished(m_status)) {
        showOutcome(event);
    }
}

void JobPanel::setCancelling(bool cancelling) {
    m_cancelling = cancelling && !client::isFinished(m_status);
    m_cancel->setText(m_cancelling ? tr("Cancelling…") : tr("Cancel"));
    m_cancel->setEnabled(!m_cancelling && !m_jobId.isEmpty() && !client::isFinished(m_status));
}

QString JobPanel::statusText() const {
    return m_statusLabel->text();
}

QString JobPanel::phaseMessage() const {
    return m_phase->text();
}

QString JobPanel::logText() const {
    return m_log->toPlainText();
}

qint64 JobPanel::elapsedMs() const {
    if (m_startedMs == 0) {
        return 0;
    }
    const qint64 end = m_finishedMs > 0 ? m_finishedMs : m_clock();
    return std::max<qint64>(0, end - m_startedMs); // clocks may disagree a little
}

QString JobPanel::elapsedText() const {
    return m_elapsed->text();
}

bool JobPanel::cancelEnabled() const {
    return m_cancel->isEnabled() && !m_cancel->isHidden();
}

bool JobPanel::elapsedTicking() const {
    return m_ticker->isActive();
}

void JobPanel::refreshElapsed() {
    m_elapsed->setText(tr("Elapsed %1").arg(formatElapsed(elapsedMs())));
}

// One wording for a job's status everywhere (the Jobs page uses the same).
QString JobPanel::statusName(JobStatus status) {
    return models::JobsModel::statusText(status);
}

QString JobPanel::formatElapsed(qint64 ms) {
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = total / 60 % 60;
    const qint64 seconds = total % 60;
    const QString ss = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0'));
    if (hours == 0) {
        return QStringLiteral("%1:%2").arg(minutes).arg(ss);
    }
    return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(ss);
}

void JobPanel::requestCancel() {
    if (m_cancelling || m_jobId.isEmpty() || client::isFinished(m_status)) {
        return;
    }
    Q_EMIT cancelRequested(m_jobId);
    setCancelling(true);
}

void JobPanel::setStatus(JobStatus status, qint64 atMs) {
    m_status = status;
    m_statusLabel->setText(statusName(status));
    const bool finished = client::isFinished(status);
    if (finished && m_finishedMs == 0) {
        m_finishedMs = atMs > 0 ? atMs : m_clock();
    }
    if (finished) {
        m_ticker->stop();
        m_cancel->hide();
        if (m_percent < 0) {
            m_progress->setRange(0, 100); // stop the busy indicator
            m_progress->setValue(status == JobStatus::Completed ? 100 : 0);
        }
    } else if (!m_jobId.isEmpty() && !m_ticker->isActive()) {
        m_ticker->start();
    }
    setCancelling(m_cancelling);
    refreshElapsed();
}

void JobPanel::setProgress(double fraction) {
    const double clamped = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
    m_percent = static_cast<int>(std::lround(clamped * 100));
    m_progress->setRange(0, 100);
    m_progress->setValue(m_percent);
}

void JobPanel::appendLog(qint64 atMs, const QString& line) {
    const QString time = QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss"));
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(time, line));
}

void JobPanel::logEvent(const JobEvent& event, qint64 atMs) {
    switch (event.type) {
    case JobEvent::Type::Start:
        appendLog(atMs, tr("Started"));
        break;
    case JobEvent::Type::Progress:
        appendLog(atMs, tr("%1% %2").arg(m_percent).arg(event.message).trimmed());
        break;
    case JobEvent::Type::Log:
        appendLog(atMs, event.message);
        break;
    case JobEvent::Type::Done:
        appendLog(atMs, tr("Completed"));
        break;
    case JobEvent::Type::Error:
        appendLog(atMs,
                  event.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(event.message));
        break;
    case JobEvent::Type::Unknown:
        break;
    }
}

void JobPanel::showOutcome(const JobEvent& event) {
    if (m_status == JobStatus::Completed) {
        if (event.type == JobEvent::Type::Done) {
            m_phase->setText(tr("Completed"));
            m_result->setResult(event.data);
        }
    } else if (event.type == JobEvent::Type::Error ||
               m_result->content() != ResultView::Content::Error) {
        showFailure(event.errorCode, event.message);
    }
    m_result->show();
}

void JobPanel::showFailure(const QString& errorCode, const QString& detail) {
    client::CallError error;
    error.code = errorCode;
    error.serverMessage = detail;
    if (m_status == JobStatus::Canceled || errorCode == QLatin1String("CANCELLED")) {
        error.kind = client::CallError::Kind::Cancelled;
        error.message = tr("The job was canceled.");
    } else if (errorCode == QLatin1String("DEADLINE_EXCEEDED")) {
        error.kind = client::CallError::Kind::Timeout;
        error.message = tr("The job took too long and was stopped.");
    } else if (errorCode == QLatin1String("AGENT_LOST")) {
        error.kind = client::CallError::Kind::Unavailable;
        error.message = tr("The agent running the job went away.");
    } else if (m_status == JobStatus::Rejected) {
        error.message = tr("The approval request was rejected.");
    } else if (m_status == JobStatus::Expired) {
        error.message = tr("The approval request expired before it was approved.");
    } else {
        error.message = tr("The job failed.");
    }
    m_result->setError(error);
    m_result->show();
}

JobStatus JobPanel::statusAfter(const JobEvent& event) const {
    if (event.status != JobStatus::Unknown) {
        return event.status;
    }
    switch (event.type) {
    case JobEvent::Type::Start:
    case JobEvent::Type::Progress:
    case JobEvent::Type::Log:
        return client::isFinished(m_status) ? JobStatus::Unknown : JobStatus::Running;
    case JobEvent::Type::Done:
        return JobStatus::Completed;
    case JobEvent::Type::Error:
        return event.errorCode == QLatin1String("CANCELLED") ? JobStatus::Canceled
                                                             : JobStatus::Failed;
    case JobEvent::Type::Unknown:
        break;
    }
    return JobStatus::Unknown;
}

} // namespace croupier::ui
