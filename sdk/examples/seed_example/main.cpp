// Seed 001's C++ SDK example ("C++ SDK 注册示例"), token for token, indented, with one
// addition: the TLS setting. It talks plaintext to a loopback server, so it needs
// set_insecure(true). tests/sdk/SeedExampleTest.cpp compiles this same file and checks it.
#include <croupier/sdk/client.h>
using namespace croupier;
class BanPlayerFunction : public Function {
public:
    Descriptor GetDescriptor() const override {
        return Descriptor{}
            .set_id("player.ban")
            .set_name("封禁玩家")
            .set_category("player");
    }
    Result Call(const Context& ctx, const nlohmann::json& params) override {
        std::string player_id = params["player_id"];
        int duration = params["duration"];
        // 执行封禁逻辑...
        return Result{
            {"success", true},
            {"ban_id", "ban_123"}
        };
    }
};
int main() {
    AgentClient agent(AgentConfig{}
        .set_server_addr("localhost:19090")
        .set_game_id("my-game")
        .set_env("dev")
        .set_insecure(true));
    agent.RegisterFunction(std::make_unique<BanPlayerFunction>());
    agent.Run();
}
