#include "Frames.h"

#include "croupier/proto/JsonStruct.h"

#include <cmath>
#include <gtest/gtest.h>

namespace {

using croupier::function::v1::EventType;
using croupier::sdk::Result;
using namespace croupier::sdk::detail;
using nlohmann::json;

TEST(FramesTest, HelloCarriesAgentAndSession) {
    const auto f = helloFrame("agent-1", "sess-1");
    ASSERT_TRUE(f.has_hello());
    EXPECT_EQ(f.hello().agent_id(), "agent-1");
    EXPECT_EQ(f.hello().session_id(), "sess-1");
}

TEST(FramesTest, ASuccessfulInvokeResultCarriesTheData) {
    const auto f = invokeResultFrame(7, Result{{"ban_id", "ban_1"}, {"hours", 24}});
    ASSERT_TRUE(f.has_result());
    EXPECT_EQ(f.result().request_id(), 7U);
    EXPECT_TRUE(f.result().success());
    EXPECT_EQ(croupier::proto::toJson(f.result().result()),
              (json{{"ban_id", "ban_1"}, {"hours", 24}}));
    EXPECT_EQ(f.result().error_code(), "");
}

TEST(FramesTest, AFailedInvokeResultCarriesCodeMessageAndTheSeedShape) {
    const auto f = invokeResultFrame(
        8, Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", "p9"}}));
    EXPECT_FALSE(f.result().success());
    EXPECT_EQ(f.result().error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(f.result().error(), "玩家不存在");
    const json body = croupier::proto::toJson(f.result().result());
    EXPECT_EQ(body["success"], false);
    EXPECT_EQ(body["error"]["details"]["player_id"], "p9");
}

TEST(FramesTest, AFailedInvokeResultCarriesTheDetailsInTheirOwnField) {
    const json details{{"pointer", json::array({"/items/0/count", "/reason"})},
                       {"player_id", "p9"},
                       {"limit", 99}};
    const auto f = invokeResultFrame(10, Result::Error("INVALID_ARGUMENT", "too many", details));
    ASSERT_TRUE(f.result().has_error_details());
    EXPECT_EQ(croupier::proto::toJson(f.result().error_details()), details);
}

TEST(FramesTest, AFailedInvokeResultWithoutDetailsSendsAnEmptyObject) {
    const auto f = invokeResultFrame(11, Result::Error("BOOM", "it broke"));
    EXPECT_EQ(croupier::proto::toJson(f.result().error_details()), json::object());
}

TEST(FramesTest, ASuccessfulInvokeResultHasNoErrorDetails) {
    const auto f = invokeResultFrame(12, Result{{"ok", true}});
    EXPECT_FALSE(f.result().has_error_details());
}

TEST(FramesTest, DetailsAStructCannotCarryBecomeInternalWithoutDetails) {
    const auto f =
        invokeResultFrame(13, Result::Error("BAD", "m", {{"ratio", std::nan("")}}));
    EXPECT_EQ(f.result().error_code(), "INTERNAL");
    EXPECT_EQ(croupier::proto::toJson(f.result().error_details()), json::object());

    const auto job = jobEndFrame("job_2", Result::Error("BAD", "m", {{"ratio", std::nan("")}}));
    EXPECT_EQ(job.job_update().type(), EventType::ERROR);
    EXPECT_EQ(job.job_update().error_code(), "INTERNAL");
    EXPECT_EQ(croupier::proto::toJson(job.job_update().data()), json::object());
}

TEST(FramesTest, AResultAStructCannotCarryBecomesInternal) {
    const auto f = invokeResultFrame(9, Result{{"ratio", std::nan("")}});
    EXPECT_FALSE(f.result().success());
    EXPECT_EQ(f.result().error_code(), "INTERNAL");
}

TEST(FramesTest, JobEventsAndEnds) {
    const auto progress = jobEventFrame("job_1", EventType::PROGRESS, 0.25, "a quarter");
    EXPECT_EQ(progress.job_update().job_id(), "job_1");
    EXPECT_EQ(progress.job_update().type(), EventType::PROGRESS);
    EXPECT_DOUBLE_EQ(progress.job_update().progress(), 0.25);
    EXPECT_EQ(progress.job_update().message(), "a quarter");

    const auto done = jobEndFrame("job_1", Result{{"count", 3}});
    EXPECT_EQ(done.job_update().type(), EventType::DONE);
    EXPECT_EQ(croupier::proto::toJson(done.job_update().data()), (json{{"count", 3}}));

    const auto failed = jobEndFrame("job_1", Result::Error("CANCELLED", "operator cancelled"));
    EXPECT_EQ(failed.job_update().type(), EventType::ERROR);
    EXPECT_EQ(failed.job_update().error_code(), "CANCELLED");
    EXPECT_EQ(failed.job_update().message(), "operator cancelled");
    EXPECT_EQ(croupier::proto::toJson(failed.job_update().data()), json::object());
}

TEST(FramesTest, AJobErrorCarriesItsDetailsAsData) {
    const auto f = jobEndFrame(
        "job_3", Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", "p9"}}));
    EXPECT_EQ(f.job_update().type(), EventType::ERROR);
    EXPECT_EQ(f.job_update().error_code(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(croupier::proto::toJson(f.job_update().data()), (json{{"player_id", "p9"}}));
}

} // namespace
