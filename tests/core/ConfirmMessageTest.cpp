#include "croupier/core/ConfirmMessage.h"

#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>

namespace croupier::core {
namespace {

using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Descriptor confirmDescriptor(const json& descriptor) {
    auto result = Descriptor::parse(descriptor);
    if (!result) {
        ADD_FAILURE() << result.error().message;
        return *Descriptor::parse({{"id", "failed.parse"}});
    }
    return *result;
}

TEST(ConfirmMessageTest, SubstitutesTheEnteredValue) {
    EXPECT_EQ(renderConfirmMessage("确认封禁玩家 {player_id}?", {{"player_id", "p_123"}}),
              "确认封禁玩家 p_123?");
}

TEST(ConfirmMessageTest, SeedDescriptorRendersWithItsOwnTemplate) {
    std::ifstream file(CROUPIER_DEMO_DESCRIPTOR);
    const Descriptor d = confirmDescriptor(json::parse(file, nullptr, false));
    EXPECT_EQ(renderConfirmMessage(d, {{"player_id", "p_9"}, {"duration", 24}}),
              "确认封禁玩家 p_9?");
    EXPECT_EQ(confirmTarget(d, {{"player_id", "p_9"}}), "p_9");
}

TEST(ConfirmMessageTest, NumbersRenderAsJsonNumbers) {
    const std::string templ = "{hours}h / {ratio} / {whole} / {big}";
    const json payload = {{"hours", 24}, {"ratio", 1.5}, {"whole", 24.0}, {"big", -7}};
    EXPECT_EQ(renderConfirmMessage(templ, payload), "24h / 1.5 / 24 / -7");
}

TEST(ConfirmMessageTest, OtherValueTypesRenderAsJsonAndStringsWithoutQuotes) {
    const json payload = {{"s", "a \"b\""},
                          {"b", false},
                          {"n", nullptr},
                          {"o", {{"k", 1}}},
                          {"a", json::array({1, "x"})}};
    EXPECT_EQ(renderConfirmMessage("{s}|{b}|{n}|{o}|{a}", payload),
              R"(a "b"|false|null|{"k":1}|[1,"x"])");
}

TEST(ConfirmMessageTest, NestedPathsAndArrayIndices) {
    const json payload = {{"guild", {{"id", "g_7"}, {"members", json::array({"ann", "bob"})}}}};
    EXPECT_EQ(renderConfirmMessage("解散 {guild.id} ({guild.members.1})", payload),
              "解散 g_7 (bob)");
    EXPECT_EQ(renderConfirmMessage("{guild.members.9} {guild.members.x}", payload),
              "{guild.members.9} {guild.members.x}");
}

TEST(ConfirmMessageTest, AMemberWhoseNameHasDotsIsFound) {
    EXPECT_EQ(renderConfirmMessage("{a.b}", {{"a.b", "dotted"}}), "dotted");
    EXPECT_EQ(renderConfirmMessage("{a.b}", {{"a.b", "dotted"}, {"a", {{"b", "nested"}}}}),
              "nested");
}

TEST(ConfirmMessageTest, MissingValuesKeepTheirPlaceholderVisible) {
    EXPECT_EQ(renderConfirmMessage("确认封禁玩家 {player_id}?", json::object()),
              "确认封禁玩家 {player_id}?");
    EXPECT_EQ(renderConfirmMessage("{ player_id } and {x}", {{"x", 1}}), "{ player_id } and 1");
    EXPECT_EQ(renderConfirmMessage("{player_id}", "not an object"), "{player_id}");
    EXPECT_EQ(renderConfirmMessage("{player_id}", nullptr), "{player_id}");
}

TEST(ConfirmMessageTest, SpacesAroundThePathAreIgnored) {
    EXPECT_EQ(renderConfirmMessage("[{ player_id }]", {{"player_id", "p"}}), "[p]");
}

TEST(ConfirmMessageTest, DoubledBracesAreLiteral) {
    const json payload = {{"x", "v"}};
    EXPECT_EQ(renderConfirmMessage("{{x}} = {x}", payload), "{x} = v");
    EXPECT_EQ(renderConfirmMessage("{{{x}}}", payload), "{v}");
    EXPECT_EQ(renderConfirmMessage("a }} b {{", payload), "a } b {");
}

TEST(ConfirmMessageTest, MalformedBracesStayAsText) {
    const json payload = {{"x", "v"}};
    EXPECT_EQ(renderConfirmMessage("open { never closed", payload), "open { never closed");
    EXPECT_EQ(renderConfirmMessage("empty {} and { }", payload), "empty {} and { }");
    EXPECT_EQ(renderConfirmMessage("stray } brace {x", payload), "stray } brace {x");
    EXPECT_EQ(renderConfirmMessage("{a{x}", payload), "{av");
    EXPECT_EQ(renderConfirmMessage("", payload), "");
}

TEST(ConfirmMessageTest, SensitiveValuesAreMasked) {
    const std::set<std::string> sensitive = {"/password", "/account/pin", "/keys/*/secret"};
    const json payload = {{"user", "ann"},
                          {"password", "hunter2"},
                          {"account", {{"pin", "1234"}, {"name", "ann"}}},
                          {"keys", json::array({{{"secret", "s0"}}})}};
    EXPECT_EQ(
        renderConfirmMessage("{user}/{password}/{account.pin}/{keys.0.secret}", payload, sensitive),
        "ann/******/******/******");
}

TEST(ConfirmMessageTest, SecretsNestedInsideAShownValueAreMasked) {
    const std::set<std::string> sensitive = {"/account/pin"};
    const json payload = {{"account", {{"pin", "1234"}, {"name", "ann"}}}};
    const std::string shown = renderConfirmMessage("{account}", payload, sensitive);
    EXPECT_EQ(shown, R"({"name":"ann","pin":"******"})");
}

TEST(ConfirmMessageTest, ValuesBelowASensitiveValueAreMasked) {
    const std::set<std::string> sensitive = {"/account"};
    const json payload = {{"account", {{"pin", "1234"}}}};
    EXPECT_EQ(renderConfirmMessage("{account.pin}", payload, sensitive), "******");
}

TEST(ConfirmMessageTest, DescriptorSensitiveFieldsAreMasked) {
    const Descriptor d = confirmDescriptor(json::parse(R"({
        "id": "account.reset",
        "params": {"type": "object", "properties": {
            "user": {"type": "string"},
            "password": {"type": "string", "format": "password"}}},
        "ui": {"confirm_message": "重置 {user} 的密码为 {password}?"}
    })"));
    EXPECT_EQ(renderConfirmMessage(d, {{"user", "ann"}, {"password", "hunter2"}}),
              "重置 ann 的密码为 ******?");
}

TEST(ConfirmMessageTest, ListsPlaceholdersInOrder) {
    EXPECT_THAT(confirmPlaceholders("{b} then {{lit}} {a.c} { d }"), ElementsAre("b", "a.c", "d"));
    EXPECT_THAT(confirmPlaceholders("no placeholders {}"), IsEmpty());
}

TEST(ConfirmMessageTest, FirstPlaceholderValueIsTheRawValue) {
    const json payload = {{"guild_id", 42}, {"player_id", "p_1"}};
    EXPECT_EQ(firstPlaceholderValue("解散公会 {guild_id} ({player_id})", payload), json(42));
    EXPECT_EQ(firstPlaceholderValue("{{guild_id}} {player_id}", payload), json("p_1"));
    EXPECT_EQ(firstPlaceholderValue("no placeholder", payload), std::nullopt);
    EXPECT_EQ(firstPlaceholderValue("{missing} {player_id}", payload), std::nullopt);
}

TEST(ConfirmMessageTest, ConfirmTargetIsTheFirstValueUnlessSensitiveOrAbsent) {
    const json params = {{"type", "object"},
                         {"properties",
                          {{"pin", {{"type", "string"}, {"writeOnly", true}}},
                           {"guild_id", {{"type", "integer"}}}}}};
    auto make = [&](const std::string& templ) {
        return confirmDescriptor(
            {{"id", "guild.disband"}, {"params", params}, {"ui", {{"confirm_message", templ}}}});
    };
    const json payload = {{"pin", "9999"}, {"guild_id", 42}, {"empty", ""}};
    EXPECT_EQ(confirmTarget(make("解散公会 {guild_id}?"), payload), "42");
    EXPECT_EQ(confirmTarget(make("PIN {pin} for {guild_id}"), payload), std::nullopt);
    EXPECT_EQ(confirmTarget(make("{absent}"), payload), std::nullopt);
    EXPECT_EQ(confirmTarget(make("{empty}"), payload), std::nullopt);
    EXPECT_EQ(confirmTarget(make("no placeholder"), payload), std::nullopt);
}

TEST(ConfirmMessageTest, AnyInputGivesAString) {
    const json weird = {{"bad", std::string("\xff\xfe", 2)},
                        {"nan", std::numeric_limits<double>::quiet_NaN()},
                        {"huge", 1e300},
                        {"nested", {{"bad", std::string("\xc3", 1)}}}};
    EXPECT_EQ(renderConfirmMessage("{bad}", weird), std::string("\xff\xfe", 2));
    EXPECT_EQ(renderConfirmMessage("{nan}", weird), "null");
    EXPECT_EQ(renderConfirmMessage("{huge}", weird), "1e+300");
    EXPECT_FALSE(renderConfirmMessage("{nested}", weird).empty());
    const std::set<std::string> badPointers = {"no-slash", "/~9", "/a/*/*"};
    EXPECT_EQ(renderConfirmMessage("{bad}|{x.y.z}", weird, badPointers),
              std::string("\xff\xfe") + "|{x.y.z}");
    // The empty pointer names the whole payload: everything present is masked.
    EXPECT_EQ(renderConfirmMessage("{huge}|{x}", weird, {""}), "******|{x}");
    EXPECT_EQ(renderConfirmMessage(std::string(1, '\0') + "{", weird), std::string("\0{", 2));
}

} // namespace
} // namespace croupier::core
