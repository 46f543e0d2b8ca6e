#pragma once
// Shared by ApprovalsClientTest and ApprovalsModelTest: an in-process server with the users gm,
// lead1 and lead2 and an agent serving player.ban (approval threshold 2; its "reason" marked
// sensitive), and one signed-in console session per user (connection, functions, approvals).
// GUI thread (the test's).

#include "ClientTestSupport.h"
#include "TestEnv.h"
#include "croupier/client/ApprovalsClient.h"
#include "croupier/client/FunctionsClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <QTest>
#include <gtest/gtest.h>
#include <memory>

namespace croupier::testing {

// The seed's player.ban (threshold 2, high risk, a risk warning) with "reason" sensitive.
inline nlohmann::json approvalBanDescriptor() {
    nlohmann::json d = seedBanDescriptor();
    d["ui"]["sensitive"] = nlohmann::json::array({"reason"});
    d["semantics"].erase("rate_limit");
    return d;
}

// One user's console: connected (through `address`) and signed in.
struct ApprovalSession {
    ApprovalSession(const std::string& address, const std::filesystem::path& ca,
                    const QString& username) {
        EXPECT_TRUE(connection.connectTo(profileFor(address, ca)).ok());
        auto user = awaitReply<client::UserInfo>([&](client::ReplyCallback<client::UserInfo> cb) {
            connection.login(username,
                             QString::fromStdString(TestServer::passwordOf(username.toStdString())),
                             cb);
        });
        EXPECT_TRUE(user.ok()) << user.error().message.toStdString();
        approvals.setReconnectBackoff(std::chrono::milliseconds(50),
                                      std::chrono::milliseconds(400));
        functions.setReconnectBackoff(std::chrono::milliseconds(50),
                                      std::chrono::milliseconds(400));
    }

    // Requests player.ban for `playerId`; the approval's id (empty, and a failure, otherwise).
    QString requestBan(const QString& playerId) {
        client::InvokeRequest r;
        r.scope = {QStringLiteral("game"), QStringLiteral("dev")};
        r.functionId = QStringLiteral("player.ban");
        r.payload = {{"player_id", playerId.toStdString()}, {"duration", 24}, {"reason", "cheat"}};
        std::optional<client::InvokeOutcome> out;
        functions.invoke(r, [&](client::InvokeOutcome o) { out = std::move(o); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return out.has_value(); }, 20000));
        if (!out || out->kind != client::InvokeOutcome::Kind::Approval) {
            ADD_FAILURE() << "not sent for approval: "
                          << (out ? out->error.message.toStdString() : std::string("no answer"));
            return {};
        }
        return out->approvalId;
    }

    client::TokenVault vault{nullptr};
    client::ServerConnection connection{vault};
    client::FunctionsClient functions{connection};
    client::ApprovalsClient approvals{connection};
};

// The server, the ban agent and the CA file the sessions trust.
struct ApprovalWorld {
    ApprovalWorld() {
        server.addUser("gm", {"gm"});
        server.addUser("lead1", {"lead"});
        server.addUser("lead2", {"lead"});
        agent =
            startAgent(server, "banner",
                       {{approvalBanDescriptor(), [](const sdk::Context&, const nlohmann::json&) {
                             return sdk::Result{{"success", true}, {"ban_id", "b-1"}};
                         }}});
    }
    std::unique_ptr<ApprovalSession> session(const QString& username) {
        return std::make_unique<ApprovalSession>(server.address(), ca, username);
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    std::unique_ptr<sdk::AgentClient> agent;
};

} // namespace croupier::testing
