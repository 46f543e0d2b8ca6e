// Compiles seed 001's C++ example (sdk/examples/seed_example/main.cpp) into this test with its
// main() renamed, then checks that what it declares works: its descriptor passes the server's
// checks, its handler answers as the seed shows, and an AgentClient accepts it.

#include <gtest/gtest.h>

// clang-format off
#define main seedExampleMain
#include "../../sdk/examples/seed_example/main.cpp"
#undef main
// clang-format on

#include "CallState.h"

namespace {

TEST(SeedExampleTest, TheDescriptorPassesRegistrationChecks) {
    const BanPlayerFunction function;
    const croupier::Descriptor d = function.GetDescriptor();
    EXPECT_EQ(d.id(), "player.ban");
    EXPECT_EQ(d.name(), "封禁玩家");
    EXPECT_EQ(d.category(), "player");
    EXPECT_TRUE(d.Validate().IsOk()) << d.Validate().ToString();
}

TEST(SeedExampleTest, TheHandlerAnswersAsTheSeedShows) {
    BanPlayerFunction function;
    croupier::sdk::detail::CallInfo info;
    info.functionId = "player.ban";
    const croupier::Context ctx(std::make_shared<croupier::sdk::detail::CallState>(info));
    const croupier::Result r =
        function.Call(ctx, {{"player_id", "player_123"}, {"duration", 24}, {"reason", "作弊"}});
    ASSERT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data(), (nlohmann::json{{"success", true}, {"ban_id", "ban_123"}}));
}

TEST(SeedExampleTest, AnAgentAcceptsTheFunction) {
    croupier::AgentClient agent(croupier::AgentConfig{}
                                    .set_server_addr("localhost:19090")
                                    .set_game_id("my-game")
                                    .set_env("dev")
                                    .set_insecure(true)
                                    .set_log_level(croupier::core::LogLevel::Off));
    EXPECT_TRUE(agent.RegisterFunction(std::make_unique<BanPlayerFunction>()).IsOk());
}

} // namespace
