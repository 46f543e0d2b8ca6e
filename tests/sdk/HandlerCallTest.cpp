#include "HandlerCall.h"

#include "CallState.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace {

using croupier::sdk::Context;
using croupier::sdk::Result;
using croupier::sdk::detail::callHandler;
using croupier::sdk::detail::CallInfo;
using croupier::sdk::detail::CallState;
using nlohmann::json;

class HandlerCallTest : public ::testing::Test {
protected:
    HandlerCallTest()
        : m_log(croupier::core::LogLevel::Debug,
                [this](std::string_view line) { m_lines.emplace_back(line); }) {}

    Result call(const croupier::sdk::AgentClient::Handler& handler, const json& params) {
        CallInfo info;
        info.functionId = "player.ban";
        return callHandler(handler, Context(std::make_shared<CallState>(info)), params, m_log);
    }

    std::vector<std::string> m_lines;
    croupier::core::Logger m_log;
};

TEST_F(HandlerCallTest, PassesParamsAndReturnsTheResult) {
    const Result r = call(
        [](const Context& ctx, const json& p) {
            return Result{{"function", ctx.FunctionId()}, {"echo", p["x"]}};
        },
        {{"x", 5}});
    EXPECT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data(), (json{{"function", "player.ban"}, {"echo", 5}}));
}

TEST_F(HandlerCallTest, AWrongParameterTypeBecomesInvalidArgument) {
    const Result r = call(
        [](const Context&, const json& p) {
            const std::string id = p.at("player_id");
            return Result{{"id", id}};
        },
        {{"player_id", 42}});
    EXPECT_EQ(r.ErrorCode(), "INVALID_ARGUMENT");
    EXPECT_NE(r.ErrorMessage().find("type must be string"), std::string::npos) << r.ErrorMessage();
    EXPECT_EQ(r.ErrorMessage().find("json.exception"), std::string::npos) << r.ErrorMessage();
}

TEST_F(HandlerCallTest, AMissingParameterBecomesInvalidArgument) {
    const Result r = call(
        [](const Context&, const json& p) {
            return Result{{"d", p.at("duration").get<int>()}};
        },
        json::object());
    EXPECT_EQ(r.ErrorCode(), "INVALID_ARGUMENT");
    EXPECT_NE(r.ErrorMessage().find("duration"), std::string::npos) << r.ErrorMessage();
}

TEST_F(HandlerCallTest, AStdExceptionIsInternalWithoutItsText) {
    const Result r =
        call([](const Context&,
                const json&) -> Result { throw std::runtime_error("db password is hunter2"); },
             json::object());
    EXPECT_EQ(r.ErrorCode(), "INTERNAL");
    EXPECT_EQ(r.ErrorMessage().find("hunter2"), std::string::npos);
    // The local log keeps the detail for the game's developers.
    ASSERT_FALSE(m_lines.empty());
    EXPECT_NE(m_lines.back().find("hunter2"), std::string::npos);
}

TEST_F(HandlerCallTest, AnythingElseThrownIsInternal) {
    const Result r = call([](const Context&, const json&) -> Result { throw 42; }, json::object());
    EXPECT_EQ(r.ErrorCode(), "INTERNAL");
}

} // namespace
