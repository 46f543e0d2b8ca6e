// Stored call outcomes (idempotency records): every kind of outcome decodes to what was encoded,
// and unreadable text comes back as INTERNAL instead of crashing the server.

#include "croupier/server/Outcome.h"

#include "croupier/proto/JsonStruct.h"

#include <google/protobuf/util/message_differencer.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace croupier::server {
namespace {

using core::ErrorCode;
using function::v1::InvokeFunctionResponse;
using google::protobuf::util::MessageDifferencer;
using nlohmann::json;

InvokeFunctionResponse successResponse() {
    InvokeFunctionResponse r;
    r.set_success(true);
    r.set_agent_id("agent-上海-1");
    const json result = {
        {"message", "封禁成功: 玩家 \"小明\" 已被封禁"},
        {"ban_id", "ban_123"},
        {"hours", 24},
        {"ratio", 0.25},
        {"flags", {true, false, nullptr, "二", 3}},
        {"nested",
         {{"deeper", {{"list", json::array({json::object(), json::array()})}}}, {"empty", ""}}},
    };
    EXPECT_FALSE(proto::toStruct(result, r.mutable_result()).has_value());
    return r;
}

void expectSameResponse(const InvokeFunctionResponse& a, const InvokeFunctionResponse& b) {
    std::string diff;
    MessageDifferencer d;
    d.ReportDifferencesToString(&diff);
    EXPECT_TRUE(d.Compare(a, b)) << diff;
}

TEST(OutcomeTest, SuccessResponseRoundTrips) {
    const auto original = successResponse();
    const std::string text = encodeInvokeOutcome(original);
    const json stored = json::parse(text);
    EXPECT_EQ(stored.at("code"), 0);
    EXPECT_EQ(text.find('\n'), std::string::npos) << "compact JSON";

    auto decoded = decodeInvokeOutcome(text);
    ASSERT_TRUE(decoded) << decoded.error().message;
    expectSameResponse(*decoded, original);
    EXPECT_EQ(proto::toJson(decoded->result()).at("message"), "封禁成功: 玩家 \"小明\" 已被封禁");
}

TEST(OutcomeTest, HandlerErrorRoundTripsAsAResponse) {
    InvokeFunctionResponse original;
    original.set_success(false);
    original.set_error("玩家不存在");
    original.set_error_code("PLAYER_NOT_FOUND");
    original.set_agent_id("agent-a");
    auto decoded = decodeInvokeOutcome(encodeInvokeOutcome(original));
    ASSERT_TRUE(decoded) << "a handler error is a response the caller gets again, not an Error";
    expectSameResponse(*decoded, original);
    EXPECT_FALSE(decoded->success());
}

TEST(OutcomeTest, EmptyResponseRoundTrips) {
    InvokeFunctionResponse original;
    original.set_success(true);
    auto decoded = decodeInvokeOutcome(encodeInvokeOutcome(original));
    ASSERT_TRUE(decoded) << decoded.error().message;
    expectSameResponse(*decoded, original);
}

TEST(OutcomeTest, ErrorOutcomeRoundTripsWithDetails) {
    const core::Error error(ErrorCode::DeadlineExceeded, "调用超时 after 30s",
                            {{"agent_id", "agent-a"}, {"timeout", "30s"}, {"说明", "值 \"x\""}});
    for (const std::string& text :
         {encodeInvokeOutcome(core::Unexpected(error)), encodeErrorOutcome(error)}) {
        auto invoke = decodeInvokeOutcome(text);
        ASSERT_FALSE(invoke);
        EXPECT_EQ(invoke.error().code, ErrorCode::DeadlineExceeded);
        EXPECT_EQ(invoke.error().message, error.message);
        EXPECT_EQ(invoke.error().details, error.details);

        auto job = decodeJobOutcome(text);
        ASSERT_FALSE(job);
        EXPECT_EQ(job.error().code, ErrorCode::DeadlineExceeded);
        EXPECT_EQ(job.error().details, error.details);
    }
}

TEST(OutcomeTest, ErrorWithoutDetailsRoundTrips) {
    auto decoded = decodeJobOutcome(encodeErrorOutcome({ErrorCode::Unavailable, ""}));
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(decoded.error().message.empty());
    EXPECT_TRUE(decoded.error().details.empty());
}

TEST(OutcomeTest, JobOutcomeRoundTrips) {
    const std::string text = encodeJobOutcome("job_0123abcd");
    auto decoded = decodeJobOutcome(text);
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(*decoded, "job_0123abcd");
    EXPECT_EQ(json::parse(text), (json{{"code", 0}, {"job_id", "job_0123abcd"}}));
}

TEST(OutcomeTest, ApprovalOutcomeRoundTripsAndNeedsBothIds) {
    const std::string text = encodeApprovalOutcome({"apv_01", "job_02"});
    auto decoded = decodeApprovalOutcome(text);
    ASSERT_TRUE(decoded) << decoded.error().message;
    EXPECT_EQ(decoded->approvalId, "apv_01");
    EXPECT_EQ(decoded->jobId, "job_02");

    auto fromJob = decodeApprovalOutcome(encodeJobOutcome("job_02"));
    ASSERT_FALSE(fromJob) << "a plain job outcome names no approval";
    EXPECT_EQ(fromJob.error().code, ErrorCode::Internal);
    auto failed = decodeApprovalOutcome(encodeErrorOutcome({ErrorCode::Aborted, "interrupted"}));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::Aborted) << "the first call's error comes back";
}

// Text no version of the server wrote: corrupted rows, hand edits, another program's data.
std::vector<std::string> garbage() {
    std::string deep;
    for (int i = 0; i < 20'000; ++i) {
        deep += '[';
    }
    return {
        "",
        "not json",
        "{",
        "null",
        "[]",
        "42",
        "\"text\"",
        std::string("\xff\xfe\x00\x01", 4),
        "{}",
        R"({"code":"0"})",
        R"({"code":1.5})",
        R"({"code":null,"response":{}})",
        R"({"Code":0})",
        deep,
    };
}

TEST(OutcomeTest, GarbageDecodesToInternal) {
    for (const auto& text : garbage()) {
        auto invoke = decodeInvokeOutcome(text);
        ASSERT_FALSE(invoke) << text.substr(0, 40);
        EXPECT_EQ(invoke.error().code, ErrorCode::Internal) << text.substr(0, 40);
        auto job = decodeJobOutcome(text);
        ASSERT_FALSE(job) << text.substr(0, 40);
        EXPECT_EQ(job.error().code, ErrorCode::Internal) << text.substr(0, 40);
        auto approval = decodeApprovalOutcome(text);
        ASSERT_FALSE(approval) << text.substr(0, 40);
        EXPECT_EQ(approval.error().code, ErrorCode::Internal) << text.substr(0, 40);
    }
}

TEST(OutcomeTest, ResponseOfTheWrongShapeDecodesToInternal) {
    for (const std::string text :
         {R"({"code":0,"response":{"success":[true]}})", R"({"code":0,"response":5})",
          R"({"code":0,"response":{"result":[1,2]}})",
          R"({"code":0,"response":{"no_such_field":1}})"}) {
        auto decoded = decodeInvokeOutcome(text);
        ASSERT_FALSE(decoded) << text;
        EXPECT_EQ(decoded.error().code, ErrorCode::Internal) << text;
    }
}

TEST(OutcomeTest, FieldsOfTheWrongTypeNeverThrow) {
    for (const std::string text :
         {R"({"code":0,"job_id":5})", R"({"code":0,"job_id":{"id":"job_1"}})",
          R"({"code":3,"message":5})", R"({"code":3,"message":"m","details":{"k":[1]}})"}) {
        EXPECT_NO_THROW((void)decodeJobOutcome(text)) << text;
        EXPECT_NO_THROW((void)decodeInvokeOutcome(text)) << text;
    }
    auto numericId = decodeJobOutcome(R"({"code":0,"job_id":5})");
    ASSERT_FALSE(numericId);
    EXPECT_EQ(numericId.error().code, ErrorCode::Internal);
    auto numericMessage = decodeInvokeOutcome(R"({"code":3,"message":5})");
    ASSERT_FALSE(numericMessage);
    EXPECT_EQ(numericMessage.error().code, ErrorCode::InvalidArgument);
}

} // namespace
} // namespace croupier::server
