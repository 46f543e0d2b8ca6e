// AgentClient behaviour that needs no server: registration checks, start-up checks, and stopping
// from any thread. The protocol itself is covered by AgentProtocolTest.

#include "croupier/sdk/client.h"

#include <gtest/gtest.h>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace {

using namespace croupier;
using nlohmann::json;

class EchoFunction : public Function {
public:
    explicit EchoFunction(std::string id)
        : m_id(std::move(id)) {}
    Descriptor GetDescriptor() const override { return Descriptor{}.set_id(m_id); }
    Result Call(const Context&, const json& params) override { return Result(params); }

private:
    std::string m_id;
};

struct Lines {
    std::mutex mutex;
    std::vector<std::string> lines;
    bool contains(const std::string& needle) {
        std::lock_guard lock(mutex);
        for (const auto& l : lines) {
            if (l.find(needle) != std::string::npos) {
                return true;
            }
        }
        return false;
    }
};

AgentConfig localConfig(Lines& lines) {
    // Port 1 on loopback refuses connections: the agent keeps backing off.
    return AgentConfig{}
        .set_server_addr("127.0.0.1:1")
        .set_game_id("demo")
        .set_env("dev")
        .set_insecure(true)
        .set_backoff(std::chrono::milliseconds(5), std::chrono::milliseconds(20))
        .set_log_sink([&lines](std::string_view line) {
            std::lock_guard lock(lines.mutex);
            lines.lines.emplace_back(line);
        });
}

TEST(AgentClientTest, ABadDescriptorIsRefusedAndLogged) {
    Lines lines;
    AgentClient agent(localConfig(lines));
    const Status status = agent.RegisterFunction(std::make_unique<EchoFunction>("Bad Id"));
    EXPECT_EQ(status.Code(), "INVALID_ARGUMENT");
    EXPECT_TRUE(lines.contains("Bad Id"));
}

TEST(AgentClientTest, ADuplicateIdIsRefused) {
    Lines lines;
    AgentClient agent(localConfig(lines));
    EXPECT_TRUE(agent.RegisterFunction(std::make_unique<EchoFunction>("player.get")));
    EXPECT_EQ(agent.RegisterFunction(std::make_unique<EchoFunction>("player.get")).Code(),
              "ALREADY_EXISTS");
    EXPECT_EQ(agent.RegisterFunction(nullptr).Code(), "INVALID_ARGUMENT");
    EXPECT_EQ(agent.RegisterFunction(Descriptor{}.set_id("player.set"), nullptr).Code(),
              "INVALID_ARGUMENT");
}

TEST(AgentClientTest, StartNeedsAFunctionAndAUsableConfig) {
    Lines lines;
    AgentClient empty(localConfig(lines));
    EXPECT_EQ(empty.Start().Code(), "FAILED_PRECONDITION");

    AgentClient remote(localConfig(lines).set_server_addr("croupier.example.com:8443"));
    ASSERT_TRUE(remote.RegisterFunction(std::make_unique<EchoFunction>("player.get")));
    EXPECT_EQ(remote.Run().Code(), "INVALID_ARGUMENT");
    EXPECT_TRUE(lines.contains("loopback"));
}

TEST(AgentClientTest, TheDefaultAgentIdStartsWithTheHostName) {
    char host[256] = {};
    ASSERT_EQ(gethostname(host, sizeof host - 1), 0);
    const AgentConfig a;
    const AgentConfig b;
    EXPECT_EQ(a.agent_id().rfind(std::string(host) + "-", 0), 0U) << a.agent_id();
    EXPECT_NE(a.agent_id(), b.agent_id());
    EXPECT_EQ(AgentConfig{}.set_agent_id("gs-1").agent_id(), "gs-1");
    EXPECT_EQ(AgentConfig{}.set_agent_id("").agent_id().empty(), false);
}

TEST(AgentClientTest, StopWithoutStartIsCleanAndIdempotent) {
    Lines lines;
    AgentClient agent(localConfig(lines));
    EXPECT_EQ(agent.State(), ConnectionState::Idle);
    agent.Stop();
    agent.Stop();
    EXPECT_EQ(agent.State(), ConnectionState::Stopped);
    EXPECT_FALSE(agent.WaitUntilConnected(std::chrono::seconds(1)));
}

TEST(AgentClientTest, RegisteringAfterStartIsRefused) {
    Lines lines;
    AgentClient agent(localConfig(lines));
    ASSERT_TRUE(agent.RegisterFunction(std::make_unique<EchoFunction>("player.get")));
    ASSERT_TRUE(agent.Start());
    EXPECT_EQ(agent.Start().Code(), "FAILED_PRECONDITION");
    EXPECT_EQ(agent.RegisterFunction(std::make_unique<EchoFunction>("player.set")).Code(),
              "FAILED_PRECONDITION");
    agent.Stop();
    EXPECT_EQ(agent.State(), ConnectionState::Stopped);
}

TEST(AgentClientTest, StopFromACallbackEndsRun) {
    // The callback runs on the SDK's event thread: Stop() there only requests the stop, and
    // Run() on this thread does the joining.
    Lines lines;
    AgentClient agent(localConfig(lines));
    ASSERT_TRUE(agent.RegisterFunction(std::make_unique<EchoFunction>("player.get")));
    std::vector<ConnectionState> seen;
    agent.OnStateChanged([&](ConnectionState state) {
        seen.push_back(state);
        if (state == ConnectionState::BackingOff) {
            agent.Stop();
        }
    });
    EXPECT_TRUE(agent.Run());
    EXPECT_EQ(agent.State(), ConnectionState::Stopped);
    ASSERT_GE(seen.size(), 3U);
    EXPECT_EQ(seen.front(), ConnectionState::Connecting);
    EXPECT_EQ(seen.back(), ConnectionState::Stopped);
    EXPECT_TRUE(lines.contains("registration failed"));
}

TEST(AgentClientTest, StopFromAnotherThreadEndsRun) {
    Lines lines;
    AgentClient agent(localConfig(lines));
    ASSERT_TRUE(agent.RegisterFunction(std::make_unique<EchoFunction>("player.get")));
    std::thread stopper([&] {
        // Stop once the agent is past its first attempt, as a signal thread would.
        while (agent.State() != ConnectionState::BackingOff &&
               agent.State() != ConnectionState::Connecting) {
            std::this_thread::yield();
        }
        agent.Stop();
    });
    EXPECT_TRUE(agent.Run());
    stopper.join();
    EXPECT_EQ(agent.State(), ConnectionState::Stopped);
}

} // namespace
