#include "croupier/ui/JobPanel.h"

#include "croupier/ui/ResultView.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using client::JobEvent;
using client::JobStatus;
using nlohmann::json;

constexpr qint64 kStart = 1'800'000'000'000; // a fixed instant, ms since the epoch

JobEvent event(JobEvent::Type type, qint64 seq, qint64 atMs, const QString& message = {}) {
    JobEvent e;
    e.jobId = QStringLiteral("j_1");
    e.type = type;
    e.seq = seq;
    e.timestampMs = atMs;
    e.message = message;
    return e;
}

JobEvent progress(qint64 seq, qint64 atMs, double fraction, const QString& message) {
    JobEvent e = event(JobEvent::Type::Progress, seq, atMs, message);
    e.progress = fraction;
    return e;
}

QString clockText(qint64 atMs) {
    return QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss"));
}

// A panel watching job j_1 on a fake clock the test moves by hand.
class JobPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_panel.setClock([this] { return m_now; });
        m_panel.setJob(QStringLiteral("j_1"), QStringLiteral("导出玩家"));
    }

    qint64 m_now = kStart;
    JobPanel m_panel;
};

TEST_F(JobPanelTest, BusyUntilTheFirstProgressThenPercent) {
    auto* bar = child<QProgressBar>(m_panel, "jobProgressBar");
    ASSERT_NE(bar, nullptr);
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    EXPECT_EQ(m_panel.progressPercent(), -1);
    EXPECT_EQ(bar->maximum(), 0); // Qt's busy indicator
    EXPECT_EQ(m_panel.status(), JobStatus::Running);
    m_panel.applyEvent(progress(2, kStart + 1000, 0.4, QStringLiteral("exporting guilds")));
    EXPECT_EQ(m_panel.progressPercent(), 40);
    EXPECT_EQ(bar->maximum(), 100);
    EXPECT_EQ(bar->value(), 40);
    EXPECT_EQ(m_panel.phaseMessage(), QStringLiteral("exporting guilds"));
    EXPECT_EQ(child<QLabel>(m_panel, "jobPhaseLabel")->text(), QStringLiteral("exporting guilds"));
}

TEST_F(JobPanelTest, LogGetsALineWithTheTimePerLogAndProgressEvent) {
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    m_panel.applyEvent(event(JobEvent::Type::Log, 2, kStart + 61'000, QStringLiteral("hello")));
    m_panel.applyEvent(progress(3, kStart + 62'000, 0.5, QStringLiteral("half way")));
    const QStringList lines = m_panel.logText().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3) << m_panel.logText().toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("[%1] hello").arg(clockText(kStart + 61'000)));
    EXPECT_EQ(lines[2], QStringLiteral("[%1] 50% half way").arg(clockText(kStart + 62'000)));
}

TEST_F(JobPanelTest, ReplayedEventsAreNotLoggedTwice) {
    const JobEvent log = event(JobEvent::Type::Log, 2, kStart, QStringLiteral("once"));
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    m_panel.applyEvent(log);
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart)); // the stream resynchronised
    m_panel.applyEvent(log);
    EXPECT_EQ(m_panel.logText().count(QStringLiteral("once")), 1);
    EXPECT_EQ(m_panel.logText().split(QLatin1Char('\n')).size(), 2);
}

TEST_F(JobPanelTest, EventsOfAnotherJobAreIgnored) {
    JobEvent other = event(JobEvent::Type::Log, 1, kStart, QStringLiteral("not mine"));
    other.jobId = QStringLiteral("j_2");
    m_panel.applyEvent(other);
    EXPECT_TRUE(m_panel.logText().isEmpty());
}

TEST_F(JobPanelTest, ElapsedTicksWhileRunningAndFreezesAtTheEnd) {
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    EXPECT_TRUE(m_panel.elapsedTicking());
    m_now = kStart + 65'000;
    m_panel.refreshElapsed(); // what the one-second timer does
    EXPECT_EQ(m_panel.elapsedMs(), 65'000);
    EXPECT_EQ(m_panel.elapsedText(), QStringLiteral("Elapsed 1:05"));
    EXPECT_EQ(child<QLabel>(m_panel, "jobElapsedLabel")->text(), m_panel.elapsedText());
    JobEvent done = event(JobEvent::Type::Done, 2, kStart + 90'000);
    done.data = {{"rows", 10}};
    m_panel.applyEvent(done);
    EXPECT_FALSE(m_panel.elapsedTicking());
    m_now = kStart + 600'000;
    m_panel.refreshElapsed();
    EXPECT_EQ(m_panel.elapsedText(), QStringLiteral("Elapsed 1:30"));
}

TEST_F(JobPanelTest, ElapsedIsNeverNegativeWhenClocksDisagree) {
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart + 5000)); // server ahead of us
    EXPECT_EQ(m_panel.elapsedMs(), 0);
}

TEST_F(JobPanelTest, FormatsLongDurations) {
    EXPECT_EQ(JobPanel::formatElapsed(0), QStringLiteral("0:00"));
    EXPECT_EQ(JobPanel::formatElapsed(59'999), QStringLiteral("0:59"));
    EXPECT_EQ(JobPanel::formatElapsed(3'725'000), QStringLiteral("1:02:05"));
}

TEST_F(JobPanelTest, CancelAsksOnceAndShowsCancellingUntilTheJobEnds) {
    QSignalSpy requested(&m_panel, &JobPanel::cancelRequested);
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    auto* cancel = child<QPushButton>(m_panel, "cancelJobPushButton");
    ASSERT_NE(cancel, nullptr);
    m_panel.show();
    EXPECT_TRUE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("j_1"));
    EXPECT_TRUE(m_panel.isCancelling());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(cancel->text(), QStringLiteral("Cancelling…"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(requested.count(), 1);
    m_panel.applyEvent(progress(2, kStart + 1000, 0.6, QStringLiteral("still going")));
    EXPECT_TRUE(m_panel.isCancelling()); // only the end of the job ends "cancelling"

    JobEvent canceled = event(JobEvent::Type::Error, 3, kStart + 2000, QStringLiteral("by ann"));
    canceled.errorCode = QStringLiteral("CANCELLED");
    canceled.status = JobStatus::Canceled;
    m_panel.applyEvent(canceled);
    EXPECT_EQ(m_panel.status(), JobStatus::Canceled);
    EXPECT_EQ(m_panel.statusText(), QStringLiteral("Canceled"));
    EXPECT_FALSE(m_panel.isCancelling());
    EXPECT_TRUE(cancel->isHidden());
    EXPECT_EQ(m_panel.resultView()->content(), ResultView::Content::Error);
    EXPECT_EQ(m_panel.resultView()->errorText(), QStringLiteral("The job was canceled."));
}

TEST_F(JobPanelTest, TheOwnerCanUndoCancellingWhenTheCancelFailed) {
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    m_panel.setCancelling(true);
    EXPECT_FALSE(m_panel.cancelEnabled());
    m_panel.setCancelling(false);
    EXPECT_TRUE(m_panel.cancelEnabled());
    EXPECT_EQ(child<QPushButton>(m_panel, "cancelJobPushButton")->text(), QStringLiteral("Cancel"));
}

TEST_F(JobPanelTest, CompletedJobShowsItsResult) {
    m_panel.setResultSchema(
        {{"type", "object"}, {"properties", {{"rows", {{"type", "integer"}, {"title", "行数"}}}}}});
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    JobEvent done = event(JobEvent::Type::Done, 2, kStart + 3000);
    done.data = {{"rows", 10}};
    m_panel.applyEvent(done);
    EXPECT_EQ(m_panel.status(), JobStatus::Completed);
    EXPECT_EQ(m_panel.progressPercent(), -1); // no progress was ever reported...
    EXPECT_EQ(child<QProgressBar>(m_panel, "jobProgressBar")->value(), 100); // ...yet it is full
    EXPECT_FALSE(m_panel.cancelEnabled());
    ResultView* result = m_panel.resultView();
    EXPECT_FALSE(result->isHidden());
    EXPECT_EQ(result->result(), json({{"rows", 10}}));
    auto* table = result->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("行数"));
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("10"));
}

TEST_F(JobPanelTest, FailedJobSaysWhy) {
    m_panel.applyEvent(event(JobEvent::Type::Start, 1, kStart));
    JobEvent lost = event(JobEvent::Type::Error, 2, kStart + 1000, QStringLiteral("agent a1 lost"));
    lost.errorCode = QStringLiteral("AGENT_LOST");
    m_panel.applyEvent(lost);
    EXPECT_EQ(m_panel.status(), JobStatus::Failed);
    EXPECT_EQ(m_panel.resultView()->errorText(),
              QStringLiteral("The agent running the job went away."));
    EXPECT_TRUE(m_panel.logText().contains(QStringLiteral("Failed: agent a1 lost")));
    EXPECT_FALSE(child<QLabel>(*m_panel.resultView(), "errorDetailsLabel")->isHidden());
}

TEST_F(JobPanelTest, AJobOpenedLaterStartsFromItsSummary) {
    client::JobSummary summary;
    summary.jobId = QStringLiteral("j_1");
    summary.status = JobStatus::Running;
    summary.progress = 0.25;
    summary.message = QStringLiteral("page 3");
    summary.createdAtMs = kStart - 120'000;
    m_panel.setSummary(summary);
    EXPECT_EQ(m_panel.progressPercent(), 25);
    EXPECT_EQ(m_panel.phaseMessage(), QStringLiteral("page 3"));
    EXPECT_EQ(m_panel.elapsedText(), QStringLiteral("Elapsed 2:00"));
    EXPECT_TRUE(m_panel.elapsedTicking());
}

TEST_F(JobPanelTest, SetJobStartsAfresh) {
    m_panel.applyEvent(event(JobEvent::Type::Log, 1, kStart, QStringLiteral("old")));
    m_panel.applyEvent(event(JobEvent::Type::Done, 2, kStart));
    m_panel.setJob(QStringLiteral("j_2"), QStringLiteral("other"));
    EXPECT_TRUE(m_panel.logText().isEmpty());
    EXPECT_EQ(m_panel.status(), JobStatus::Pending);
    EXPECT_TRUE(m_panel.cancelEnabled());
    EXPECT_TRUE(m_panel.resultView()->isHidden());
    EXPECT_EQ(child<QLabel>(m_panel, "jobTitleLabel")->text(), QStringLiteral("other"));
}

} // namespace
} // namespace croupier::ui
