#pragma once
// Watches one job: its function, status, a progress bar (a busy indicator until the first
// progress), the current phase message, a live log (one line per event, with its time), the
// elapsed time (ticking each second while the job runs) and Cancel. Cancel emits
// cancelRequested(jobId) and shows "Cancelling…" (disabled) until the job ends or the owner calls
// setCancelling(false). When the job ends it shows the result (ResultView) or why it failed.
// The panel speaks no gRPC: its owner feeds it JobEvents (replays included: events whose seq was
// already applied are ignored, so a resynchronised stream adds no duplicate log lines).
// Closing or deleting the panel does not cancel the job.
// GUI thread only; owned by its Qt parent. The clock is injectable for tests.

#include "croupier/client/JobInfo.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace croupier::ui {

class ResultView;

class JobPanel : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    explicit JobPanel(QWidget* parent = nullptr);

    void setClock(Clock clock);
    void setResultSchema(const nlohmann::json& schema); // the descriptor's `result`, for the view
    // Starts watching a job: clears everything shown about the previous one.
    void setJob(const QString& jobId, const QString& title);
    // What ListJobs / GetJob say about the job (for a job opened after it started).
    void setSummary(const client::JobSummary& summary);
    void applyEvent(const client::JobEvent& event);
    void setCancelling(bool cancelling);

    QString jobId() const { return m_jobId; }
    client::JobStatus status() const { return m_status; }
    QString statusText() const;
    int progressPercent() const { return m_percent; } // -1 until the first progress
    QString phaseMessage() const;
    QString logText() const;
    qint64 elapsedMs() const;
    QString elapsedText() const;
    bool isCancelling() const { return m_cancelling; }
    bool cancelEnabled() const;
    bool elapsedTicking() const;
    ResultView* resultView() const { return m_result; }

    // The status in the UI language: "Running", "Awaiting approval", ...
    static QString statusName(client::JobStatus status);
    // 42 s -> "0:42", 3725 s -> "1:02:05".
    static QString formatElapsed(qint64 ms);

public Q_SLOTS:
    void refreshElapsed();

Q_SIGNALS:
    void cancelRequested(const QString& jobId);

private:
    void buildLayout();
    void requestCancel();
    void setStatus(client::JobStatus status, qint64 atMs);
    void setProgress(double fraction);
    void appendLog(qint64 atMs, const QString& line);
    void logEvent(const client::JobEvent& event, qint64 atMs);
    void showOutcome(const client::JobEvent& event);
    void showFailure(const QString& errorCode, const QString& detail);
    client::JobStatus statusAfter(const client::JobEvent& event) const;

    Clock m_clock;
    QString m_jobId;
    client::JobStatus m_status = client::JobStatus::Unknown;
    int m_percent = -1;
    qint64 m_lastSeq = 0;
    qint64 m_startedMs = 0;
    qint64 m_finishedMs = 0;
    bool m_cancelling = false;
    QLabel* m_title = nullptr;
    QLabel* m_jobIdLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_phase = nullptr;
    QLabel* m_elapsed = nullptr;
    QPlainTextEdit* m_log = nullptr;
    ResultView* m_result = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_ticker = nullptr;
};

} // namespace croupier::ui
