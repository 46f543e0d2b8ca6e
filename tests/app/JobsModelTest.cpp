// JobsModel: rows from ListJobs pages kept current by job events.
#include "croupier/models/JobsModel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace croupier;
using client::JobEvent;
using client::JobStatus;
using client::JobSummary;
using models::JobsModel;

namespace {

JobSummary job(const QString& id, JobStatus status, qint64 createdAt) {
    JobSummary j;
    j.jobId = id;
    j.functionId = "player.export";
    j.status = status;
    j.createdAtMs = createdAt;
    j.updatedAtMs = createdAt;
    return j;
}

JobEvent event(const QString& id, qint64 seq, JobEvent::Type type, JobStatus status) {
    JobEvent e;
    e.jobId = id;
    e.seq = seq;
    e.type = type;
    e.status = status;
    return e;
}

class JobsModelTest : public ::testing::Test {
protected:
    qint64 now = 100'000;
    JobsModel model{nullptr, [this] { return now; }};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QString cell(int row, int column) const { return model.index(row, column).data().toString(); }
};

TEST_F(JobsModelTest, ShowsStatusFunctionAndDuration) {
    model.setJobs({job("j2", JobStatus::Running, 40'000), job("j1", JobStatus::Completed, 1'000)});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(cell(0, JobsModel::StatusColumn), "Running");
    EXPECT_EQ(cell(0, JobsModel::FunctionColumn), "player.export");
    EXPECT_EQ(cell(0, JobsModel::DurationColumn), "1 min 0 s") << "running: created to now";
    EXPECT_EQ(cell(1, JobsModel::DurationColumn), "0 s") << "finished: created to last update";
    now = 160'000;
    EXPECT_EQ(cell(0, JobsModel::DurationColumn), "2 min 0 s");
}

TEST_F(JobsModelTest, EventsUpdateTheRowAndReplaysAreIgnored) {
    model.setJobs({job("j1", JobStatus::Pending, 1'000)});
    auto progress = event("j1", 2, JobEvent::Type::Progress, JobStatus::Running);
    progress.progress = 0.5;
    progress.message = "halfway";
    model.applyEvent(progress);
    EXPECT_EQ(cell(0, JobsModel::StatusColumn), "Running");
    EXPECT_DOUBLE_EQ(model.jobAt(0)->progress, 0.5);

    auto failed = event("j1", 3, JobEvent::Type::Error, JobStatus::Failed);
    failed.message = "agent lost";
    failed.errorCode = "AGENT_LOST";
    model.applyEvent(failed);
    model.applyEvent(progress); // a replayed older event changes nothing
    EXPECT_EQ(cell(0, JobsModel::StatusColumn), "Failed");
    EXPECT_EQ(model.jobAt(0)->errorCode, "AGENT_LOST");
    EXPECT_DOUBLE_EQ(model.jobAt(0)->progress, 0.5);

    model.applyEvent(event("other", 1, JobEvent::Type::Start, JobStatus::Running)); // unknown job
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(JobsModelTest, NewJobsGoOnTopAndNextPagesAppendWithoutDuplicates) {
    model.setJobs({job("j2", JobStatus::Completed, 2'000)});
    model.upsertJob(job("j3", JobStatus::Running, 3'000));
    model.appendJobs({job("j2", JobStatus::Completed, 2'000), job("j1", JobStatus::Failed, 1'000)});
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(0, JobsModel::JobIdColumn), "j3");
    EXPECT_EQ(cell(1, JobsModel::JobIdColumn), "j2");
    EXPECT_EQ(cell(2, JobsModel::JobIdColumn), "j1");
}

} // namespace
