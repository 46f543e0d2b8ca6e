// Schema::validate(): one test per keyword family, checking the pointer, keyword and message a
// user sees. Combinators, formats and safety limits have their own files.

#include "SchemaTestSupport.h"

#include <fstream>

namespace croupier::core {
namespace {

using namespace test;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

json seedParams() {
    std::ifstream file(CROUPIER_DEMO_DESCRIPTOR);
    return json::parse(file).at("params");
}

TEST(SchemaValidateTest, SeedBanPayloads) {
    const auto schema = compiled(seedParams());
    ASSERT_TRUE(schema);
    EXPECT_THAT(
        schema->validate({{"player_id", "player_123"}, {"duration", 24}, {"reason", "作弊"}}),
        IsEmpty());
    EXPECT_THAT(
        schema->validate({{"duration", 0}, {"reason", ""}}),
        ElementsAre(IsViolation("/duration", "minimum", "must be >= 1"),
                    IsViolation("/player_id", "required", "is required"),
                    IsViolation("/reason", "minLength", "must be at least 1 character long")));
    EXPECT_THAT(schema->validate({{"player_id", "p"}, {"duration", 8761}}),
                ElementsAre(IsViolation("/duration", "maximum", "must be <= 8760")));
    EXPECT_THAT(schema->validate(json::array()),
                ElementsAre(IsViolation("", "type", "must be an object")));
}

TEST(SchemaValidateTest, IntegerAcceptsIntegralNumbersOnly) {
    const char* schema = R"({"type":"integer"})";
    EXPECT_THAT(violations(schema, 24), IsEmpty());
    EXPECT_THAT(violations(schema, -3), IsEmpty());
    EXPECT_THAT(violations(schema, 24.0), IsEmpty()); // draft-07: 24.0 is an integer
    EXPECT_THAT(violations(schema, 24.5),
                ElementsAre(IsViolation("", "type", "must be an integer")));
    EXPECT_THAT(violations(schema, "24"), ElementsAre(IsViolationAt("", "type")));
    EXPECT_THAT(violations(schema, true), ElementsAre(IsViolationAt("", "type")));
}

TEST(SchemaValidateTest, EveryTypeName) {
    const std::pair<const char*, json> accepted[] = {
        {"null", nullptr},        {"boolean", false}, {"object", json::object()},
        {"array", json::array()}, {"number", 1.5},    {"number", 2},
        {"string", "s"},          {"integer", 7}};
    for (const auto& [type, value] : accepted) {
        SCOPED_TRACE(type);
        EXPECT_THAT(violations(json{{"type", type}}, value), IsEmpty());
        EXPECT_THAT(
            violations(json{{"type", type}}, type == std::string("string") ? json(1) : json("s")),
            ElementsAre(IsViolationAt("", "type")));
    }
    EXPECT_THAT(violations(R"({"type":["string","null"]})", 3),
                ElementsAre(IsViolation("", "type", "must be a string or null")));
    EXPECT_THAT(violations(R"({"type":["string","integer","null"]})", 1.5),
                ElementsAre(IsViolation("", "type", "must be a string, an integer or null")));
    EXPECT_THAT(violations(R"({"type":["string","null"]})", nullptr), IsEmpty());
}

TEST(SchemaValidateTest, EnumAndConst) {
    EXPECT_THAT(violations(R"({"enum":["low","medium","high"]})", "extreme"),
                ElementsAre(IsViolation("", "enum", R"(must be one of: "low", "medium", "high")")));
    EXPECT_THAT(violations(R"({"enum":["low",1,null]})", 1.0), IsEmpty());
    EXPECT_THAT(violations(R"({"enum":[{"a":[1,2]}]})", json{{"a", {1, 2}}}), IsEmpty());
    EXPECT_THAT(violations(R"({"enum":[{"a":[1,2]}]})", json{{"a", {2, 1}}}),
                ElementsAre(IsViolationAt("", "enum")));
    EXPECT_THAT(violations(R"({"const":"yes"})", "no"),
                ElementsAre(IsViolation("", "const", R"(must be equal to "yes")")));
    EXPECT_THAT(violations(R"({"const":5})", 5), IsEmpty());
    EXPECT_THAT(violations(R"({"const":5})", "5"), ElementsAre(IsViolationAt("", "const")));
}

TEST(SchemaValidateTest, NumericBounds) {
    EXPECT_THAT(violations(R"({"minimum":1})", 0),
                ElementsAre(IsViolation("", "minimum", "must be >= 1")));
    EXPECT_THAT(violations(R"({"minimum":1})", 1), IsEmpty());
    EXPECT_THAT(violations(R"({"maximum":0.5})", 0.75),
                ElementsAre(IsViolation("", "maximum", "must be <= 0.5")));
    EXPECT_THAT(violations(R"({"exclusiveMinimum":0})", 0),
                ElementsAre(IsViolation("", "exclusiveMinimum", "must be > 0")));
    EXPECT_THAT(violations(R"({"exclusiveMinimum":0})", 0.001), IsEmpty());
    EXPECT_THAT(violations(R"({"exclusiveMaximum":10})", 10),
                ElementsAre(IsViolation("", "exclusiveMaximum", "must be < 10")));
    EXPECT_THAT(violations(R"({"minimum":1,"maximum":5})", "100"), IsEmpty()); // not a number
    EXPECT_THAT(violations(R"({"maximum":9007199254740993})", 9007199254740993LL), IsEmpty());
    EXPECT_THAT(violations(R"({"maximum":9007199254740992})", 9007199254740993LL),
                ElementsAre(IsViolationAt("", "maximum")));
}

TEST(SchemaValidateTest, MultipleOf) {
    EXPECT_THAT(violations(R"({"multipleOf":5})", 15), IsEmpty());
    EXPECT_THAT(violations(R"({"multipleOf":5})", 12),
                ElementsAre(IsViolation("", "multipleOf", "must be a multiple of 5")));
    EXPECT_THAT(violations(R"({"multipleOf":1})", 2.5),
                ElementsAre(IsViolationAt("", "multipleOf")));
    EXPECT_THAT(violations(R"({"multipleOf":0.1})", 0.3), IsEmpty());
    EXPECT_THAT(violations(R"({"multipleOf":0.5})", 1.25),
                ElementsAre(IsViolation("", "multipleOf", "must be a multiple of 0.5")));
    EXPECT_THAT(violations(R"({"multipleOf":5})", "12"), IsEmpty()); // strings are not numbers
}

TEST(SchemaValidateTest, StringLengthCountsCharactersNotBytes) {
    const char* schema = R"({"minLength":2,"maxLength":3})";
    EXPECT_THAT(violations(schema, "封禁"), IsEmpty());
    EXPECT_THAT(violations(schema, "封"),
                ElementsAre(IsViolation("", "minLength", "must be at least 2 characters long")));
    EXPECT_THAT(violations(schema, "封禁玩家"),
                ElementsAre(IsViolation("", "maxLength", "must be at most 3 characters long")));
}

TEST(SchemaValidateTest, Pattern) {
    const char* schema = R"({"properties":{"player_id":{"type":"string",
                                                          "pattern":"^[a-zA-Z0-9_]{3,32}$"}}})";
    EXPECT_THAT(violations(schema, {{"player_id", "player_123"}}), IsEmpty());
    EXPECT_THAT(violations(schema, {{"player_id", "no spaces"}}),
                ElementsAre(IsViolation("/player_id", "pattern",
                                        "must match pattern ^[a-zA-Z0-9_]{3,32}$")));
    EXPECT_THAT(violations(R"({"pattern":"b"})", "abc"), IsEmpty()); // a search, not anchored
    EXPECT_THAT(violations(R"({"pattern":"^\\p{Han}+$"})", "封禁"), IsEmpty());
    EXPECT_THAT(violations(R"({"pattern":"^.$"})", "封"), IsEmpty()); // UTF-8 aware
    EXPECT_THAT(violations(R"({"pattern":"^a$"})", "a\n"),
                ElementsAre(IsViolationAt("", "pattern"))); // '$' only at the very end
    EXPECT_THAT(violations(R"({"pattern":"^a"})", 5), IsEmpty());
}

TEST(SchemaValidateTest, ArraySizesItemsAndUniqueness) {
    EXPECT_THAT(violations(R"({"minItems":2})", json::array({1})),
                ElementsAre(IsViolation("", "minItems", "must have at least 2 items")));
    EXPECT_THAT(violations(R"({"maxItems":1})", json::array({1, 2})),
                ElementsAre(IsViolation("", "maxItems", "must have at most 1 item")));
    EXPECT_THAT(violations(R"({"items":{"type":"integer"}})", json::array({1, "x", 3, 4.5})),
                ElementsAre(IsViolation("/1", "type", "must be an integer"),
                            IsViolation("/3", "type", "must be an integer")));
    EXPECT_THAT(violations(R"({"uniqueItems":true})", json::array({1, 2, 1, 1, {{"a", 1}}})),
                ElementsAre(IsViolation("/2", "uniqueItems", "must be unique (same as item 0)"),
                            IsViolation("/3", "uniqueItems", "must be unique (same as item 0)")));
    EXPECT_THAT(violations(R"({"uniqueItems":true})", json::array({1, "1", 2})), IsEmpty());
}

TEST(SchemaValidateTest, TupleItemsAdditionalItemsAndContains) {
    const char* tuple = R"({"items":[{"type":"string"},{"type":"integer"}],
                            "additionalItems":false})";
    EXPECT_THAT(violations(tuple, json::array({"a", 1})), IsEmpty());
    EXPECT_THAT(violations(tuple, json::array({1, 1, true, nullptr})),
                ElementsAre(IsViolation("/0", "type", "must be a string"),
                            IsViolation("/2", "additionalItems", "is not allowed"),
                            IsViolation("/3", "additionalItems", "is not allowed")));
    EXPECT_THAT(violations(R"({"items":[{}],"additionalItems":{"type":"string"}})",
                           json::array({1, "b", 3})),
                ElementsAre(IsViolation("/2", "type", "must be a string")));
    EXPECT_THAT(
        violations(R"({"contains":{"const":3}})", json::array({1, 2})),
        ElementsAre(IsViolation("", "contains", "must contain at least one matching item")));
    EXPECT_THAT(violations(R"({"contains":{"const":3}})", json::array({1, 3})), IsEmpty());
}

TEST(SchemaValidateTest, ObjectSizesRequiredAndNestedPointers) {
    EXPECT_THAT(violations(R"({"minProperties":1})", json::object()),
                ElementsAre(IsViolation("", "minProperties", "must have at least 1 property")));
    EXPECT_THAT(violations(R"({"maxProperties":1})", {{"a", 1}, {"b", 2}}),
                ElementsAre(IsViolation("", "maxProperties", "must have at most 1 property")));
    const char* nested = R"({"properties":{"order":{"properties":{"items":{"items":{
                              "required":["count"],
                              "properties":{"count":{"type":"integer","minimum":1}}}}}}}})";
    const json payload = {
        {"order", {{"items", json::array({{{"count", 1}}, json::object(), {{"count", 0}}})}}}};
    EXPECT_THAT(violations(nested, payload),
                ElementsAre(IsViolation("/order/items/1/count", "required", "is required"),
                            IsViolation("/order/items/2/count", "minimum", "must be >= 1")));
}

TEST(SchemaValidateTest, PointersEscapeTildeAndSlash) {
    const char* schema = R"({"properties":{"a/b":{"type":"integer"},"m~n":{"type":"integer"}},
                             "required":["c/d"]})";
    EXPECT_THAT(violations(schema, {{"a/b", "x"}, {"m~n", "y"}}),
                ElementsAre(IsViolation("/a~1b", "type", "must be an integer"),
                            IsViolation("/c~1d", "required", "is required"),
                            IsViolation("/m~0n", "type", "must be an integer")));
}

TEST(SchemaValidateTest, ViolationsComeInDocumentOrderWithNumericIndices) {
    json items = json::array();
    for (int i = 0; i < 12; ++i) {
        items.push_back(i == 2 || i == 10 ? json("x") : json(i));
    }
    EXPECT_THAT(violations(R"({"properties":{"b":{"items":{"type":"integer"}},"a":{"minimum":5}}})",
                           {{"b", items}, {"a", 1}}),
                ElementsAre(IsViolationAt("/a", "minimum"), IsViolationAt("/b/2", "type"),
                            IsViolationAt("/b/10", "type")));
}

TEST(SchemaValidateTest, AdditionalAndPatternProperties) {
    const char* closed = R"({"properties":{"a":{}},"additionalProperties":false})";
    EXPECT_THAT(violations(closed, {{"a", 1}, {"b", 2}, {"c", 3}}),
                ElementsAre(IsViolation("/b", "additionalProperties", "is not allowed"),
                            IsViolation("/c", "additionalProperties", "is not allowed")));
    EXPECT_THAT(violations(R"({"additionalProperties":{"type":"integer"}})", {{"x", "s"}}),
                ElementsAre(IsViolation("/x", "type", "must be an integer")));
    const char* patterned = R"({"patternProperties":{"^x_":{"type":"integer"}},
                                "additionalProperties":false})";
    EXPECT_THAT(violations(patterned, {{"x_a", 1}}), IsEmpty());
    EXPECT_THAT(violations(patterned, {{"x_a", "s"}, {"y", 1}}),
                ElementsAre(IsViolation("/x_a", "type", "must be an integer"),
                            IsViolation("/y", "additionalProperties", "is not allowed")));
}

TEST(SchemaValidateTest, DependenciesAndPropertyNames) {
    const char* deps = R"({"dependencies":{"card":["billing"],"vip":{"required":["level"]}}})";
    EXPECT_THAT(violations(deps, {{"card", 1}, {"vip", true}}),
                ElementsAre(IsViolation("/billing", "dependencies", "is required by a dependency"),
                            IsViolation("/level", "required", "is required")));
    EXPECT_THAT(violations(deps, {{"other", 1}}), IsEmpty());
    const char* names = R"({"properties":{"tags":{"propertyNames":{"pattern":"^[a-z]+$"}}}})";
    EXPECT_THAT(violations(names, {{"tags", {{"ok", 1}}}}), IsEmpty());
    EXPECT_THAT(violations(names, {{"tags", {{"NOT_OK", 1}}}}),
                ElementsAre(IsViolation("/tags", "propertyNames",
                                        "has a property name that is not allowed")));
    EXPECT_THAT(violations(R"({"propertyNames":{"maxLength":2}})", {{"abc", 1}}),
                ElementsAre(IsViolationAt("", "propertyNames")));
}

TEST(SchemaValidateTest, KeywordNamesUsedAsDataAreLeftAlone) {
    // "pattern", "format" and "type" here are property names, enum/const values and defaults,
    // not schema keywords: they must not be checked or rewritten.
    const char* schema = R"({"properties":{"pattern":{"type":"string"},"format":{"type":"integer"},
                                           "rule":{"enum":[{"pattern":"^a$","type":"x"}]},
                                           "fixed":{"const":{"format":"email"}},
                                           "opts":{"default":{"pattern":"[","format":"uuid"}}}})";
    const auto compiledSchema = compiled(schema);
    ASSERT_TRUE(compiledSchema);
    EXPECT_THAT(compiledSchema->validate({{"pattern", "(["},
                                          {"format", 1},
                                          {"rule", {{"pattern", "^a$"}, {"type", "x"}}},
                                          {"fixed", {{"format", "email"}}}}),
                IsEmpty());
    EXPECT_THAT(compiledSchema->validate({{"format", "x"}, {"rule", {{"pattern", "^b$"}}}}),
                ElementsAre(IsViolation("/format", "type", "must be an integer"),
                            IsViolationAt("/rule", "enum")));
    json payload = json::object();
    EXPECT_TRUE(compiledSchema->applyDefaults(payload));
    EXPECT_EQ(payload, (json{{"opts", {{"pattern", "["}, {"format", "uuid"}}}}));
}

TEST(SchemaValidateTest, SiblingsOfARefAreIgnoredAsDraft07Says) {
    EXPECT_THAT(violations(R"({"definitions":{"s":{"type":"string"}},
                               "properties":{"a":{"$ref":"#/definitions/s","type":"integer"}}})",
                           {{"a", "text"}}),
                IsEmpty());
}

TEST(SchemaValidateTest, BooleanSchemas) {
    EXPECT_THAT(violations("true", 5), IsEmpty());
    EXPECT_THAT(violations("false", 5), ElementsAre(IsViolation("", "false", "is not allowed")));
    EXPECT_THAT(violations(R"({"properties":{"legacy":false}})", {{"legacy", 1}}),
                ElementsAre(IsViolation("/legacy", "false", "is not allowed")));
    EXPECT_THAT(violations(R"({"properties":{"legacy":false}})", {{"other", 1}}), IsEmpty());
}

TEST(SchemaValidateTest, LocalReferences) {
    const char* schema = R"({"definitions":{"count":{"type":"integer","minimum":1}},
                             "properties":{"a":{"$ref":"#/definitions/count"},
                                           "b":{"$ref":"#/$defs/name"}},
                             "$defs":{"name":{"type":"string","maxLength":3}}})";
    EXPECT_THAT(violations(schema, {{"a", 2}, {"b", "abc"}}), IsEmpty());
    EXPECT_THAT(violations(schema, {{"a", 0}, {"b", "abcd"}}),
                ElementsAre(IsViolation("/a", "minimum", "must be >= 1"),
                            IsViolation("/b", "maxLength", "must be at most 3 characters long")));
}

TEST(SchemaValidateTest, RecursiveSchemasFollowTheData) {
    const char* tree = R"({"type":"object","required":["name"],
                           "properties":{"name":{"type":"string"},
                                         "children":{"type":"array","items":{"$ref":"#"}}}})";
    const json payload = {
        {"name", "root"},
        {"children", json::array({{{"name", "a"}}, {{"children", json::array({{{"name", 1}}})}}})}};
    EXPECT_THAT(violations(tree, payload),
                ElementsAre(IsViolation("/children/1/children/0/name", "type", "must be a string"),
                            IsViolation("/children/1/name", "required", "is required")));
}

TEST(SchemaValidateTest, MessagesAreLeafErrorsOnly) {
    const auto schema = compiled(R"({"properties":{"a":{"properties":{"b":{"items":
        {"allOf":[{"minimum":3}]}}}}},"dependencies":{"a":{"properties":{"a":{"required":["z"]}}}}})");
    ASSERT_TRUE(schema);
    const auto found = schema->validate({{"a", {{"b", json::array({1})}}}});
    EXPECT_THAT(found, ElementsAre(IsViolation("/a/b/0", "minimum", "must be >= 3"),
                                   IsViolation("/a/z", "required", "is required")));
    for (const Violation& v : found) {
        EXPECT_EQ(v.message.find("Failed"), std::string::npos);
        EXPECT_EQ(v.message.find("schema"), std::string::npos);
    }
}

} // namespace
} // namespace croupier::core
