#include "Dispatcher.h"

#include "AssignmentTable.h"
#include "BlockingQueue.h"
#include "FunctionRegistry.h"
#include "croupier/proto/JsonStruct.h"

#include <gtest/gtest.h>

namespace {

using croupier::control::v1::AgentFrame;
using croupier::control::v1::CancelCall;
using croupier::control::v1::GetAssignmentsResponse;
using croupier::control::v1::InvokeCall;
using croupier::control::v1::StartJob;
using croupier::function::v1::EventType;
using croupier::sdk::Context;
using croupier::sdk::Descriptor;
using croupier::sdk::Result;
using namespace croupier::sdk::detail;
using nlohmann::json;

class DispatcherTest : public ::testing::Test {
protected:
    DispatcherTest()
        : m_assignments("agent-1")
        , m_pool(2)
        , m_dispatcher(m_registry, m_assignments, m_pool,
                       croupier::core::Logger(croupier::core::LogLevel::Off), "demo", "dev") {
        add("player.get", [](const Context& ctx, const json& p) {
            return Result{{"player_id", p["player_id"]}, {"game", ctx.GameId()}};
        });
        add("player.export", [](const Context& ctx, const json&) {
            ctx.ReportProgress(0.5, "half");
            ctx.Log("working");
            return Result{{"count", 2}};
        });
        add("player.wait", [](const Context& ctx, const json&) {
            if (ctx.WaitForCancel(std::chrono::minutes(5))) {
                return Result::Error("ABORTED", "gave up");
            }
            return Result{};
        });
    }
    ~DispatcherTest() override {
        m_dispatcher.cancelAll("test over");
        m_dispatcher.waitIdle();
        m_pool.shutdown();
    }

    void add(const std::string& id, croupier::sdk::AgentClient::Handler handler) {
        ASSERT_TRUE(m_registry.add(Descriptor{}.set_id(id), std::move(handler)));
    }
    Dispatcher::Send sink() {
        return [this](AgentFrame f) {
            m_frames.push(std::move(f));
        };
    }
    AgentFrame next() {
        auto frame = m_frames.pop();
        EXPECT_TRUE(frame.has_value()) << "no frame arrived";
        return frame.value_or(AgentFrame());
    }
    static InvokeCall invoke(std::uint64_t id, const std::string& fn, const json& payload = {}) {
        InvokeCall call;
        call.set_request_id(id);
        call.set_function_id(fn);
        (void)croupier::proto::toStruct(payload.is_null() ? json::object() : payload,
                                        call.mutable_payload());
        return call;
    }
    static StartJob job(const std::string& id, const std::string& fn) {
        StartJob start;
        start.set_job_id(id);
        start.set_function_id(fn);
        return start;
    }
    void startWaitingJob(std::uint64_t connection, const std::string& id) {
        m_dispatcher.startJob(connection, job(id, "player.wait"), sink());
        EXPECT_EQ(next().job_update().type(), EventType::START);
    }

    FunctionRegistry m_registry;
    AssignmentTable m_assignments;
    croupier::core::ThreadPool m_pool;
    Dispatcher m_dispatcher;
    croupier::sdk::test::BlockingQueue<AgentFrame> m_frames;
};

TEST_F(DispatcherTest, AnInvokeIsAnsweredWithItsRequestIdAndResult) {
    m_dispatcher.invoke(1, invoke(41, "player.get", {{"player_id", "p1"}}), sink());
    const AgentFrame f = next();
    ASSERT_TRUE(f.has_result());
    EXPECT_EQ(f.result().request_id(), 41U);
    EXPECT_TRUE(f.result().success());
    EXPECT_EQ(croupier::proto::toJson(f.result().result()),
              (json{{"player_id", "p1"}, {"game", "demo"}}));
    m_dispatcher.waitIdle();
    EXPECT_EQ(m_dispatcher.handledTotal(), 1U);
}

TEST_F(DispatcherTest, AnUnknownFunctionIsNotFound) {
    m_dispatcher.invoke(1, invoke(2, "guild.create"), sink());
    const AgentFrame f = next();
    EXPECT_FALSE(f.result().success());
    EXPECT_EQ(f.result().error_code(), "NOT_FOUND");
    EXPECT_EQ(m_dispatcher.handledTotal(), 0U);
}

TEST_F(DispatcherTest, ADisabledFunctionIsRefusedLocally) {
    GetAssignmentsResponse r;
    auto* a = r.add_assignments();
    a->set_function_id("player.get");
    a->set_enabled(false);
    m_assignments.replace(r, true);
    m_dispatcher.invoke(1, invoke(3, "player.get", {{"player_id", "p1"}}), sink());
    EXPECT_EQ(next().result().error_code(), "FAILED_PRECONDITION");
    m_dispatcher.startJob(1, job("job_x", "player.get"), sink());
    const AgentFrame f = next();
    EXPECT_EQ(f.job_update().type(), EventType::ERROR);
    EXPECT_EQ(f.job_update().error_code(), "FAILED_PRECONDITION");
}

TEST_F(DispatcherTest, AJobSendsStartThenProgressAndLogThenDone) {
    m_dispatcher.startJob(1, job("job_1", "player.export"), sink());
    const EventType expected[] = {EventType::START, EventType::PROGRESS, EventType::LOG,
                                  EventType::DONE};
    for (EventType type : expected) {
        const AgentFrame f = next();
        ASSERT_TRUE(f.has_job_update());
        EXPECT_EQ(f.job_update().job_id(), "job_1");
        EXPECT_EQ(f.job_update().type(), type);
        if (type == EventType::DONE) {
            EXPECT_EQ(croupier::proto::toJson(f.job_update().data()), (json{{"count", 2}}));
        }
    }
}

TEST_F(DispatcherTest, CancelReachesTheHandlerAndTheJobEndsCancelled) {
    startWaitingJob(1, "job_2");
    CancelCall cancel;
    cancel.set_job_id("job_2");
    cancel.set_reason("operator changed their mind");
    m_dispatcher.cancel(1, cancel);
    const AgentFrame f = next();
    EXPECT_EQ(f.job_update().type(), EventType::ERROR);
    EXPECT_EQ(f.job_update().error_code(), "CANCELLED");
    EXPECT_EQ(f.job_update().message(), "operator changed their mind");
}

TEST_F(DispatcherTest, DroppingAConnectionCancelsOnlyItsCalls) {
    startWaitingJob(1, "job_a");
    startWaitingJob(2, "job_b");
    EXPECT_EQ(m_dispatcher.inFlight(), 2U);
    m_dispatcher.cancelConnection(1, "the connection to the server was lost");
    const AgentFrame f = next();
    EXPECT_EQ(f.job_update().job_id(), "job_a");
    EXPECT_EQ(f.job_update().error_code(), "CANCELLED");
    EXPECT_EQ(m_frames.size(), 0U);
    CancelCall cancel;
    cancel.set_job_id("job_b");
    m_dispatcher.cancel(2, cancel);
    EXPECT_EQ(next().job_update().job_id(), "job_b");
}

TEST_F(DispatcherTest, ASyncCallCanBeCancelledByRequestId) {
    m_dispatcher.invoke(3, invoke(77, "player.wait"), sink());
    CancelCall cancel;
    cancel.set_request_id(77);
    // The cancel may arrive before the task starts; both paths must answer CANCELLED.
    m_dispatcher.cancel(3, cancel);
    const AgentFrame f = next();
    EXPECT_EQ(f.result().request_id(), 77U);
    EXPECT_EQ(f.result().error_code(), "CANCELLED");
}

} // namespace
