// Schema::compile(): what draft-07 schemas compile, and the errors (keyword + JSON pointer) for
// the ones that do not, including the pathological ones that would hang or crash valijson.

#include "SchemaTestSupport.h"

namespace croupier::core {
namespace {

using namespace test;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

void expectError(const json& schema, const std::string& keyword, const std::string& pointer,
                 const std::string& text) {
    SCOPED_TRACE(schema.dump().substr(0, 200));
    const Error error = compileError(schema);
    EXPECT_EQ(error.code, ErrorCode::InvalidArgument);
    EXPECT_EQ(error.details.count("keyword") ? error.details.at("keyword") : "?", keyword);
    if (pointer != "*") {
        EXPECT_EQ(error.details.count("pointer") ? error.details.at("pointer") : "?", pointer);
    }
    EXPECT_THAT(error.message, HasSubstr(text));
    if (!keyword.empty()) {
        EXPECT_THAT(error.message, HasSubstr("\"" + keyword + "\""));
    }
}

TEST(SchemaCompileTest, KeepsTheOriginalDocument) {
    const json original = json::parse(R"({"type":"object","x-ui":{"order":["a"]},
                                          "properties":{"a":{"pattern":"^a","format":"email"}}})");
    const auto schema = compiled(original);
    ASSERT_TRUE(schema);
    EXPECT_EQ(schema->json(), original);
}

TEST(SchemaCompileTest, AcceptsDraft07AsTheSeedsWriteIt) {
    for (const char* text : {
             R"({})",
             "true",
             "false",
             R"({"$schema":"http://json-schema.org/draft-07/schema#","type":"object"})",
             R"({"type":"object","properties":{"n":{"type":"integer","minLength":2.0}}})",
             R"({"$id":"urn:croupier:x","id":"ignored","divisibleBy":"ignored in draft-07",
                 "x-extension":{"anything":[1,2,3]},"readOnly":true,"examples":[1]})",
             R"({"definitions":{"a~b":{"type":"string"},"c/d":{"type":"integer"},"50%":{}},
                 "properties":{"x":{"$ref":"#/definitions/a~0b"},"y":{"$ref":"#/definitions/c~1d"},
                               "z":{"$ref":"#/definitions/50%25"}}})",
             R"({"$ref":"#/definitions/a","definitions":{"a":{"type":"object"}}})",
             R"({"properties":{"next":{"$ref":"#"}}})",
         }) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(Schema::compile(json::parse(text)))
            << Schema::compile(json::parse(text)).error().message;
    }
}

TEST(SchemaCompileTest, EscapedReferencesResolveToTheRightSchema) {
    const char* schema = R"({"definitions":{"a~b":{"type":"string"},"c/d":{"type":"integer"}},
        "properties":{"x":{"$ref":"#/definitions/a~0b"},"y":{"$ref":"#/definitions/c~1d"}}})";
    EXPECT_THAT(violations(schema, {{"x", "s"}, {"y", 1}}), IsEmpty());
    EXPECT_EQ(violations(schema, {{"x", 1}, {"y", "s"}}).size(), 2u);
}

TEST(SchemaCompileTest, NamesTheBadKeywordAndWhereItIs) {
    expectError(json::parse(R"({"properties":{"duration":{"minimum":"1"}}})"), "minimum",
                "/properties/duration/minimum", "must be a number");
    expectError(json::parse(R"({"maxLength":-1})"), "maxLength", "/maxLength",
                "non-negative integer");
    expectError(json::parse(R"({"minItems":1.5})"), "minItems", "/minItems",
                "non-negative integer");
    expectError(json::parse(R"({"multipleOf":0})"), "multipleOf", "/multipleOf", "greater than 0");
    expectError(json::parse(R"({"type":"strin"})"), "type", "/type", "must be one of");
    expectError(json::parse(R"({"type":["string","string"]})"), "type", "/type", "must be one of");
    expectError(json::parse(R"({"required":"id"})"), "required", "/required", "property names");
    expectError(json::parse(R"({"properties":[]})"), "properties", "/properties",
                "object of schemas");
    expectError(json::parse(R"({"properties":{"a":5}})"), "properties", "/properties/a",
                "must be a schema");
    expectError(json::parse(R"({"items":[{"type":"string"},7]})"), "items", "/items/1",
                "must be a schema");
    expectError(json::parse(R"({"allOf":[]})"), "allOf", "/allOf", "non-empty array");
    expectError(json::parse(R"({"anyOf":{}})"), "anyOf", "/anyOf", "non-empty array");
    expectError(json::parse(R"({"oneOf":[{"type":1}]})"), "type", "/oneOf/0/type",
                "must be one of");
    expectError(json::parse(R"({"enum":[]})"), "enum", "/enum", "non-empty array");
    expectError(json::parse(R"({"title":5})"), "title", "/title", "must be a string");
    expectError(json::parse(R"({"uniqueItems":"yes"})"), "uniqueItems", "/uniqueItems",
                "true or false");
    expectError(json::parse(R"({"dependencies":{"a":[1]}})"), "dependencies", "/dependencies/a",
                "property names");
    expectError(json::parse(R"({"format":7})"), "format", "/format", "must be a string");
    expectError(json(5), "", "", "must be a schema");
}

TEST(SchemaCompileTest, InvalidPatternsNameTheirPointer) {
    expectError(json::parse(R"({"properties":{"a":{"pattern":"(["}}})"), "pattern",
                "/properties/a/pattern", "invalid regular expression");
    expectError(json::parse(R"({"patternProperties":{"a(":{}}})"), "patternProperties",
                "/patternProperties/a(", "invalid regular expression");
    // Valid for PCRE2 but not for the std::regex valijson uses on property names.
    expectError(json::parse(R"({"patternProperties":{"(?<=a)b":{}}})"), "patternProperties",
                "/patternProperties/(?<=a)b", "not supported");
}

TEST(SchemaCompileTest, RefusesRemoteDanglingAndMisplacedReferences) {
    expectError(json::parse(R"({"$ref":"http://example.com/schema.json"})"), "$ref", "/$ref",
                "remote references are not allowed");
    expectError(json::parse(R"({"properties":{"a":{"$ref":"other.json#/x"}}})"), "$ref",
                "/properties/a/$ref", "remote references are not allowed");
    expectError(json::parse(R"({"properties":{"a":{"$ref":"#/definitions/missing"}}})"), "$ref",
                "/properties/a/$ref", "points to nothing");
    expectError(json::parse(R"({"properties":{"a":{"$ref":"#/properties"}}})"), "$ref",
                "/properties/a/$ref", "does not point to a schema");
    expectError(json::parse(R"({"$ref":5})"), "$ref", "/$ref", "must be a string");
    expectError(json::parse(R"({"$ref":"#/a~2"})"), "$ref", "/$ref", "not a valid JSON pointer");
}

TEST(SchemaCompileTest, RefusesReferenceCyclesThatConsumeNoInput) {
    expectError(json::parse(R"({"$ref":"#"})"), "$ref", "/$ref", "reference cycle");
    expectError(json::parse(R"({"definitions":{"a":{"$ref":"#/definitions/b"},
                                               "b":{"$ref":"#/definitions/a"}},
                                "properties":{"x":{"$ref":"#/definitions/a"}}})"),
                "$ref", "/definitions/b/$ref", "reference cycle");
    expectError(json::parse(R"({"definitions":{"a":{"allOf":[{"$ref":"#/definitions/a"}]}},
                                "$ref":"#/definitions/a"})"),
                "$ref", "/definitions/a/allOf/0/$ref", "reference cycle");
    expectError(json::parse(R"({"anyOf":[{"not":{"$ref":"#"}}]})"), "$ref", "/anyOf/0/not/$ref",
                "reference cycle");
}

json nested(const std::string& keyword, int levels) {
    json schema = json::object();
    for (int i = 0; i < levels; ++i) {
        schema = keyword == "properties" ? json{{"properties", {{"a", schema}}}}
                                         : json{{keyword, json::array({schema})}};
    }
    return schema;
}

std::string repeated(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += text;
    }
    return out;
}

TEST(SchemaCompileTest, RefusesSchemasNestedTooDeep) {
    EXPECT_TRUE(Schema::compile(nested("properties", 64)));
    expectError(nested("properties", 100), "properties", repeated("/properties/a", 65),
                "nested deeper than 64");
}

TEST(SchemaCompileTest, RefusesLongChainsAppliedToTheSameValue) {
    EXPECT_TRUE(Schema::compile(nested("allOf", 16)));
    expectError(nested("allOf", 17), "allOf", "*", "in a chain");
    json chain = json::object();
    for (int i = 0; i < 20; ++i) {
        chain["definitions"]["d" + std::to_string(i)] = {
            {"$ref", "#/definitions/d" + std::to_string(i + 1)}};
    }
    chain["definitions"]["d20"] = {{"type", "string"}};
    chain["$ref"] = "#/definitions/d0";
    expectError(chain, "$ref", "*", "in a chain");
}

TEST(SchemaCompileTest, RefusesTooManySchemas) {
    json wide = {{"type", "object"}};
    for (int i = 0; i < 999; ++i) {
        wide["properties"]["p" + std::to_string(i)] = {{"type", "integer"}};
    }
    EXPECT_TRUE(Schema::compile(wide));
    wide["properties"]["one_too_many"] = json::object();
    expectError(wide, "properties", "*", "more than 1000 schemas");
}

TEST(SchemaCompileTest, RefusesDeeplyNestedJsonWithoutRecursing) {
    json deep = json::object();
    json* cursor = &deep["default"];
    for (int i = 0; i < 100'000; ++i) {
        *cursor = json::array({nullptr});
        cursor = &(*cursor)[0];
    }
    const auto result = Schema::compile(deep);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::InvalidArgument);
    EXPECT_THAT(result.error().message, HasSubstr("nested deeper than 256"));
}

} // namespace
} // namespace croupier::core
