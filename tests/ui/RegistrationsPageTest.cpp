// The Registrations page driven like a user would: the agents and functions tables with their
// counts, search and status filter, the details of the selected row, the live / reconnecting
// state, and the kill switch: disabled with the reason without assignment.write, otherwise a
// non-modal confirmation with a reason, and a clear message when the change fails.
// No server: the page's controller is fed directly; its client has no connection, so a switch
// request fails the way an unreachable server would.
#include "croupier/ui/RegistrationsPage.h"

#include "croupier/client/RegistryClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"
#include "croupier/models/RegistrationsFilterModel.h"
#include "croupier/ui/ErrorBanner.h"
#include "croupier/ui/KillSwitchDialog.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using client::AgentInfo;
using client::AgentStatus;
using client::FunctionRegistrationInfo;
using models::AgentsModel;

constexpr qint64 kNow = 1'800'000'000'000;

AgentInfo agent(const QString& id, AgentStatus status, qint64 ageMs, const QString& region) {
    AgentInfo a;
    a.agentId = id;
    a.gameId = QStringLiteral("game");
    a.env = QStringLiteral("dev");
    a.version = QStringLiteral("2.1.0");
    a.addr = QStringLiteral("10.0.3.%1:7000").arg(id.size());
    a.labels = {{QStringLiteral("region"), region}, {QStringLiteral("shard"), QStringLiteral("3")}};
    a.functions = {QStringLiteral("item.grant"), QStringLiteral("player.ban")};
    a.heartbeatStatus = {{QStringLiteral("players"), QStringLiteral("812")}};
    a.lastHeartbeatMs = kNow - ageMs;
    a.registeredAtMs = kNow - 3'600'000;
    a.status = status;
    a.revision = 10;
    return a;
}

FunctionRegistrationInfo function(const QString& id, QStringList agents, bool enabled) {
    FunctionRegistrationInfo f;
    f.functionId = id;
    f.gameId = QStringLiteral("game");
    f.env = QStringLiteral("dev");
    f.version = QStringLiteral("1.4.0");
    f.agentIds = std::move(agents);
    f.enabled = enabled;
    f.revision = 10;
    return f;
}

client::UserInfo user(const QStringList& permissions) {
    client::UserInfo u;
    u.username = QStringLiteral("ops1");
    u.permissions = permissions;
    return u;
}

class RegistrationsPageTest : public ::testing::Test {
protected:
    void SetUp() override {
        controller.agents()->setTickInterval(0);
        controller.agents()->setSnapshot(
            {agent("gs-eu-1", AgentStatus::Online, 2'000, "eu-west"),
             agent("gs-eu-2", AgentStatus::Online, 40'000, "eu-west"),
             agent("gs-us-1", AgentStatus::Connecting, 5'000, "us-east"),
             agent("gs-us-2", AgentStatus::Offline, 7'200'000, "us-east")});
        controller.functions()->setSnapshot(
            {function("player.ban", {"gs-eu-1", "gs-eu-2", "gs-us-1"}, true),
             function("item.grant", {"gs-us-2"}, true), function("mail.send", {"gs-eu-1"}, false)});
        page.resize(1000, 640);
        page.show();
    }

    QTableView* table() const {
        return page.view() == RegistrationsPage::View::Agents ? page.agentsView()
                                                              : page.functionsView();
    }

    client::TokenVault vault{nullptr};
    client::ServerConnection connection{vault};
    client::RegistryClient registry{connection};
    models::RegistrationsController controller{registry, nullptr, [] {
                                                   return kNow;
                                               }};
    RegistrationsPage page{controller};
};

} // namespace

TEST_F(RegistrationsPageTest, ShowsAgentsThenFunctionsWithCountsAndLiveHeartbeatAges) {
    auto* agentsButton = child<QToolButton>(page, "agentsToolButton");
    auto* functionsButton = child<QToolButton>(page, "functionsToolButton");
    EXPECT_EQ(agentsButton->text(), "&Agents (4)");
    EXPECT_EQ(functionsButton->text(), "&Functions (3)");
    ASSERT_EQ(page.agentsView()->model()->rowCount(), 4);
    EXPECT_TRUE(page.agentsView()->isVisible());
    EXPECT_TRUE(page.agentsView()->isSortingEnabled());
    // gs-eu-2 heartbeated 40 s ago: past the 10 s threshold, so stale.
    const int row = controller.agents()->rowOf("gs-eu-2");
    EXPECT_EQ(controller.agents()->index(row, AgentsModel::StatusColumn).data().toString(),
              "Stale");
    EXPECT_EQ(controller.agents()->index(row, AgentsModel::HeartbeatColumn).data().toString(),
              "40 s ago");

    QTest::mouseClick(functionsButton, Qt::LeftButton);
    EXPECT_EQ(page.view(), RegistrationsPage::View::Functions);
    EXPECT_TRUE(page.functionsView()->isVisible());
    EXPECT_FALSE(page.agentsView()->isVisible());
    ASSERT_TRUE(page.selectFunction("game/dev/player.ban"));
    EXPECT_TRUE(page.detailsText().contains("gs-us-1 (Connecting)"))
        << page.detailsText().toStdString();
}

TEST_F(RegistrationsPageTest, SearchAndStatusFilterNarrowTheTable) {
    auto* search = child<QLineEdit>(page, "searchLineEdit");
    QTest::keyClicks(search, "us-east");
    EXPECT_EQ(page.agentsView()->model()->rowCount(), 2);
    EXPECT_EQ(child<QToolButton>(page, "agentsToolButton")->text(), "&Agents (2 of 4)");
    auto* status = child<QComboBox>(page, "statusFilterComboBox");
    const int offline = status->findData(static_cast<int>(AgentsModel::Status::Offline));
    ASSERT_GE(offline, 0);
    status->setCurrentIndex(offline);
    emit status->activated(offline);
    ASSERT_EQ(page.agentsView()->model()->rowCount(), 1);
    EXPECT_EQ(page.agentsView()->model()->index(0, AgentsModel::AgentColumn).data().toString(),
              "gs-us-2");

    search->clear();
    page.setView(RegistrationsPage::View::Functions); // its own status filter: all
    EXPECT_EQ(status->currentData().toInt(), -1);
    EXPECT_EQ(page.functionsView()->model()->rowCount(), 3);
}

TEST_F(RegistrationsPageTest, TheSelectedAgentShowsItsLabelsAndHeartbeatStatus) {
    ASSERT_TRUE(page.selectAgent("gs-eu-1"));
    const QString details = page.detailsText();
    EXPECT_TRUE(details.contains("region=eu-west")) << details.toStdString();
    EXPECT_TRUE(details.contains("players=812")) << details.toStdString();
    EXPECT_TRUE(details.contains("2 s ago")) << details.toStdString();
    auto* function = child<QComboBox>(page, "switchFunctionComboBox");
    EXPECT_EQ(function->count(), 2); // the agent's functions
    EXPECT_EQ(child<QComboBox>(page, "switchTargetComboBox")->currentData().toString(), "gs-eu-1");

    auto updated = agent("gs-eu-1", AgentStatus::Online, 0, "eu-north");
    updated.revision = 11;
    controller.agents()->applyAgent(updated); // live: the details follow
    EXPECT_TRUE(page.detailsText().contains("region=eu-north")) << page.detailsText().toStdString();
}

TEST_F(RegistrationsPageTest, WithoutPermissionTheSwitchIsDisabledWithTheReason) {
    controller.setUser(user({"registry.read", "function.read"}));
    ASSERT_TRUE(page.selectFunction("game/dev/player.ban"));
    auto* disable = child<QPushButton>(page, "disablePushButton");
    auto* enable = child<QPushButton>(page, "enablePushButton");
    EXPECT_FALSE(disable->isEnabled());
    EXPECT_FALSE(enable->isEnabled());
    EXPECT_TRUE(disable->toolTip().contains("assignment.write"))
        << disable->toolTip().toStdString();
    page.requestSwitch(false); // even when asked directly, the controller refuses
    if (auto* dialog = page.killSwitchDialog()) {
        dialog->accept();
    }
    auto* error = child<ErrorBanner>(page, "switchErrorBanner");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains("assignment.write")) << error->text().toStdString();
}

TEST_F(RegistrationsPageTest, DisablingAsksForConfirmationAndReportsAFailure) {
    controller.setUser(user({"assignment.write", "registry.read"}));
    ASSERT_TRUE(page.selectFunction("game/dev/player.ban"));
    auto* target = child<QComboBox>(page, "switchTargetComboBox");
    ASSERT_EQ(target->count(), 4); // every agent, then each of the three
    target->setCurrentIndex(2);
    auto* disable = child<QPushButton>(page, "disablePushButton");
    ASSERT_TRUE(disable->isEnabled());
    QTest::mouseClick(disable, Qt::LeftButton);

    KillSwitchDialog* dialog = page.killSwitchDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->question(), "Disable player.ban on agent gs-eu-2?");
    EXPECT_FALSE(disable->isEnabled()); // one confirmation at a time
    QTest::keyClicks(child<QLineEdit>(*dialog, "reasonLineEdit"), "  dupes item  ");
    EXPECT_EQ(dialog->reason(), "dupes item");
    QTest::mouseClick(child<QPushButton>(*dialog, "confirmPushButton"), Qt::LeftButton);

    auto* error = child<ErrorBanner>(page, "switchErrorBanner");
    ASSERT_TRUE(QTest::qWaitFor([&] { return error->isVisible(); }, 5000));
    EXPECT_FALSE(error->text().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.killSwitchDialog() == nullptr; }, 2000));
    EXPECT_TRUE(disable->isEnabled());
}

TEST_F(RegistrationsPageTest, CancellingTheConfirmationChangesNothing) {
    controller.setUser(user({"*"}));
    ASSERT_TRUE(page.selectAgent("gs-eu-1"));
    QTest::mouseClick(child<QPushButton>(page, "enablePushButton"), Qt::LeftButton);
    KillSwitchDialog* dialog = page.killSwitchDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->question(), "Enable item.grant on agent gs-eu-1?");
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([&] { return page.killSwitchDialog() == nullptr; }, 2000));
    EXPECT_FALSE(child<ErrorBanner>(page, "switchErrorBanner")->isVisible());
    EXPECT_FALSE(controller.busy());
}

TEST_F(RegistrationsPageTest, ShowsWhetherTheViewIsLive) {
    EXPECT_TRUE(page.linkText().contains("Not watching")) << page.linkText().toStdString();
    controller.setScope({QStringLiteral("game"), QStringLiteral("dev")}); // no server to reach
    EXPECT_TRUE(page.linkText().contains("Reconnecting…")) << page.linkText().toStdString();
    EXPECT_EQ(controller.agents()->rowCount(), 0); // a new scope starts empty

    if (const QByteArray dir = qgetenv("CROUPIER_SCREENSHOT_DIR"); !dir.isEmpty()) {
        SetUp();
        page.selectAgent("gs-eu-1");
        page.grab().save(QString::fromLocal8Bit(dir) + "/registrations-agents.png");
        page.selectFunction("game/dev/player.ban");
        page.grab().save(QString::fromLocal8Bit(dir) + "/registrations-functions.png");
    }
}

} // namespace croupier::ui
