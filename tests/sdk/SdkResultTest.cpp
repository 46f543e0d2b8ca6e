#include "croupier/sdk/Result.h"

#include "croupier/sdk/Status.h"

#include <gtest/gtest.h>

namespace {

using croupier::sdk::Result;
using nlohmann::json;

TEST(SdkResultTest, BracedPairsMakeAnObject) {
    const Result r{{"success", true}, {"ban_id", "ban_123"}};
    EXPECT_TRUE(r.IsOk());
    EXPECT_EQ(r.Data(), (json{{"success", true}, {"ban_id", "ban_123"}}));
    EXPECT_EQ(r.ToJson(), r.Data());
}

TEST(SdkResultTest, OnePairIsStillAnObject) {
    const Result r{{"count", 3}};
    EXPECT_EQ(r.Data(), (json{{"count", 3}}));
}

TEST(SdkResultTest, ABracedObjectIsTakenAsTheData) {
    const json data{{"a", 1}};
    const Result r{data};
    EXPECT_EQ(r.Data(), data);
}

TEST(SdkResultTest, NonObjectsAreWrappedAndNullIsEmpty) {
    EXPECT_EQ(Result(json(42)).Data(), (json{{"value", 42}}));
    EXPECT_EQ(Result(json::array({1, 2})).Data(), (json{{"value", {1, 2}}}));
    EXPECT_EQ(Result(json()).Data(), json::object());
    EXPECT_EQ(Result().Data(), json::object());
}

TEST(SdkResultTest, ErrorUsesTheSeedsShape) {
    const Result r = Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", "p1"}});
    EXPECT_TRUE(r.IsError());
    EXPECT_EQ(r.ErrorCode(), "PLAYER_NOT_FOUND");
    EXPECT_EQ(r.ErrorMessage(), "玩家不存在");
    EXPECT_EQ(r.ErrorDetails(), (json{{"player_id", "p1"}}));
    EXPECT_EQ(r.Data(), json::object());
    EXPECT_EQ(r.ToJson(), (json{{"success", false},
                                {"error",
                                 {{"code", "PLAYER_NOT_FOUND"},
                                  {"message", "玩家不存在"},
                                  {"details", {{"player_id", "p1"}}}}}}));
}

TEST(SdkResultTest, ErrorWithoutCodeOrDetails) {
    const Result r = Result::Error("", "boom");
    EXPECT_EQ(r.ErrorCode(), "UNKNOWN");
    EXPECT_EQ(r.ErrorDetails(), json::object());
}

TEST(SdkResultTest, ErrorDetailsThatAreNotAnObjectAreWrapped) {
    EXPECT_EQ(Result::Error("X", "m", json("p1")).ErrorDetails(), (json{{"value", "p1"}}));
    EXPECT_EQ(Result::Error("X", "m", json::array({"/a"})).ErrorDetails(),
              (json{{"value", {"/a"}}}));
    EXPECT_EQ(Result::Error("X", "m", json()).ErrorDetails(), json::object());
}

TEST(SdkStatusTest, OkAndError) {
    using croupier::sdk::Status;
    EXPECT_TRUE(Status().IsOk());
    EXPECT_EQ(Status().Code(), "OK");
    const Status bad = Status::Error("ALREADY_EXISTS", "function x is already registered");
    EXPECT_FALSE(bad);
    EXPECT_EQ(bad.ToString(), "ALREADY_EXISTS: function x is already registered");
}

TEST(SdkStatusTest, ExpectedHoldsAValueOrAStatus) {
    using croupier::sdk::Expected;
    using croupier::sdk::Status;
    Expected<int> ok(3);
    EXPECT_TRUE(ok);
    EXPECT_EQ(*ok, 3);
    Expected<int> failed(Status::Error("NOT_FOUND", "x"));
    EXPECT_FALSE(failed);
    EXPECT_EQ(failed.GetStatus().Code(), "NOT_FOUND");
}

} // namespace
