// The demo game's handlers called directly, as the agent would call them.

#include "CallState.h"
#include "DemoFunctions.h"
#include "FakeGame.h"

#include <gtest/gtest.h>
#include <thread>

namespace {

using croupier::demo::DemoFunctions;
using croupier::demo::FakeGame;
using croupier::sdk::Context;
using croupier::sdk::Result;
using croupier::sdk::detail::CallInfo;
using croupier::sdk::detail::CallState;
using croupier::sdk::detail::JobEventKind;
using nlohmann::json;

class DemoGameTest : public ::testing::Test {
protected:
    DemoGameTest()
        : m_game(m_clock)
        , m_functions(m_game, std::chrono::milliseconds(0)) {}

    Result call(const std::string& id, const json& params) {
        auto handler = m_functions.handlerFor(id);
        EXPECT_TRUE(handler) << id;
        CallInfo info;
        info.functionId = id;
        return handler(Context(std::make_shared<CallState>(info)), params);
    }

    croupier::core::FakeClock m_clock;
    FakeGame m_game;
    DemoFunctions m_functions;
};

TEST_F(DemoGameTest, EveryDemoFunctionHasAHandler) {
    const std::vector<std::string> expected{
        "guild.disband", "item.grant",  "mail.send",       "player.ban",   "player.export",
        "player.get",    "player.list", "player.register", "player.unban", "server.broadcast"};
    EXPECT_EQ(m_functions.ids(), expected);
    EXPECT_FALSE(m_functions.handlerFor("player.delete"));
}

TEST_F(DemoGameTest, GetReturnsASeededPlayerWithAChineseName) {
    const Result r = call("player.get", {{"player_id", "player_123"}});
    ASSERT_TRUE(r.IsOk()) << r.ErrorMessage();
    EXPECT_EQ(r.Data()["name"], "李逍遥");
    EXPECT_EQ(r.Data()["guild_id"], "guild_xiaoyao");
    EXPECT_EQ(r.Data()["banned"], false);
}

TEST_F(DemoGameTest, AnUnknownPlayerIsPlayerNotFoundInTheSeedsShape) {
    const Result r = call("player.ban", {{"player_id", "nobody"}, {"duration", 1}});
    ASSERT_TRUE(r.IsError());
    EXPECT_EQ(r.ErrorCode(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(r.ErrorMessage(), "玩家不存在");
    EXPECT_EQ(r.ErrorDetails(), (json{{"player_id", "nobody"}}));
    EXPECT_EQ(r.ToJson()["success"], false);
}

TEST_F(DemoGameTest, BanThenUnban) {
    const Result ban =
        call("player.ban", {{"player_id", "player_1001"}, {"duration", 48}, {"reason", "作弊"}});
    ASSERT_TRUE(ban.IsOk());
    EXPECT_EQ(ban.Data()["success"], true);
    EXPECT_EQ(ban.Data()["ban_id"].get<std::string>().rfind("ban_", 0), 0U);
    // The fake clock starts at 2027-01-15T08:00:00Z; 48 hours later.
    EXPECT_EQ(ban.Data()["expires_at"], "2027-01-17T08:00:00Z");
    EXPECT_EQ(call("player.get", {{"player_id", "player_1001"}}).Data()["banned"], true);

    const Result unban = call("player.unban", {{"player_id", "player_1001"}});
    ASSERT_TRUE(unban.IsOk());
    EXPECT_EQ(unban.Data()["ban_id"], ban.Data()["ban_id"]);
    EXPECT_EQ(call("player.unban", {{"player_id", "player_1001"}}).ErrorCode(),
              "PLAYER_NOT_BANNED");
}

TEST_F(DemoGameTest, RegisterCreatesAPlayerAndRefusesATakenName) {
    const Result r = call("player.register", {{"name", "新玩家"}, {"level", 3}});
    ASSERT_TRUE(r.IsOk());
    const std::string id = r.Data()["player_id"];
    EXPECT_EQ(call("player.get", {{"player_id", id}}).Data()["level"], 3);
    EXPECT_EQ(call("player.register", {{"name", "新玩家"}}).ErrorCode(), "PLAYER_NAME_TAKEN");
}

TEST_F(DemoGameTest, ListFiltersAndPages) {
    const Result all = call("player.list", json::object());
    EXPECT_EQ(all.Data()["total"], m_game.playerCount());
    const Result banned = call("player.list", {{"banned_only", true}});
    ASSERT_EQ(banned.Data()["total"], 1);
    EXPECT_EQ(banned.Data()["players"][0]["name"], "拜月教主");
    const Result page = call("player.list", {{"offset", 2}, {"limit", 3}});
    EXPECT_EQ(page.Data()["players"].size(), 3U);
    EXPECT_EQ(call("player.list", {{"name_contains", "灵儿"}}).Data()["total"], 1);
}

TEST_F(DemoGameTest, GrantAddsToTheInventory) {
    const Result first =
        call("item.grant", {{"player_id", "player_1005"}, {"item", "diamond"}, {"count", 10}});
    const Result second =
        call("item.grant", {{"player_id", "player_1005"}, {"item", "diamond"}, {"count", 5}});
    EXPECT_EQ(first.Data()["total"], 10);
    EXPECT_EQ(second.Data()["total"], 15);
    const Result nuke =
        call("item.grant", {{"player_id", "player_1005"}, {"item", "nuke"}, {"count", 1}});
    EXPECT_EQ(nuke.ErrorCode(), "INVALID_ARGUMENT");
    EXPECT_EQ(nuke.ErrorDetails()["pointer"], json::array({"/item"}))
        << "the details name the field to fix";
    const Result none =
        call("item.grant", {{"player_id", "player_1005"}, {"item", "gold"}, {"count", 0}});
    EXPECT_EQ(none.ErrorDetails()["pointer"], json::array({"/count"}));
}

TEST_F(DemoGameTest, MailWithAttachmentsLandsInTheMailbox) {
    const Result r = call(
        "mail.send", {{"player_id", "player_1002"},
                      {"title", "补偿"},
                      {"body", "维护补偿"},
                      {"attachments",
                       {{{"item", "gold"}, {"count", 100}}, {{"item", "potion_hp"}, {"count", 5}}}},
                      {"send_at", "2027-02-01T00:00:00Z"}});
    ASSERT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data()["scheduled"], true);
    EXPECT_EQ(r.Data()["attachments"], 2);
    EXPECT_EQ(call("player.get", {{"player_id", "player_1002"}}).Data()["mail_count"], 1);
}

TEST_F(DemoGameTest, DisbandReleasesMembersOnce) {
    const Result r = call("guild.disband", {{"guild_id", "guild_shushan"}, {"reason", "测试"}});
    ASSERT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data()["members_released"], 3);
    EXPECT_EQ(call("player.get", {{"player_id", "player_1002"}}).Data()["guild_id"], "");
    const Result again = call("guild.disband", {{"guild_id", "guild_shushan"}, {"reason", "x"}});
    EXPECT_EQ(again.ErrorCode(), "GUILD_NOT_FOUND");
    EXPECT_EQ(again.ErrorDetails(), (json{{"guild_id", "guild_shushan"}}))
        << "the details name the field, so the console pins the error to it";
}

TEST_F(DemoGameTest, BroadcastSkipsBannedPlayers) {
    const Result r = call("server.broadcast", {{"message", "服务器将在 10 分钟后维护"}});
    EXPECT_EQ(r.Data()["delivered"], m_game.playerCount() - 1);
    EXPECT_EQ(r.Data()["channel"], "system");
}

struct JobRecorder {
    std::vector<std::pair<JobEventKind, double>> events;
    CallState::Emitter emitter() {
        return [this](JobEventKind k, double p, std::string) {
            events.emplace_back(k, p);
        };
    }
};

CallInfo exportInfo() {
    CallInfo info;
    info.functionId = "player.export";
    info.jobId = "job_1";
    return info;
}

TEST_F(DemoGameTest, ExportReportsRealProgressAndReturnsEveryPlayer) {
    JobRecorder recorder;
    const Context ctx(std::make_shared<CallState>(exportInfo(), recorder.emitter()));
    const Result r = m_game.exportPlayers(ctx, {{"format", "csv"}}, std::chrono::milliseconds(0));
    ASSERT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data()["count"], m_game.playerCount());
    const std::string csv = r.Data()["content"];
    EXPECT_NE(csv.find("player_123,李逍遥,58"), std::string::npos);
    EXPECT_NE(csv.find("\"Charlie, Jr.\""), std::string::npos); // quoted
    double last = 0;
    int progress = 0;
    int logs = 0;
    for (const auto& [kind, value] : recorder.events) {
        if (kind == JobEventKind::Progress) {
            EXPECT_GE(value, last);
            last = value;
            ++progress;
        } else {
            ++logs;
        }
    }
    EXPECT_GE(progress, static_cast<int>(m_game.playerCount()));
    EXPECT_DOUBLE_EQ(last, 1.0);
    EXPECT_GE(logs, 2);
}

TEST_F(DemoGameTest, ExportStopsWhenCancelled) {
    JobRecorder recorder;
    auto state = std::make_shared<CallState>(exportInfo(), recorder.emitter());
    std::thread canceller([state] { state->cancel("CANCELLED", "operator"); });
    // A step long enough that only cancellation can end the job in time.
    const Result r = m_game.exportPlayers(Context(state), json::object(), std::chrono::hours(1));
    canceller.join();
    EXPECT_EQ(r.ErrorCode(), "CANCELLED");
}

} // namespace
