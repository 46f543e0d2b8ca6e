#pragma once
// A real in-process server with an audit trail for the audit client and model tests: users
// lead1 (lead: audit.read) and gm1 (gm: no audit.read), an agent serving player.get, three
// invocations by root (one with a comma and quotes in its parameters) and one refused login,
// and `connection` signed in as lead1 with an AuditClient on it. Helpers read the whole trail
// through the client, sign other users in, and edit a row of the live SQLite file to break
// the chain.

#include "ClientTestSupport.h"
#include "OperatorClient.h"
#include "TestEnv.h"
#include "croupier/client/AuditClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"

#include <gtest/gtest.h>
#include <memory>
#include <sqlite3.h>
#include <string>

namespace croupier::testing {

class AuditServerFixture : public ::testing::Test {
protected:
    static nlohmann::json getDescriptor() {
        return {
            {"id", "player.get"},
            {"name", "Get player"},
            {"version", "1.0.0"},
            {"params", {{"type", "object"}, {"properties", {{"player_id", {{"type", "string"}}}}}}},
            {"auth", {{"permission", "player.read"}}}};
    }
    static constexpr const char* kTrickyId = "p,\"3\"";

    void SetUp() override {
        server.addUser("lead1", {"lead"});
        server.addUser("gm1", {"gm"});
        agent = startAgent(server, "worker",
                           {{getDescriptor(), [](const sdk::Context&, const nlohmann::json& p) {
                                 return sdk::Result{{"player_id", p.value("player_id", "")}};
                             }}});
        ASSERT_TRUE(agent);
        OperatorClient root(server.operatorChannel());
        for (const char* id : {"p1", "p2", kTrickyId}) {
            ASSERT_TRUE(root.invoke("player.get", {{"player_id", id}}).ok());
        }
        client::ServerConnection stranger(vault);
        ASSERT_TRUE(stranger.connectTo(profileFor(server.address(), ca)).ok());
        auto refused = signIn(stranger, "gm1", "not-the-password");
        ASSERT_FALSE(refused.ok());
        ASSERT_TRUE(connection.connectTo(profileFor(server.address(), ca)).ok());
        auto lead = signIn(connection, "lead1");
        ASSERT_TRUE(lead.ok()) << lead.error().message.toStdString();
    }

    client::Reply<client::UserInfo> signIn(client::ServerConnection& c, const std::string& user,
                                           std::string password = {}) {
        if (password.empty()) {
            password = TestServer::passwordOf(user);
        }
        return awaitReply<client::UserInfo>([&](client::ReplyCallback<client::UserInfo> cb) {
            c.login(QString::fromStdString(user), QString::fromStdString(password), cb);
        });
    }

    client::Reply<client::AuditPage> page(const client::AuditQuery& q, const QString& token = {},
                                          int size = client::AuditClient::kMaxPageSize) {
        return awaitReply<client::AuditPage>(
            [&](client::ReplyCallback<client::AuditPage> cb) { audit.query(q, token, size, cb); });
    }

    // Every record matching `q`, read with the largest pages.
    QList<client::AuditRecordInfo> everything(const client::AuditQuery& q = {}) {
        QList<client::AuditRecordInfo> all;
        QString token;
        do {
            auto p = page(q, token);
            EXPECT_TRUE(p.ok()) << p.error().message.toStdString();
            if (!p.ok()) {
                break;
            }
            all.append(p->records);
            token = p->nextPageToken;
        } while (!token.isEmpty());
        return all;
    }

    // Changes the stored outcome of record `seq`, so its hash no longer matches.
    void tamper(qint64 seq) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open((server.dataDir() / "croupier.db").c_str(), &db), SQLITE_OK);
        sqlite3_busy_timeout(db, 5000);
        const std::string sql =
            "UPDATE audit_log SET outcome = 'ok-ish' WHERE seq = " + std::to_string(seq);
        EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        EXPECT_EQ(sqlite3_changes(db), 1);
        sqlite3_close(db);
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    client::TokenVault vault{nullptr};
    client::ServerConnection connection{vault};
    client::AuditClient audit{connection};
    std::unique_ptr<sdk::AgentClient> agent;
};

} // namespace croupier::testing
