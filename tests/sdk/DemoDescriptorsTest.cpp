// The demo descriptors parse with the server's own checks, accept sensible payloads, refuse bad
// ones at the right field, and describe what the demo handlers really return.

#include "CallState.h"
#include "DemoFunctions.h"
#include "FakeGame.h"
#include "croupier/core/Descriptor.h"
#include "croupier/sdk/Descriptor.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <optional>

namespace {

using croupier::core::Descriptor;
using nlohmann::json;

const std::string kDir = CROUPIER_DEMO_DESCRIPTORS_DIR;

// Loads through the SDK (as the demo agent does) and checks with core (as the server does).
std::optional<Descriptor> load(const std::string& id) {
    auto file = croupier::sdk::Descriptor::FromFile(kDir + "/" + id + ".json");
    EXPECT_TRUE(file.IsOk()) << file.GetStatus().ToString();
    if (!file.IsOk()) {
        return std::nullopt;
    }
    auto parsed = Descriptor::parse(file->ToJson());
    EXPECT_TRUE(parsed) << id << ": " << (parsed ? "" : parsed.error().message);
    if (!parsed) {
        return std::nullopt;
    }
    return *parsed;
}

bool hasPointer(const std::vector<croupier::core::Violation>& violations, const std::string& p) {
    for (const auto& v : violations) {
        if (v.pointer == p) {
            return true;
        }
    }
    return false;
}

struct Sample {
    json valid;
    json invalid;
    std::string badPointer; // where the invalid payload is wrong
};

const std::map<std::string, Sample>& samples() {
    static const std::map<std::string, Sample> kSamples{
        {"player.register",
         {{{"name", "新玩家"}, {"password", "s3cret!"}}, {{"level", 0}}, "/name"}},
        {"player.get", {{{"player_id", "player_123"}}, {{"player_id", "a b"}}, "/player_id"}},
        {"player.list", {{{"limit", 5}}, {{"limit", 500}}, "/limit"}},
        {"player.ban",
         {{{"player_id", "player_1001"}, {"duration", 24}},
          {{"player_id", "player_1001"}, {"duration", 0}},
          "/duration"}},
        {"player.unban", {{{"player_id", "player_1010"}}, json::object(), "/player_id"}},
        {"item.grant",
         {{{"player_id", "player_123"}, {"item", "gold"}, {"count", 10}},
          {{"player_id", "player_123"}, {"item", "gold"}, {"count", 10000}},
          "/count"}},
        {"mail.send",
         {{{"player_id", "player_123"},
           {"title", "补偿"},
           {"body", "正文"},
           {"attachments", {{{"item", "gold"}, {"count", 1}}}},
           {"send_at", "2027-02-01T00:00:00Z"}},
          {{"player_id", "player_123"}, {"title", "补偿"}, {"body", std::string(2001, 'x')}},
          "/body"}},
        {"guild.disband",
         {{{"guild_id", "guild_knights"}, {"reason", "违规"}},
          {{"guild_id", "guild_knights"}},
          "/reason"}},
        {"player.export", {{{"format", "csv"}}, {{"format", "xml"}}, "/format"}},
        {"server.broadcast",
         {{{"message", "维护通知"}, {"channel", "world"}},
          {{"message", "x"}, {"channel", "guild"}},
          "/channel"}},
    };
    return kSamples;
}

TEST(DemoDescriptorsTest, EveryFileHasASampleAndParses) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kDir)) {
        ++files;
        const std::string id = entry.path().stem().string();
        const auto d = load(id);
        ASSERT_TRUE(d.has_value()) << id;
        EXPECT_EQ(d->id(), id) << "file name and id differ";
        EXPECT_EQ(samples().count(id), 1U) << id;
    }
    EXPECT_EQ(files, samples().size());
}

TEST(DemoDescriptorsTest, SamplePayloadsValidateAndBadOnesNameTheField) {
    for (const auto& [id, sample] : samples()) {
        const auto d = load(id);
        ASSERT_TRUE(d.has_value()) << id;
        EXPECT_TRUE(d->params().validate(sample.valid).empty())
            << id << ": " << croupier::core::describe(d->params().validate(sample.valid));
        const auto violations = d->params().validate(sample.invalid);
        EXPECT_TRUE(hasPointer(violations, sample.badPointer))
            << id << ": " << croupier::core::describe(violations);
    }
}

TEST(DemoDescriptorsTest, HandlerResultsMatchTheResultSchemas) {
    croupier::core::FakeClock clock;
    croupier::demo::FakeGame game(clock);
    const croupier::demo::DemoFunctions functions(game, std::chrono::milliseconds(0));
    for (const auto& [id, sample] : samples()) {
        const auto d = load(id);
        ASSERT_TRUE(d.has_value()) << id;
        json params = sample.valid;
        d->params().applyDefaults(params);
        croupier::sdk::detail::CallInfo info;
        info.functionId = id;
        info.jobId = id == "player.export" ? "job_1" : "";
        const croupier::sdk::Result r = functions.handlerFor(id)(
            croupier::sdk::Context(std::make_shared<croupier::sdk::detail::CallState>(info)),
            params);
        ASSERT_TRUE(r.IsOk()) << id << ": " << r.ErrorMessage();
        ASSERT_NE(d->result(), nullptr) << id;
        EXPECT_TRUE(d->result()->validate(r.Data()).empty())
            << id << ": " << croupier::core::describe(d->result()->validate(r.Data()));
    }
}

TEST(DemoDescriptorsTest, PlayerBanIsTheSeedsExample) {
    const auto d = load("player.ban");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->name(), "封禁玩家");
    EXPECT_TRUE(d->auth().approval.enabled);
    EXPECT_EQ(d->auth().approval.threshold, 2);
    EXPECT_EQ(d->ui().riskLevel, croupier::core::RiskLevel::High);
    EXPECT_EQ(d->ui().confirmMessage, "确认封禁玩家 {player_id}?");
}

TEST(DemoDescriptorsTest, PlayerFunctionsRouteByPlayerId) {
    for (const char* id : {"player.get", "player.unban", "item.grant", "mail.send"}) {
        const auto d = load(id);
        ASSERT_TRUE(d.has_value()) << id;
        EXPECT_EQ(d->semantics().routeKey, "player_id") << id;
    }
}

TEST(DemoDescriptorsTest, DisbandingAGuildIsHighRiskWithAWarning) {
    const auto d = load("guild.disband");
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(d->ui().riskLevel, croupier::core::RiskLevel::High);
    EXPECT_FALSE(d->ui().riskWarning.empty());
    EXPECT_NE(d->ui().confirmMessage.find("{guild_id}"), std::string::npos);
}

TEST(DemoDescriptorsTest, ThePasswordIsMasked) {
    const auto d = load("player.register");
    ASSERT_TRUE(d.has_value());
    const json masked = d->maskSensitive({{"name", "x"}, {"password", "s3cret!"}});
    EXPECT_NE(masked["password"], "s3cret!");
    EXPECT_EQ(masked["name"], "x");
}

} // namespace
