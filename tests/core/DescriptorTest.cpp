#include "croupier/core/Descriptor.h"

#include "croupier/core/Crypto.h"

#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace croupier::core {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

json seed() {
    std::ifstream file(CROUPIER_DEMO_DESCRIPTOR);
    return json::parse(file);
}

json withField(json descriptor, const std::string& pointer, json value) {
    descriptor[json::json_pointer(pointer)] = std::move(value);
    return descriptor;
}

// The error of parsing `descriptor`, which must fail with INVALID_ARGUMENT naming `field`.
Error parseError(const json& descriptor, const std::string& field) {
    auto parsed = Descriptor::parse(descriptor);
    if (parsed) {
        ADD_FAILURE() << "parsed, but should fail on " << field;
        return Error();
    }
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(parsed.error().details.count("field") ? parsed.error().details.at("field") : "?",
              field);
    EXPECT_THAT(parsed.error().message, StartsWith(field + ": "));
    return parsed.error();
}

TEST(DescriptorTest, ParsesTheSeedExample) {
    const auto parsed = Descriptor::parse(seed());
    ASSERT_TRUE(parsed) << parsed.error().message;
    const Descriptor& d = *parsed;
    EXPECT_EQ(d.id(), "player.ban");
    EXPECT_EQ(d.name(), "封禁玩家");
    EXPECT_EQ(d.description(), "封禁指定玩家账号");
    EXPECT_EQ(d.category(), "player");
    EXPECT_EQ(d.version(), "1.0.0");
    EXPECT_EQ(d.auth().permission, "player.ban");
    EXPECT_TRUE(d.auth().approval.enabled);
    EXPECT_EQ(d.auth().approval.threshold, 2);
    EXPECT_THAT(d.auth().approval.approvers, IsEmpty());
    EXPECT_FALSE(d.semantics().idempotent);
    ASSERT_TRUE(d.semantics().rateLimit.has_value());
    EXPECT_DOUBLE_EQ(d.semantics().rateLimit->perSecond, 10.0);
    EXPECT_EQ(d.semantics().rateLimit->text, "10rps");
    ASSERT_TRUE(d.semantics().timeout.has_value());
    EXPECT_EQ(d.semantics().timeout->count(), 30'000);
    EXPECT_EQ(d.semantics().concurrency, 0);
    EXPECT_EQ(d.ui().riskLevel, RiskLevel::High);
    EXPECT_EQ(d.ui().riskWarning, "高风险操作,封禁后玩家无法登录");
    EXPECT_EQ(d.ui().confirmMessage, "确认封禁玩家 {player_id}?");
    EXPECT_EQ(d.json(), seed());
}

TEST(DescriptorTest, SchemasAreCompiledAndUsable) {
    const auto parsed = Descriptor::parse(seed());
    ASSERT_TRUE(parsed);
    EXPECT_THAT(parsed->params().validate({{"player_id", "p"}, {"duration", 24}}), IsEmpty());
    EXPECT_EQ(parsed->params().validate({{"player_id", "p"}}).size(), 1u);
    ASSERT_NE(parsed->result(), nullptr);
    EXPECT_EQ(parsed->result()->validate({{"expires_at", "soon"}}).size(), 1u);
    EXPECT_THAT(parsed->sensitivePointers(), IsEmpty());
}

TEST(DescriptorTest, MinimalDescriptorGetsDefaults) {
    const auto parsed = Descriptor::parse({{"id", "item.grant"}});
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->params().json(), (json{{"type", "object"}}));
    EXPECT_THAT(parsed->params().validate(json::object()), IsEmpty());
    EXPECT_EQ(parsed->result(), nullptr);
    EXPECT_EQ(parsed->auth().approval.threshold, 1);
    EXPECT_FALSE(parsed->semantics().rateLimit.has_value());
    EXPECT_FALSE(parsed->semantics().timeout.has_value());
    EXPECT_EQ(parsed->ui().riskLevel, RiskLevel::None);
}

TEST(DescriptorTest, UnknownFieldsAreKept) {
    json descriptor = seed();
    descriptor["x_vendor"] = {{"owner", "ops"}};
    descriptor["ui"]["x_icon"] = "ban.svg";
    const auto parsed = Descriptor::parse(descriptor);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->json().at("x_vendor").at("owner"), "ops");
    EXPECT_EQ(parsed->json().at("ui").at("x_icon"), "ban.svg");
}

TEST(DescriptorTest, HashIsCanonicalAndStableAcrossKeyOrder) {
    const auto a = Descriptor::parse(json::parse(
        R"({"id":"item.grant","params":{"type":"object","required":["n"]},"version":"1"})"));
    const auto b = Descriptor::parse(json::parse(
        R"({ "version" : "1", "params" : { "required" : ["n"], "type" : "object" },
             "id" : "item.grant" })"));
    const auto c = Descriptor::parse(json::parse(R"({"id":"item.grant","version":"2"})"));
    ASSERT_TRUE(a && b && c);
    EXPECT_EQ(a->hash(), b->hash());
    EXPECT_NE(a->hash(), c->hash());
    EXPECT_EQ(a->hash(), sha256Hex(R"({"id":"item.grant","params":{"required":["n"],)"
                                   R"("type":"object"},"version":"1"})"));
    EXPECT_EQ(a->hash().size(), 64u);
}

TEST(DescriptorTest, RefusesBadIds) {
    const std::string longId = "a." + std::string(127, 'b');
    const json badIds[] = {"Player.ban",   "player", "player..ban", ".ban", "ban.", "player.ban!",
                           "player-x.ban", "",       longId,        42};
    for (const json& id : badIds) {
        SCOPED_TRACE(id.dump());
        parseError(withField(seed(), "/id", id), "id");
    }
    json missing = seed();
    missing.erase("id");
    parseError(missing, "id");
    EXPECT_TRUE(Descriptor::parse(withField(seed(), "/id", "a." + std::string(126, 'b'))));
    EXPECT_TRUE(Descriptor::parse(withField(seed(), "/id", "guild_2.war.declare")));
}

TEST(DescriptorTest, RefusesNonObjects) {
    parseError(json::array(), "descriptor");
    parseError(withField(seed(), "/params", "object"), "params");
    parseError(withField(seed(), "/params", json::array()), "params");
    parseError(withField(seed(), "/result", 5), "result");
    parseError(withField(seed(), "/auth", "admin"), "auth");
    parseError(withField(seed(), "/auth/approval", true), "auth.approval");
    parseError(withField(seed(), "/semantics", json::array()), "semantics");
    parseError(withField(seed(), "/ui", 1), "ui");
}

TEST(DescriptorTest, ParamsMustBeAnObjectSchemaThatCompiles) {
    const Error notObject = parseError(withField(seed(), "/params/type", "array"), "params");
    EXPECT_THAT(notObject.message, HasSubstr("\"type\": \"object\""));
    json untyped = seed();
    untyped["params"].erase("type");
    parseError(untyped, "params");
    const Error bad =
        parseError(withField(seed(), "/params/properties/duration/minimum", "1"), "params");
    EXPECT_EQ(bad.details.at("keyword"), "minimum");
    EXPECT_EQ(bad.details.at("pointer"), "/properties/duration/minimum");
    EXPECT_THAT(bad.message, HasSubstr("\"minimum\""));
    const Error badResult =
        parseError(withField(seed(), "/result/properties/expires_at/format", 3), "result");
    EXPECT_EQ(badResult.details.at("pointer"), "/properties/expires_at/format");
}

TEST(DescriptorTest, RefusesWrongTypesNamingTheField) {
    parseError(withField(seed(), "/name", 5), "name");
    parseError(withField(seed(), "/version", 1.0), "version");
    parseError(withField(seed(), "/auth/permission", true), "auth.permission");
    for (const char* pattern : {"*", "player.*", "player ban"}) {
        SCOPED_TRACE(pattern);
        const Error wildcard =
            parseError(withField(seed(), "/auth/permission", pattern), "auth.permission");
        EXPECT_THAT(wildcard.message, HasSubstr("patterns belong in roles"));
    }
    parseError(withField(seed(), "/auth/allow_if", json::array()), "auth.allow_if");
    const Error threshold =
        parseError(withField(seed(), "/auth/approval/threshold", "two"), "auth.approval.threshold");
    EXPECT_THAT(threshold.message, HasSubstr("must be an integer"));
    parseError(withField(seed(), "/auth/approval/threshold", 0), "auth.approval.threshold");
    parseError(withField(seed(), "/auth/approval/threshold", 1.5), "auth.approval.threshold");
    parseError(withField(seed(), "/auth/approval/enabled", "yes"), "auth.approval.enabled");
    parseError(withField(seed(), "/auth/approval/approvers", json::array({"admin", 3})),
               "auth.approval.approvers");
    parseError(withField(seed(), "/semantics/idempotent", 1), "semantics.idempotent");
    parseError(withField(seed(), "/semantics/concurrency", -1), "semantics.concurrency");
    parseError(withField(seed(), "/semantics/concurrency", "5"), "semantics.concurrency");
    parseError(withField(seed(), "/ui/risk_level", "extreme"), "ui.risk_level");
    parseError(withField(seed(), "/ui/sensitive", "password"), "ui.sensitive");
    EXPECT_TRUE(Descriptor::parse(withField(seed(), "/auth/approval/threshold", 3.0)));
}

TEST(DescriptorTest, RefusesBadDurationsAndRateLimits) {
    for (const json& timeout : {json("30"), json("abc"), json("0s"), json("-5s"), json(30)}) {
        SCOPED_TRACE(timeout.dump());
        parseError(withField(seed(), "/semantics/timeout", timeout), "semantics.timeout");
    }
    for (const json& rate : {json("10/s"), json("0rps"), json("fast"), json(10)}) {
        SCOPED_TRACE(rate.dump());
        parseError(withField(seed(), "/semantics/rate_limit", rate), "semantics.rate_limit");
    }
    const auto ok = Descriptor::parse(withField(withField(seed(), "/semantics/timeout", "1m30s"),
                                                "/semantics/rate_limit", "600rpm"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->semantics().timeout->count(), 90'000);
    EXPECT_DOUBLE_EQ(ok->semantics().rateLimit->burst, 600.0);
}

TEST(DescriptorTest, KeysMustNameAParamsProperty) {
    const Error route =
        parseError(withField(seed(), "/semantics/route_key", "guild_id"), "semantics.route_key");
    EXPECT_THAT(route.message, HasSubstr("\"guild_id\""));
    parseError(withField(seed(), "/semantics/idempotency_key", "nope"),
               "semantics.idempotency_key");
    const auto ok =
        Descriptor::parse(withField(withField(seed(), "/semantics/route_key", "player_id"),
                                    "/semantics/idempotency_key", "player_id"));
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->semantics().routeKey, "player_id");
    EXPECT_EQ(ok->semantics().idempotencyKey, "player_id");
}

TEST(DescriptorTest, NullMembersCountAsAbsent) {
    const auto parsed = Descriptor::parse(
        {{"id", "item.grant"}, {"name", nullptr}, {"semantics", {{"timeout", nullptr}}}});
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->name(), "");
    EXPECT_FALSE(parsed->semantics().timeout.has_value());
}

TEST(DescriptorTest, AllowIfIsParsedAtRegistration) {
    const auto parsed = Descriptor::parse(
        withField(seed(), "/auth/allow_if", "has_role('gm') && params.duration <= 72"));
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->auth().allowIf, "has_role('gm') && params.duration <= 72");
    ASSERT_TRUE(parsed->auth().allowIfRule.has_value());
    EXPECT_EQ(parsed->auth().allowIfRule->text(), parsed->auth().allowIf);
    AllowIfInput input;
    input.roles = {"gm"};
    const json params = {{"player_id", "p"}, {"duration", 24}};
    input.params = &params;
    EXPECT_TRUE(parsed->auth().allowIfRule->evaluate(input));
    input.roles = {"viewer"};
    EXPECT_FALSE(parsed->auth().allowIfRule->evaluate(input));

    // Absent, null or empty: no rule.
    EXPECT_FALSE(Descriptor::parse(seed())->auth().allowIfRule.has_value());
    EXPECT_FALSE(Descriptor::parse(withField(seed(), "/auth/allow_if", nullptr))
                     ->auth()
                     .allowIfRule.has_value());
    const auto empty = Descriptor::parse(withField(seed(), "/auth/allow_if", ""));
    ASSERT_TRUE(empty);
    EXPECT_FALSE(empty->auth().allowIfRule.has_value());
}

TEST(DescriptorTest, RefusesAnAllowIfThatDoesNotParseWithThePosition) {
    const struct {
        const char* text;
        const char* position;
        const char* problem;
    } cases[] = {
        {"has_role('gm') &&", "17", "expected an expression but found end of expression"},
        {"has_role('gm') || is_admin()", "18", "unknown function 'is_admin'"},
        {"(has_role('gm')", "15", "expected ')'"},
        {"params.duration = 1", "16", "did you mean '=='?"},
        {"  ", "2", "expected an expression but found end of expression"},
    };
    for (const auto& bad : cases) {
        SCOPED_TRACE(bad.text);
        const Error error =
            parseError(withField(seed(), "/auth/allow_if", bad.text), "auth.allow_if");
        EXPECT_THAT(error.message,
                    StartsWith(std::string("auth.allow_if: at position ") + bad.position + ": "));
        EXPECT_THAT(error.message, HasSubstr(bad.problem));
        EXPECT_EQ(error.details.at("position"), bad.position);
        EXPECT_EQ(error.details.at("expression"), bad.text);
    }
    const Error tooLong =
        parseError(withField(seed(), "/auth/allow_if", std::string(AllowIf::kMaxLength + 1, ' ')),
                   "auth.allow_if");
    EXPECT_EQ(tooLong.details.at("position"), std::to_string(AllowIf::kMaxLength));
}

TEST(CompareVersionsTest, NumericSegmentByNumericSegment) {
    EXPECT_GT(compareVersions("1.10.0", "1.9.2"), 0);
    EXPECT_LT(compareVersions("1.9.2", "1.10.0"), 0);
    EXPECT_EQ(compareVersions("1.0", "1.0.0"), 0);
    EXPECT_EQ(compareVersions("1", "1.0.0.0"), 0);
    EXPECT_LT(compareVersions("1.0.0", "1.0.1"), 0);
    EXPECT_GT(compareVersions("2", "1.99"), 0);
    EXPECT_EQ(compareVersions("1.01", "1.1"), 0);
    EXPECT_GT(compareVersions("1.123456789012345678901234567890", "1.99999999999999999999"), 0);
    EXPECT_EQ(compareVersions("", "0"), 0);
    EXPECT_GT(compareVersions("1.0.0-beta", "1.0.0-alpha"), 0);
    EXPECT_EQ(compareVersions("1.0.x", "1.0.x"), 0);
}

} // namespace
} // namespace croupier::core
