#include "croupier/sdk/Descriptor.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace {

using croupier::sdk::Descriptor;
using nlohmann::json;

class TempFile {
public:
    explicit TempFile(const std::string& content) {
        m_path = std::filesystem::temp_directory_path() /
                 ("croupier-sdk-descriptor-" +
                  std::to_string(reinterpret_cast<std::uintptr_t>(this)) + ".json");
        std::ofstream(m_path) << content;
    }
    ~TempFile() { std::filesystem::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
};

TEST(SdkDescriptorTest, BuilderWritesSeedFormatKeys) {
    const json j = Descriptor{}
                       .set_id("player.ban")
                       .set_name("封禁玩家")
                       .set_category("player")
                       .set_version("1.0.0")
                       .set_permission("player.ban")
                       .set_approval(2, {"admin"})
                       .set_rate_limit("10rps")
                       .set_timeout("30s")
                       .set_route_key("player_id")
                       .set_risk_level("high")
                       .set_confirm_message("确认封禁玩家 {player_id}?")
                       .ToJson();
    EXPECT_EQ(j["id"], "player.ban");
    EXPECT_EQ(j["name"], "封禁玩家");
    EXPECT_EQ(j["auth"]["permission"], "player.ban");
    EXPECT_EQ(j["auth"]["approval"],
              (json{{"enabled", true}, {"threshold", 2}, {"approvers", {"admin"}}}));
    EXPECT_EQ(j["semantics"]["rate_limit"], "10rps");
    EXPECT_EQ(j["semantics"]["timeout"], "30s");
    EXPECT_EQ(j["semantics"]["route_key"], "player_id");
    EXPECT_EQ(j["ui"]["risk_level"], "high");
    EXPECT_EQ(j["ui"]["confirm_message"], "确认封禁玩家 {player_id}?");
}

TEST(SdkDescriptorTest, MissingParamsDefaultToAnObjectSchema) {
    const json j = Descriptor{}.set_id("player.ban").ToJson();
    EXPECT_EQ(j["params"], (json{{"type", "object"}}));
}

TEST(SdkDescriptorTest, GivenParamsAreKept) {
    const json schema{{"type", "object"}, {"required", {"player_id"}}};
    EXPECT_EQ(Descriptor{}.set_params(schema).ToJson()["params"], schema);
}

TEST(SdkDescriptorTest, GenericSetFollowsDottedPathsAndReplacesNonObjects) {
    const json j = Descriptor{}.set("x-owner", "ops").set("ui", 5).set("ui.icon", "ban").ToJson();
    EXPECT_EQ(j["x-owner"], "ops");
    EXPECT_EQ(j["ui"], (json{{"icon", "ban"}}));
}

TEST(SdkDescriptorTest, FromJsonKeepsUnknownKeysAndAccessorsReadThem) {
    const json source{{"id", "item.grant"}, {"name", "发放物品"}, {"x-team", {{"owner", "ops"}}}};
    const Descriptor d = Descriptor::FromJson(source);
    EXPECT_EQ(d.id(), "item.grant");
    EXPECT_EQ(d.name(), "发放物品");
    EXPECT_EQ(d.category(), "");
    EXPECT_EQ(d.ToJson()["x-team"]["owner"], "ops");
}

TEST(SdkDescriptorTest, AccessorsOfANonObjectAreEmpty) {
    EXPECT_EQ(Descriptor::FromJson(json::array()).id(), "");
}

TEST(SdkDescriptorTest, FromFileReadsADescriptor) {
    TempFile file(R"({"id": "player.get", "name": "查询玩家"})");
    auto d = Descriptor::FromFile(file.path());
    ASSERT_TRUE(d.IsOk()) << d.GetStatus().ToString();
    EXPECT_EQ(d->id(), "player.get");
    EXPECT_EQ(d->name(), "查询玩家");
}

TEST(SdkDescriptorTest, FromFileReportsAMissingFile) {
    auto d = Descriptor::FromFile("/nonexistent/croupier/descriptor.json");
    ASSERT_FALSE(d.IsOk());
    EXPECT_EQ(d.GetStatus().Code(), "NOT_FOUND");
    EXPECT_NE(d.GetStatus().Message().find("/nonexistent/croupier/descriptor.json"),
              std::string::npos);
}

TEST(SdkDescriptorTest, FromFileReportsInvalidJson) {
    TempFile file(R"({"id": "player.get",)");
    auto d = Descriptor::FromFile(file.path());
    ASSERT_FALSE(d.IsOk());
    EXPECT_EQ(d.GetStatus().Code(), "INVALID_ARGUMENT");
}

TEST(SdkDescriptorTest, FromFileRefusesANonObject) {
    TempFile file(R"(["player.get"])");
    auto d = Descriptor::FromFile(file.path());
    ASSERT_FALSE(d.IsOk());
    EXPECT_EQ(d.GetStatus().Code(), "INVALID_ARGUMENT");
}

TEST(SdkDescriptorTest, ValidateAcceptsTheSeedExampleShape) {
    const auto status =
        Descriptor{}.set_id("player.ban").set_name("封禁玩家").set_category("player").Validate();
    EXPECT_TRUE(status.IsOk()) << status.ToString();
}

TEST(SdkDescriptorTest, ValidateRefusesABadIdAndABadSchema) {
    EXPECT_EQ(Descriptor{}.set_id("ban").Validate().Code(), "INVALID_ARGUMENT");
    EXPECT_EQ(Descriptor{}.set_id("player.ban").set_params({{"type", 12}}).Validate().Code(),
              "INVALID_ARGUMENT");
    EXPECT_EQ(Descriptor{}.set_id("player.ban").set_risk_level("extreme").Validate().Code(),
              "INVALID_ARGUMENT");
}

} // namespace
