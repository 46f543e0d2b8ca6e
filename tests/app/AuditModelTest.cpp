// AuditModel, AuditController and AuditCsv against a real in-process server: the paged table
// (checked by QAbstractItemModelTester) reaches every record exactly once through fetchMore
// with small pages, never asks for two pages at once, drops the answer of a query the user
// has replaced, and reports a permission error; verification words the verdict and loads the
// first broken record; the CSV export writes every filtered record (RFC 4180 quoting, UTF-8,
// compact JSON params), reports progress, and leaves no file when it cannot write.
#include "croupier/models/AuditModel.h"

#include "AuditServerFixture.h"
#include "croupier/models/AuditController.h"
#include "croupier/models/AuditCsv.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace croupier::client;
using croupier::models::AuditController;
using croupier::models::AuditCsv;
using croupier::models::AuditModel;
using croupier::models::AuditSource;
using croupier::testing::AuditServerFixture;

namespace {

// RFC 4180 parsing for the assertions: rows of fields.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == '\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

class AuditModelTest : public AuditServerFixture {
protected:
    // A source over the client that counts page requests.
    AuditSource countingSource() {
        AuditSource s = AuditSource::from(audit);
        auto inner = s.query;
        s.query = [this, inner](const AuditQuery& q, const QString& token, int size,
                                ReplyCallback<AuditPage> done) {
            ++requests;
            inner(q, token, size, std::move(done));
        };
        return s;
    }
    bool settle(const AuditModel& m) {
        return QTest::qWaitFor([&] { return !m.loading(); }, 20000);
    }

    int requests = 0;
};

TEST_F(AuditModelTest, FetchMoreWithSmallPagesReachesEveryRecordExactlyOnce) {
    AuditModel model(countingSource());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(2);
    model.setQuery({});
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), 2);
    const qint64 newest = model.index(0, 0).data(AuditModel::SeqRole).toLongLong();
    int rounds = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ASSERT_TRUE(settle(model));
        ASSERT_LT(++rounds, 500);
    }
    // The server appends audit records asynchronously: any that land while the test runs are
    // newer than the first page and not part of this listing.
    auto all = everything();
    all.removeIf([&](const AuditRecordInfo& r) { return r.seq > newest; });
    EXPECT_TRUE(model.atEnd());
    EXPECT_FALSE(model.error().has_value());
    ASSERT_EQ(model.rowCount(), all.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.index(row, 0).data(AuditModel::SeqRole).toLongLong(), all[row].seq);
    }
    EXPECT_EQ(requests, (all.size() + 1) / 2) << "one request per page of two";
}

TEST_F(AuditModelTest, ColumnsShowWhatAUserReads) {
    AuditModel model(AuditSource::from(audit));
    AuditQuery q;
    q.action = QStringLiteral("function.invoke");
    model.setQuery(q);
    ASSERT_TRUE(settle(model));
    ASSERT_EQ(model.rowCount(), 3);
    auto cell = [&](int column) {
        return model.index(0, column).data().toString();
    };
    EXPECT_EQ(cell(AuditModel::ActorColumn), "root");
    EXPECT_EQ(cell(AuditModel::ActionColumn), "function.invoke");
    EXPECT_EQ(cell(AuditModel::FunctionColumn), "player.get");
    EXPECT_EQ(cell(AuditModel::ScopeColumn), "game/dev");
    EXPECT_EQ(cell(AuditModel::OutcomeColumn), "ok");
    const auto record = model.index(0, 0).data(AuditModel::RecordRole).value<AuditRecordInfo>();
    EXPECT_EQ(record.params, nlohmann::json({{"player_id", kTrickyId}}));
    EXPECT_EQ(cell(AuditModel::TimeColumn), AuditModel::timeText(record.timestampMs));
    EXPECT_EQ(model.headerData(AuditModel::OutcomeColumn, Qt::Horizontal).toString(), "Outcome");
}

TEST_F(AuditModelTest, NeverTwoPagesAtOnce) {
    AuditModel model(countingSource());
    model.setPageSize(2);
    model.setQuery({});
    ASSERT_TRUE(settle(model));
    ASSERT_TRUE(model.canFetchMore({}));
    const int before = requests;
    model.fetchMore({});
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(requests, before + 1);
    ASSERT_TRUE(settle(model));
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(AuditModelTest, TheAnswerToAReplacedQueryIsDropped) {
    AuditModel model(AuditSource::from(audit));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy pages(&model, &AuditModel::pageLoaded);
    AuditQuery logins;
    logins.action = QStringLiteral("auth.");
    AuditQuery invokes;
    invokes.action = QStringLiteral("function.invoke");
    model.setQuery(logins);
    model.setQuery(invokes); // the logins page is still on its way
    ASSERT_TRUE(settle(model));
    QTest::qWait(200); // let the older answer arrive too
    EXPECT_EQ(pages.count(), 1);
    ASSERT_EQ(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.index(row, AuditModel::ActionColumn).data().toString(), "function.invoke");
    }
}

TEST_F(AuditModelTest, APermissionErrorIsReportedAndStopsFetching) {
    ServerConnection gm(vault);
    ASSERT_TRUE(gm.connectTo(croupier::testing::profileFor(server.address(), ca)).ok());
    ASSERT_TRUE(signIn(gm, "gm1").ok());
    AuditClient gmAudit(gm);
    AuditModel model(AuditSource::from(gmAudit));
    QSignalSpy failed(&model, &AuditModel::failed);
    model.setQuery({});
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(model.error().has_value());
    EXPECT_EQ(model.error()->kind, CallError::Kind::PermissionDenied);
    EXPECT_TRUE(model.error()->message.contains(QStringLiteral("audit.read")));
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_FALSE(model.atEnd());
}

TEST_F(AuditModelTest, VerifyWordsTheVerdictAndLoadsTheFirstBrokenRecord) {
    AuditModel model(AuditSource::from(audit));
    AuditController controller(AuditSource::from(audit), model);
    QSignalSpy finished(&controller, &AuditController::verifyFinished);
    controller.verifyChain();
    EXPECT_TRUE(controller.verifying());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(controller.verifyText().startsWith(QStringLiteral("The audit chain is intact")))
        << controller.verifyText().toStdString();

    tamper(4);
    QSignalSpy broken(&controller, &AuditController::brokenRecordLoaded);
    controller.verifyChain();
    ASSERT_TRUE(broken.wait(20000));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(controller.verifyText().contains(QStringLiteral("#4")))
        << controller.verifyText().toStdString();
    ASSERT_TRUE(controller.brokenRecord().has_value());
    EXPECT_EQ(controller.brokenRecord()->seq, 4);
    EXPECT_EQ(controller.brokenRecord()->outcome, "ok-ish");
}

TEST_F(AuditModelTest, ExportWritesEveryFilteredRecordAsCsv) {
    AuditModel model(AuditSource::from(audit));
    AuditQuery q;
    q.functionId = QStringLiteral("player.get");
    model.setQuery(q);
    ASSERT_TRUE(settle(model));
    const auto expected = everything(q);
    ASSERT_GE(expected.size(), 3);
    AuditController controller(AuditSource::from(audit), model);
    controller.setExportPageSize(2); // several pages
    QSignalSpy progress(&controller, &AuditController::exportProgress);
    QSignalSpy finished(&controller, &AuditController::exportFinished);
    const QString path = QString::fromStdString((dir.path() / "audit.csv").string());
    controller.exportCsv(path);
    EXPECT_TRUE(controller.exporting());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << controller.exportText().toStdString();
    EXPECT_FALSE(controller.exporting());
    EXPECT_EQ(controller.exportedCount(), expected.size());
    EXPECT_TRUE(controller.exportText().contains(QString::number(expected.size())));
    EXPECT_GE(progress.count(), 3);
    EXPECT_EQ(progress.last().at(0).toInt(), expected.size());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no UTF-8 BOM for spreadsheet apps";
    const auto rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    ASSERT_EQ(rows.size(), expected.size() + 1);
    EXPECT_EQ(rows[0].first(), "seq");
    EXPECT_EQ(rows[0].size(), 17);
    const int paramsColumn = rows[0].indexOf(QStringLiteral("params"));
    const int hashColumn = rows[0].indexOf(QStringLiteral("hash"));
    for (int i = 0; i < expected.size(); ++i) {
        ASSERT_EQ(rows[i + 1].size(), 17) << "row " << i;
        EXPECT_EQ(rows[i + 1][0].toLongLong(), expected[i].seq);
        EXPECT_EQ(rows[i + 1][hashColumn], expected[i].hash);
    }
    const QString trickyParams = QStringLiteral("{\"player_id\":\"p,\\\"3\\\"\"}");
    bool found = false;
    for (const auto& row : rows) {
        found = found || row[paramsColumn] == trickyParams;
    }
    EXPECT_TRUE(found) << "compact JSON params, quoted and unquoted again";
}

TEST_F(AuditModelTest, AnExportThatCannotWriteSaysSoAndLeavesNoFile) {
    AuditModel model(AuditSource::from(audit));
    AuditController controller(AuditSource::from(audit), model);
    QSignalSpy finished(&controller, &AuditController::exportFinished);
    const QString path = QString::fromStdString((dir.path() / "missing" / "audit.csv").string());
    controller.exportCsv(path);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(controller.exportText().contains(path)) << controller.exportText().toStdString();
    EXPECT_FALSE(controller.exporting());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(AuditModelTest, AFailedExportLeavesAnEarlierFileAsItWas) {
    ServerConnection gm(vault);
    ASSERT_TRUE(gm.connectTo(croupier::testing::profileFor(server.address(), ca)).ok());
    ASSERT_TRUE(signIn(gm, "gm1").ok());
    AuditClient gmAudit(gm);
    AuditModel model(AuditSource::from(gmAudit));
    AuditController controller(AuditSource::from(gmAudit), model);
    const QString path = QString::fromStdString((dir.path() / "old.csv").string());
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("keep me");
    }
    QSignalSpy finished(&controller, &AuditController::exportFinished);
    controller.exportCsv(path);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(controller.exportText().contains(QStringLiteral("audit.read")))
        << controller.exportText().toStdString();
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), "keep me");
}

TEST(AuditCsvTest, QuotesOnlyFieldsThatNeedIt) {
    EXPECT_EQ(AuditCsv::field(QStringLiteral("plain")), "plain");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("a,b")), "\"a,b\"");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("say \"hi\"")), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("two\nlines")), "\"two\nlines\"");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("cr\r")), "\"cr\r\"");
    EXPECT_EQ(AuditCsv::field(QString()), "");
}

TEST(AuditCsvTest, AFieldASpreadsheetWouldRunAsAFormulaIsDefused) {
    EXPECT_EQ(AuditCsv::field(QStringLiteral("=HYPERLINK(\"http://x\")")),
              "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("+1+cmd")), "'+1+cmd");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("@SUM(A1)")), "'@SUM(A1)");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("-x")), "'-x");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("\tx")), "'\tx");
    // Numbers stay numbers; a sign or @ elsewhere is harmless.
    EXPECT_EQ(AuditCsv::field(QStringLiteral("-12")), "-12");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("+3.5")), "+3.5");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("gm1@example.com")), "gm1@example.com");
    EXPECT_EQ(AuditCsv::field(QStringLiteral("a=b")), "a=b");
}

TEST(AuditCsvTest, ALineHoldsEveryFieldInUtf8) {
    AuditRecordInfo r;
    r.seq = 42;
    r.timestampMs = 1'800'000'000'123;
    r.actor = QStringLiteral("领队");
    r.actorKind = QStringLiteral("user");
    r.action = QStringLiteral("approval.approve");
    r.gameId = QStringLiteral("game");
    r.env = QStringLiteral("prod");
    r.functionId = QStringLiteral("player.ban");
    r.target = QStringLiteral("ap_1");
    r.params = {{"player_id", "p1"}, {"password", "***"}};
    r.outcome = QStringLiteral("ok");
    r.message = QStringLiteral("first line\nsecond, \"quoted\"");
    r.durationMs = 12;
    r.peer = QStringLiteral("ipv4:127.0.0.1:5000");
    r.details = {{QStringLiteral("comment"), QStringLiteral("好")}};
    r.prevHash = QStringLiteral("aa");
    r.hash = QStringLiteral("bb");
    const QByteArray line = AuditCsv::line(r);
    EXPECT_TRUE(line.endsWith("\r\n"));
    const auto rows = parseCsv(QString::fromUtf8(AuditCsv::headerLine() + line));
    ASSERT_EQ(rows.size(), 2);
    ASSERT_EQ(rows[1].size(), rows[0].size());
    QMap<QString, QString> f;
    for (int i = 0; i < rows[0].size(); ++i) {
        f[rows[0][i]] = rows[1][i];
    }
    EXPECT_EQ(f["seq"], "42");
    EXPECT_EQ(f["time_utc"], "2027-01-15T08:00:00.123Z");
    EXPECT_EQ(f["actor"], "领队");
    EXPECT_EQ(f["message"], "first line\nsecond, \"quoted\"");
    EXPECT_EQ(f["params"], "{\"password\":\"***\",\"player_id\":\"p1\"}");
    EXPECT_EQ(f["details"], "{\"comment\":\"好\"}");
    EXPECT_EQ(f["duration_ms"], "12");
    EXPECT_EQ(f["prev_hash"], "aa");
    EXPECT_EQ(f["hash"], "bb");
}

} // namespace
