// The GM's journey end to end: the real ConsoleApp and MainWindow (offscreen) signed in to a
// real croupier-server process with a real demo agent process, driven like a user would.
#include "ConsoleSession.h"

#include "croupier/client/TokenVault.h"
#include "croupier/ui/ConfirmDialog.h"
#include "croupier/ui/InvokePage.h"
#include "croupier/ui/JobPanel.h"
#include "croupier/ui/MainWindow.h"
#include "croupier/ui/ResultView.h"
#include "croupier/ui/SchemaForm.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>


using namespace croupier;
using namespace std::chrono_literals;

namespace {

const std::string kServerBin = CROUPIER_SERVER_BIN;
const std::string kAgentBin = CROUPIER_DEMO_AGENT_BIN;

croupier::testing::ProcessBackend* backend = nullptr; // one server and agent for the whole suite

class ConsoleE2ETest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { backend = new croupier::testing::ProcessBackend(kServerBin, kAgentBin, 400); }
    static void TearDownTestSuite() {
        delete backend;
        backend = nullptr;
    }

    void SetUp() override {
        app = croupier::testing::signInConsole(
            *backend, "admin", QString::fromStdString(backend->adminPassword()));
        // The demo agent's functions are in the catalog and online.
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                auto f = app->catalog().functionById("guild.disband");
                return f && f->available();
            },
            30000))
            << "guild.disband never showed up online: " << backend->agentErrors();
    }

    void TearDown() override { app.reset(); }

    ui::InvokePage& page() const { return *app->window().invokePage(); }

    void open(const QString& functionId) { croupier::testing::openFunction(*app, functionId); }
    void type(const QString& pointer, const QString& text) {
        croupier::testing::typeInto(*app, pointer, text);
    }
    ui::ConfirmDialog* clickRunAndWaitForConfirm() {
        return croupier::testing::clickRunAndWaitForConfirm(*app);
    }
    void confirmByTyping(ui::ConfirmDialog* dialog, const QString& target) {
        croupier::testing::confirmByTyping(dialog, target);
    }

    std::unique_ptr<console::ConsoleApp> app;
};

TEST_F(ConsoleE2ETest, DisbandAGuildAfterTypingItsIdShowsTheResult) {
    open("guild.disband");
    type("/guild_id", "guild_knights");
    type("/reason", "e2e test");
    auto* dialog = clickRunAndWaitForConfirm();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->message().contains("guild_knights")) << dialog->message().toStdString();
    QSignalSpy succeeded(&app->invoke(), &models::InvokeController::succeeded);
    QSignalSpy failed(&app->invoke(), &models::InvokeController::failed);
    confirmByTyping(dialog, "guild_knights");
    ASSERT_TRUE(QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 15000));
    ASSERT_EQ(failed.count(), 0)
        << failed.first().first().value<client::CallError>().code.toStdString() << ": "
        << failed.first().first().value<client::CallError>().message.toStdString() << " / "
        << failed.first().first().value<client::CallError>().serverMessage.toStdString();
    const auto result = succeeded.first().first().value<nlohmann::json>();
    EXPECT_EQ(result.value("guild_id", ""), "guild_knights") << result.dump();
    EXPECT_TRUE(app->window().findChild<ui::ResultView*>()->isVisible());
}

TEST_F(ConsoleE2ETest, BanningAPlayerIsSentForApprovalWithItsId) {
    open("player.ban");
    type("/player_id", "player_1001");
    auto* dialog = clickRunAndWaitForConfirm();
    ASSERT_NE(dialog, nullptr);
    confirmByTyping(dialog, "player_1001");
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page().approvalText().isEmpty(); }, 15000));
    EXPECT_TRUE(page().approvalText().contains("Sent for approval")) <<
        page().approvalText().toStdString();
}

TEST_F(ConsoleE2ETest, AnInvalidValueIsBlockedInlineAndNothingIsSent) {
    open("player.ban");
    type("/player_id", "player_1001");
    auto* duration = page().form()->editorFor("/duration");
    ASSERT_NE(duration, nullptr);
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(duration, "0");
    auto* run = app->window().findChild<QPushButton*>("runPushButton");
    QTest::mouseClick(run, Qt::LeftButton);
    QTest::qWait(200);
    EXPECT_EQ(page().confirmDialog(), nullptr) << "an invalid form never reaches the confirmation";
    auto* error = app->window().findChild<QLabel*>("durationErrorLabel");
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());
}

TEST_F(ConsoleE2ETest, AServerSideErrorIsPinnedToTheFieldItNames) {
    open("player.get");
    type("/player_id", "nobody_here");
    auto* dialog = clickRunAndWaitForConfirm();
    ASSERT_NE(dialog, nullptr);
    QSignalSpy failed(&app->invoke(), &models::InvokeController::failed);
    QTest::mouseClick(dialog->findChild<QPushButton*>("confirmPushButton"), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(15000));
    auto* label = app->window().findChild<QLabel*>("player_idErrorLabel");
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] { return label->isVisible(); }, 2000))
        << "the agent's PLAYER_NOT_FOUND names player_id in its details";
    EXPECT_FALSE(label->text().isEmpty());
}

TEST_F(ConsoleE2ETest, ALongJobShowsProgressAndCanBeCancelled) {
    open("player.export");
    auto* asJob = app->window().findChild<QCheckBox*>("runAsJobCheckBox");
    ASSERT_NE(asJob, nullptr);
    EXPECT_TRUE(asJob->isChecked()) << "player.export runs up to 10 min: a job by default";
    QSignalSpy started(&app->invoke(), &models::InvokeController::jobStarted);
    auto* dialog = clickRunAndWaitForConfirm();
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(dialog->findChild<QPushButton*>("confirmPushButton"), Qt::LeftButton);
    ASSERT_TRUE(started.wait(15000));
    const QString jobId = started.first().first().toString();
    ui::JobPanel* panel = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            panel = app->window().jobPanel(jobId);
            return panel && panel->progressPercent() > 0;
        },
        20000));
    auto* cancel = panel->findChild<QPushButton*>("cancelJobPushButton");
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_TRUE(panel->isCancelling());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel->isCancelling(); }, 20000));
    EXPECT_EQ(panel->statusText(), ui::JobPanel::statusName(client::JobStatus::Canceled));
}

} // namespace
