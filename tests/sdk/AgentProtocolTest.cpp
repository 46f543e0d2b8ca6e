// The agent's side of the ControlService protocol against a scripted server: registration with
// descriptors, Hello first, invoke results by request id, job frame order, cancellation reaching
// the handler, assignments, reconnecting, re-registering, and a clean stop.

#include "FakeControlServer.h"
#include "croupier/proto/JsonStruct.h"
#include "croupier/proto/RichStatus.h"
#include "croupier/sdk/client.h"

#include <atomic>
#include <gtest/gtest.h>
#include <map>
#include <mutex>
#include <thread>

namespace {

using namespace croupier;
using croupier::control::v1::AgentFrame;
using croupier::control::v1::ServerFrame;
using croupier::function::v1::EventType;
using croupier::sdk::test::FakeControlServer;
using nlohmann::json;

constexpr auto kWait = std::chrono::seconds(20);

class AgentProtocolTest : public ::testing::Test {
protected:
    AgentProtocolTest()
        : m_agent(config()) {
        register_("player.get", [](const Context&, const json& p) -> Result {
            if (p.value("player_id", "") == "nobody") {
                return Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", "nobody"}});
            }
            return Result{{"player_id", p["player_id"]}, {"name", "李逍遥"}};
        });
        register_("player.export", [](const Context& ctx, const json&) {
            for (int i = 1; i <= 3; ++i) {
                ctx.ReportProgress(i / 3.0, "step " + std::to_string(i));
            }
            ctx.Log("done exporting");
            return Result{{"count", 3}};
        });
        register_("player.wait", [this](const Context& ctx, const json&) {
            m_handlerStarted.push(true);
            ctx.WaitForCancel(std::chrono::minutes(5));
            m_cancelReason = ctx.CancelReason();
            m_sawCancel = ctx.IsCancelled(); // after the reason: the test reads it after this
            return Result::Error("ABORTED", "gave up");
        });
    }
    ~AgentProtocolTest() override { m_agent.Stop(); }

    AgentConfig config() {
        return AgentConfig{}
            .set_server_addr(m_server.address())
            .set_game_id("demo")
            .set_env("dev")
            .set_agent_id("agent-test")
            .set_version("9.9.9")
            .add_label("zone", "cn-1")
            .set_insecure(true)
            .set_backoff(std::chrono::milliseconds(5), std::chrono::milliseconds(50))
            .set_log_sink([this](std::string_view line) {
                std::lock_guard lock(m_logMutex);
                m_log += std::string(line) + "\n";
            });
    }
    void register_(const std::string& id, AgentClient::Handler handler) {
        ASSERT_TRUE(m_agent.RegisterFunction(
            Descriptor{}.set_id(id).set_params({{"type", "object"}}), std::move(handler)));
    }
    AgentFrame nextFrame() {
        auto f = m_server.frames.pop();
        EXPECT_TRUE(f.has_value()) << "no frame from the agent";
        return f.value_or(AgentFrame());
    }
    // Starts the agent and consumes the first registration and hello.
    void connect() {
        ASSERT_TRUE(m_agent.Start());
        ASSERT_TRUE(m_server.registrations.pop().has_value());
        ASSERT_TRUE(nextFrame().has_hello());
        ASSERT_TRUE(m_agent.WaitUntilConnected(kWait));
    }
    static ServerFrame invoke(std::uint64_t id, const std::string& fn, const json& payload) {
        ServerFrame f;
        f.mutable_invoke()->set_request_id(id);
        f.mutable_invoke()->set_function_id(fn);
        (void)croupier::proto::toStruct(payload, f.mutable_invoke()->mutable_payload());
        return f;
    }
    static ServerFrame startJob(const std::string& jobId, const std::string& fn) {
        ServerFrame f;
        f.mutable_start_job()->set_job_id(jobId);
        f.mutable_start_job()->set_function_id(fn);
        return f;
    }
    std::string log() {
        std::lock_guard lock(m_logMutex);
        return m_log;
    }

    FakeControlServer m_server;
    std::mutex m_logMutex;
    std::string m_log;
    // A cancel that arrives before the handler starts skips the handler, so tests that check
    // what the handler saw wait for it to start first.
    croupier::sdk::test::BlockingQueue<bool> m_handlerStarted;
    std::atomic<bool> m_sawCancel{false};
    std::string m_cancelReason; // written by the handler before its result frame is sent
    AgentClient m_agent;
};

TEST_F(AgentProtocolTest, RegistersWithDescriptorsThenSaysHelloWithItsSession) {
    ASSERT_TRUE(m_agent.Start());
    const auto reg = m_server.registrations.pop();
    ASSERT_TRUE(reg.has_value());
    EXPECT_EQ(reg->agent_id(), "agent-test");
    EXPECT_EQ(reg->game_id(), "demo");
    EXPECT_EQ(reg->env(), "dev");
    EXPECT_EQ(reg->version(), "9.9.9");
    EXPECT_EQ(reg->labels().at("zone"), "cn-1");
    ASSERT_EQ(reg->functions_size(), 3);
    ASSERT_EQ(reg->descriptors_size(), 3);
    EXPECT_EQ(reg->descriptors(0).id(), reg->functions(0));
    EXPECT_EQ(croupier::proto::toJson(reg->descriptors(0).params_schema()),
              (json{{"type", "object"}}));

    const AgentFrame hello = nextFrame();
    ASSERT_TRUE(hello.has_hello()) << "the first frame must be the hello";
    EXPECT_EQ(hello.hello().agent_id(), "agent-test");
    EXPECT_EQ(hello.hello().session_id(), "session-1");
    ASSERT_TRUE(m_agent.WaitUntilConnected(kWait));
    EXPECT_EQ(m_agent.State(), ConnectionState::Connected);
    EXPECT_EQ(m_agent.SessionId(), "session-1");
}

TEST_F(AgentProtocolTest, InvokeResultsCarryTheirRequestIds) {
    connect();
    m_server.push(invoke(11, "player.get", {{"player_id", "player_123"}}));
    m_server.push(invoke(12, "player.get", {{"player_id", "nobody"}}));
    std::map<std::uint64_t, croupier::control::v1::InvokeResult> results;
    for (int i = 0; i < 2; ++i) {
        const AgentFrame f = nextFrame();
        ASSERT_TRUE(f.has_result());
        results[f.result().request_id()] = f.result();
    }
    ASSERT_EQ(results.count(11), 1U);
    EXPECT_TRUE(results[11].success());
    EXPECT_EQ(croupier::proto::toJson(results[11].result())["name"], "李逍遥");
    ASSERT_EQ(results.count(12), 1U);
    EXPECT_FALSE(results[12].success());
    EXPECT_EQ(results[12].error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(results[12].error(), "玩家不存在");
}

TEST_F(AgentProtocolTest, JobFramesArriveStartProgressLogDone) {
    connect();
    m_server.push(startJob("job_1", "player.export"));
    const EventType expected[] = {EventType::START,    EventType::PROGRESS, EventType::PROGRESS,
                                  EventType::PROGRESS, EventType::LOG,      EventType::DONE};
    double lastProgress = 0;
    for (EventType type : expected) {
        const AgentFrame f = nextFrame();
        ASSERT_TRUE(f.has_job_update());
        EXPECT_EQ(f.job_update().job_id(), "job_1");
        ASSERT_EQ(f.job_update().type(), type);
        if (type == EventType::PROGRESS) {
            EXPECT_GT(f.job_update().progress(), lastProgress);
            lastProgress = f.job_update().progress();
        }
    }
    EXPECT_DOUBLE_EQ(lastProgress, 1.0);
}

TEST_F(AgentProtocolTest, CancelReachesTheRunningHandler) {
    connect();
    m_server.push(startJob("job_2", "player.wait"));
    EXPECT_EQ(nextFrame().job_update().type(), EventType::START);
    ASSERT_TRUE(m_handlerStarted.pop().has_value());
    ServerFrame cancel;
    cancel.mutable_cancel()->set_job_id("job_2");
    cancel.mutable_cancel()->set_reason("operator cancelled");
    m_server.push(cancel);
    const AgentFrame end = nextFrame();
    EXPECT_EQ(end.job_update().type(), EventType::ERROR);
    EXPECT_EQ(end.job_update().error_code(), "CANCELLED");
    EXPECT_EQ(end.job_update().message(), "operator cancelled");
    EXPECT_TRUE(m_sawCancel.load());
    EXPECT_EQ(m_cancelReason, "operator cancelled");
}

TEST_F(AgentProtocolTest, AssignmentsDisableFunctionsLocally) {
    croupier::control::v1::GetAssignmentsResponse initial;
    initial.set_version(1);
    auto* a = initial.add_assignments();
    a->set_function_id("player.export");
    a->set_enabled(false);
    a->set_reason("maintenance");
    m_server.setAcceptedAssignments(initial);
    croupier::sdk::test::BlockingQueue<std::size_t> probe;
    m_agent.OnAssignmentsChanged(
        [&](const std::vector<FunctionAssignment>& all) { probe.push(all.size()); });
    connect();
    EXPECT_EQ(probe.pop(), std::optional<std::size_t>(1));
    EXPECT_FALSE(m_agent.IsFunctionEnabled("player.export"));

    ServerFrame update;
    update.mutable_assignments()->set_version(2);
    auto* b = update.mutable_assignments()->add_assignments();
    b->set_function_id("player.get");
    b->set_enabled(false);
    b->set_agent_id("agent-test");
    m_server.push(update);
    EXPECT_EQ(probe.pop(), std::optional<std::size_t>(1));
    EXPECT_TRUE(m_agent.IsFunctionEnabled("player.export"));
    m_server.push(invoke(21, "player.get", {{"player_id", "player_123"}}));
    const AgentFrame f = nextFrame();
    EXPECT_EQ(f.result().request_id(), 21U);
    EXPECT_EQ(f.result().error_code(), "FAILED_PRECONDITION");
}

TEST_F(AgentProtocolTest, ReconnectsAfterTheServerClosesTheStream) {
    connect();
    m_server.push(startJob("job_3", "player.wait"));
    EXPECT_EQ(nextFrame().job_update().type(), EventType::START);
    ASSERT_TRUE(m_handlerStarted.pop().has_value());
    m_server.closeStream();
    // The agent starts over at RegisterAgent and says hello with the new session.
    ASSERT_TRUE(m_server.registrations.pop().has_value());
    AgentFrame hello = nextFrame();
    ASSERT_TRUE(hello.has_hello());
    EXPECT_EQ(hello.hello().session_id(), "session-2");
    // The dropped connection's handler saw the cancellation.
    while (!m_sawCancel.load()) {
        std::this_thread::yield();
    }
    EXPECT_NE(m_cancelReason.find("lost"), std::string::npos) << m_cancelReason;
    // And the new connection serves calls.
    m_server.push(invoke(31, "player.get", {{"player_id", "player_123"}}));
    AgentFrame f = nextFrame();
    EXPECT_EQ(f.result().request_id(), 31U);
    EXPECT_TRUE(f.result().success());
}

TEST_F(AgentProtocolTest, RegistersAgainWhenTheHeartbeatSaysSo) {
    connect();
    m_server.requestReregister();
    ASSERT_TRUE(m_server.registrations.pop().has_value());
    AgentFrame hello = nextFrame();
    ASSERT_TRUE(hello.has_hello());
    EXPECT_EQ(hello.hello().session_id(), "session-2");
    EXPECT_GE(m_server.heartbeats.load(), 1);
}

TEST_F(AgentProtocolTest, ARefusedRegistrationIsLoggedAndRetried) {
    m_server.setRegisterScript([](const auto&, int attempt) {
        return attempt == 1 ? croupier::proto::makeStatus(grpc::StatusCode::INVALID_ARGUMENT,
                                                          "params of player.get do not compile",
                                                          {{"field", "params"}})
                            : grpc::Status::OK;
    });
    ASSERT_TRUE(m_agent.Start());
    ASSERT_TRUE(m_server.registrations.pop().has_value());
    ASSERT_TRUE(m_server.registrations.pop().has_value());
    ASSERT_TRUE(m_agent.WaitUntilConnected(kWait));
    const std::string text = log();
    EXPECT_NE(text.find("refused this agent's function descriptors"), std::string::npos) << text;
    EXPECT_NE(text.find("params of player.get do not compile"), std::string::npos) << text;
    EXPECT_NE(text.find("field=params"), std::string::npos) << text;
}

TEST_F(AgentProtocolTest, StopCancelsRunningJobsAndReportsThemBeforeClosing) {
    connect();
    m_server.push(startJob("job_4", "player.wait"));
    EXPECT_EQ(nextFrame().job_update().type(), EventType::START);
    ASSERT_TRUE(m_handlerStarted.pop().has_value());
    m_agent.Stop();
    EXPECT_EQ(m_agent.State(), ConnectionState::Stopped);
    const AgentFrame end = nextFrame();
    EXPECT_EQ(end.job_update().job_id(), "job_4");
    EXPECT_EQ(end.job_update().error_code(), "CANCELLED");
    EXPECT_TRUE(m_sawCancel.load());
    m_agent.Stop(); // idempotent
}

} // namespace
