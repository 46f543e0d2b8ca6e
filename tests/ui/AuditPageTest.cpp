// The Audit page driven like a user would, over canned server answers (an AuditSource that
// answers on the next event-loop turn): the filter fields become the query on Enter or Apply,
// an impossible time range is refused with a message, the selected record is shown in full,
// the verdict of "Verify chain" is shown (with the first broken record one click away), the
// export writes the file chosen through the seam, and empty and error states say so.
#include "croupier/ui/AuditPage.h"

#include "croupier/models/AuditController.h"
#include "croupier/models/AuditModel.h"
#include "croupier/ui/AuditFilterBar.h"
#include "croupier/ui/AuditRecordView.h"
#include "croupier/ui/ErrorBanner.h"
#include "UiTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using client::AuditQuery;
using client::AuditRecordInfo;
using client::AuditVerifyResult;
using client::CallError;
using models::AuditController;
using models::AuditModel;
using models::AuditSource;

AuditRecordInfo record(qint64 seq, const QString& action) {
    AuditRecordInfo r;
    r.seq = seq;
    r.timestampMs = 1'800'000'000'000 + seq * 1000;
    r.actor = QStringLiteral("lead1");
    r.actorKind = QStringLiteral("user");
    r.action = action;
    r.gameId = QStringLiteral("game");
    r.env = QStringLiteral("prod");
    r.functionId = QStringLiteral("player.ban");
    r.target = QStringLiteral("ap_%1").arg(seq);
    r.params = {{"player_id", "p42"}, {"reason", "cheating"}};
    r.outcome = seq == 2 ? QStringLiteral("denied") : QStringLiteral("ok");
    r.message = QStringLiteral("record %1").arg(seq);
    r.durationMs = 35;
    r.peer = QStringLiteral("ipv4:127.0.0.1:5123");
    r.details = {{QStringLiteral("comment"), QStringLiteral("looks right")}};
    r.prevHash = QStringLiteral("prev%1").arg(seq);
    r.hash = QStringLiteral("hash%1").arg(seq);
    return r;
}

// Canned answers on the next event-loop turn, like the real client.
struct FakeServer {
    QList<AuditRecordInfo> records;
    std::optional<CallError> error;
    AuditVerifyResult verdict;
    QList<AuditQuery> queries;
    QObject context; // its timers die with it

    AuditSource source() {
        AuditSource s;
        s.query = [this](const AuditQuery& q, const QString& token, int,
                         client::ReplyCallback<client::AuditPage> done) {
            queries.append(q);
            QTimer::singleShot(0, &context, [this, token, done] {
                if (error) {
                    return done(*error);
                }
                client::AuditPage page;
                page.records = token.isEmpty() ? records : QList<AuditRecordInfo>{};
                done(page);
            });
        };
        s.record = [this](qint64 seq, client::ReplyCallback<std::optional<AuditRecordInfo>> done) {
            QTimer::singleShot(0, &context, [seq, done] {
                done(std::optional<AuditRecordInfo>(record(seq, QStringLiteral("job.end"))));
            });
        };
        s.verify = [this](client::ReplyCallback<AuditVerifyResult> done) {
            QTimer::singleShot(0, &context, [this, done] { done(verdict); });
        };
        return s;
    }
};

class AuditPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.records = {record(3, QStringLiteral("approval.approve")),
                          record(2, QStringLiteral("function.invoke")),
                          record(1, QStringLiteral("auth.login"))};
        page.resize(1100, 700);
    }
    void showAndLoad() {
        page.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.atEnd() || model.error(); }));
    }

    FakeServer server;
    AuditModel model{server.source()};
    AuditController controller{server.source(), model};
    AuditPage page{model, controller};
};

TEST_F(AuditPageTest, ShowingThePageLoadsTheNewestRecords) {
    showAndLoad();
    ASSERT_EQ(server.queries.size(), 1);
    EXPECT_EQ(server.queries.first(), AuditQuery{});
    EXPECT_EQ(child<QTableView>(page, "auditTableView")->model()->rowCount(), 3);
    EXPECT_EQ(page.statusText(), QStringLiteral("3 record(s) match these filters."));
}

TEST_F(AuditPageTest, OnlyOutcomesThatWentWrongAreFlagged) {
    server.records.first().action = QStringLiteral("job.end");
    server.records.first().outcome = QStringLiteral("completed"); // a job that ended well
    showAndLoad();
    auto flagged = [&](int row) {
        return model.index(row, 0).data(AuditModel::FailedRole).toBool();
    };
    EXPECT_FALSE(flagged(0)) << "job.end completed";
    EXPECT_TRUE(flagged(1)) << "denied";
    EXPECT_FALSE(flagged(2)) << "ok";
}

TEST_F(AuditPageTest, TheFiltersBecomeTheQueryOnEnter) {
    showAndLoad();
    QTest::keyClicks(child<QLineEdit>(page, "actorLineEdit"), QStringLiteral("lead1"));
    auto* action = child<QComboBox>(page, "actionComboBox");
    action->setCurrentIndex(action->findText(QStringLiteral("approval.")));
    QTest::keyClicks(child<QLineEdit>(page, "functionLineEdit"), QStringLiteral("player.ban"));
    QTest::keyClicks(child<QLineEdit>(page, "gameLineEdit"), QStringLiteral("game"));
    QTest::keyClicks(child<QLineEdit>(page, "envLineEdit"), QStringLiteral("prod"));
    auto* outcome = child<QComboBox>(page, "outcomeComboBox");
    QTest::keyClicks(outcome->lineEdit(), QStringLiteral("denied"));
    child<QCheckBox>(page, "fromCheckBox")->setChecked(true);
    const QDateTime from(QDate(2026, 11, 1), QTime(8, 30));
    child<QDateTimeEdit>(page, "fromDateTimeEdit")->setDateTime(from);
    QTest::keyClick(child<QLineEdit>(page, "envLineEdit"), Qt::Key_Return);

    ASSERT_EQ(server.queries.size(), 2);
    const AuditQuery q = server.queries.last();
    EXPECT_EQ(q.actor, "lead1");
    EXPECT_EQ(q.action, "approval.");
    EXPECT_EQ(q.functionId, "player.ban");
    EXPECT_EQ(q.gameId, "game");
    EXPECT_EQ(q.env, "prod");
    EXPECT_EQ(q.outcome, "denied");
    EXPECT_EQ(q.fromMs, from.toMSecsSinceEpoch());
    EXPECT_EQ(q.toMs, 0) << "an unticked end is 'any'";
    EXPECT_EQ(model.query(), q);
}

TEST_F(AuditPageTest, EnterInATimeFieldAppliesAndClearResetsEverything) {
    showAndLoad();
    child<QCheckBox>(page, "toCheckBox")->setChecked(true);
    auto* to = child<QDateTimeEdit>(page, "toDateTimeEdit");
    EXPECT_TRUE(to->isEnabled());
    const QDateTime until(QDate(2026, 12, 24), QTime(18, 0));
    to->setDateTime(until);
    QTest::keyClick(to, Qt::Key_Enter);
    ASSERT_EQ(server.queries.size(), 2);
    EXPECT_EQ(server.queries.last().toMs, until.toMSecsSinceEpoch());

    QTest::keyClicks(child<QLineEdit>(page, "actorLineEdit"), QStringLiteral("gm1"));
    QTest::mouseClick(child<QPushButton>(page, "clearFiltersPushButton"), Qt::LeftButton);
    ASSERT_EQ(server.queries.size(), 3);
    EXPECT_EQ(server.queries.last(), AuditQuery{});
    EXPECT_FALSE(to->isEnabled());
    EXPECT_EQ(to->text(), "any");
}

TEST_F(AuditPageTest, AnImpossibleTimeRangeIsRefusedWithAMessage) {
    showAndLoad();
    child<QCheckBox>(page, "fromCheckBox")->setChecked(true);
    child<QCheckBox>(page, "toCheckBox")->setChecked(true);
    child<QDateTimeEdit>(page, "fromDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 5, 2), {}));
    child<QDateTimeEdit>(page, "toDateTimeEdit")->setDateTime(QDateTime(QDate(2026, 5, 1), {}));
    QTest::mouseClick(child<QPushButton>(page, "applyFiltersPushButton"), Qt::LeftButton);
    EXPECT_EQ(server.queries.size(), 1) << "not sent";
    auto* banner = child<ErrorBanner>(page, "auditErrorBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("earlier"))) << banner->text().toStdString();
}

TEST_F(AuditPageTest, TheSelectedRecordIsShownInFull) {
    showAndLoad();
    auto* view = child<QTableView>(page, "auditTableView");
    auto* detail = child<AuditRecordView>(page, "auditRecordTextBrowser");
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("Select a record")));
    view->setCurrentIndex(view->model()->index(0, 0));
    ASSERT_TRUE(detail->record().has_value());
    EXPECT_EQ(detail->record()->seq, 3);
    QTest::keyClick(view, Qt::Key_Down);
    ASSERT_EQ(view->currentIndex().row(), 1);
    ASSERT_TRUE(detail->record().has_value());
    EXPECT_EQ(detail->record()->seq, 2);
    const QString text = detail->toPlainText();
    for (const char* expected :
         {"#2", "function.invoke", "lead1 (user)", "game/prod", "ap_2", "denied", "record 2",
          "35 ms", "ipv4:127.0.0.1:5123", "\"player_id\": \"p42\"", "\"reason\": \"cheating\"",
          "comment", "looks right", "prev2", "hash2"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing " << expected;
    }
    if (qEnvironmentVariableIsSet("CROUPIER_AUDIT_SHOT")) {
        page.grab().save(qEnvironmentVariable("CROUPIER_AUDIT_SHOT"));
    }
}

TEST_F(AuditPageTest, VerifyShowsTheVerdictAndTheFirstBrokenRecord) {
    showAndLoad();
    server.verdict = {true, 1234, 0, {}};
    auto* verify = child<QPushButton>(page, "verifyChainPushButton");
    QTest::mouseClick(verify, Qt::LeftButton);
    EXPECT_FALSE(verify->isEnabled()) << "one verification at a time";
    ASSERT_TRUE(QTest::qWaitFor([&] { return verify->isEnabled(); }));
    EXPECT_TRUE(page.verifyText().contains(QStringLiteral("intact")));
    EXPECT_TRUE(page.verifyText().contains(QStringLiteral("1234")));

    server.verdict = {false, 57, 57, QStringLiteral("hash does not match the record")};
    QTest::mouseClick(verify, Qt::LeftButton);
    auto* show = child<QPushButton>(page, "showBrokenRecordPushButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return show->isVisible(); }));
    EXPECT_TRUE(page.verifyText().contains(QStringLiteral("broken at record #57")));
    EXPECT_TRUE(page.verifyText().contains(QStringLiteral("hash does not match")));
    QTest::mouseClick(show, Qt::LeftButton);
    auto* detail = child<AuditRecordView>(page, "auditRecordTextBrowser");
    ASSERT_TRUE(detail->record().has_value());
    EXPECT_EQ(detail->record()->seq, 57);
    EXPECT_TRUE(detail->toPlainText().contains(QStringLiteral("does not match")));
}

TEST_F(AuditPageTest, ExportWritesTheFileChosenThroughTheSeam) {
    showAndLoad();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    int asked = 0;
    page.setSavePathProvider([&] {
        ++asked;
        return path;
    });
    auto* exportButton = child<QPushButton>(page, "exportCsvPushButton");
    QTest::mouseClick(exportButton, Qt::LeftButton);
    EXPECT_EQ(asked, 1);
    EXPECT_FALSE(exportButton->isEnabled());
    EXPECT_TRUE(child<QProgressBar>(page, "exportProgressBar")->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return exportButton->isEnabled(); }));
    EXPECT_FALSE(child<QProgressBar>(page, "exportProgressBar")->isVisible());
    EXPECT_TRUE(page.exportText().startsWith(QStringLiteral("Exported 3 record(s)")))
        << page.exportText().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 5); // header, three records, the empty rest after the last CRLF
    EXPECT_TRUE(lines[0].startsWith("\xEF\xBB\xBFseq,time_utc,actor")); // BOM, then the header
    EXPECT_TRUE(lines[1].startsWith("3,"));
    EXPECT_TRUE(lines[3].contains("auth.login"));
}

TEST_F(AuditPageTest, CancellingTheFileChoiceExportsNothing) {
    showAndLoad();
    page.setSavePathProvider([] { return QString(); });
    QTest::mouseClick(child<QPushButton>(page, "exportCsvPushButton"), Qt::LeftButton);
    EXPECT_FALSE(controller.exporting());
    EXPECT_TRUE(page.exportText().isEmpty());
}

TEST_F(AuditPageTest, EmptyAndErrorStatesSaySo) {
    server.records.clear();
    showAndLoad();
    EXPECT_EQ(page.statusText(), QStringLiteral("No audit records match these filters."));

    CallError denied;
    denied.kind = CallError::Kind::PermissionDenied;
    denied.permission = QStringLiteral("audit.read");
    denied.message = QStringLiteral("You do not have the permission \"audit.read\" needed for "
                                    "this.");
    server.error = denied;
    QTest::mouseClick(child<QPushButton>(page, "applyFiltersPushButton"), Qt::LeftButton);
    auto* banner = child<ErrorBanner>(page, "auditErrorBanner");
    ASSERT_TRUE(QTest::qWaitFor([&] { return banner->isVisible(); }));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("audit.read")));
    EXPECT_EQ(page.statusText(), QStringLiteral("The audit records could not be loaded."));
}

} // namespace
} // namespace croupier::ui
