// key=value coercion against a params schema, and the payload it builds.
#include "PayloadBuilder.h"

#include "SchemaCoercion.h"

#include <gtest/gtest.h>

using namespace croupier::cli;
using nlohmann::json;

namespace {

const json kSchema = json::parse(R"({
  "type": "object",
  "definitions": {"count": {"type": "integer", "minimum": 1}},
  "properties": {
    "player_id": {"type": "string"},
    "duration": {"type": "integer"},
    "ratio": {"type": "number"},
    "notify": {"type": "boolean"},
    "level": {"$ref": "#/definitions/count"},
    "tags": {"type": "array", "items": {"type": "string"}},
    "ids": {"type": "array", "items": {"type": "integer"}},
    "note": {"type": ["string", "null"]},
    "mode": {"enum": [1, 2, 3]},
    "item": {"type": "string", "oneOf": [{"const": "gold"}, {"const": "gem"}]},
    "attachment": {"type": "object", "properties": {"count": {"type": "integer"}}},
    "a.b": {"type": "integer"}
  }
})");

json build(const std::vector<std::string>& args) {
    PayloadBuilder b(kSchema);
    for (const auto& a : args) {
        auto r = b.assign(a);
        EXPECT_TRUE(r.has_value()) << a << ": " << (r ? "" : r.error().message);
    }
    return b.payload();
}

std::string failure(const std::string& arg) {
    PayloadBuilder b(kSchema);
    auto r = b.assign(arg);
    return r ? "" : r.error().message;
}

} // namespace

TEST(PayloadBuilderTest, ValuesTakeTheTypeTheSchemaAsksFor) {
    const json p = build({"player_id=007", "duration=24", "ratio=0.5", "notify=true", "level=3"});
    EXPECT_EQ(p["player_id"], "007") << "a string property stays a string, even if numeric";
    EXPECT_TRUE(p["duration"].is_number_integer());
    EXPECT_EQ(p["duration"], 24);
    EXPECT_DOUBLE_EQ(p["ratio"].get<double>(), 0.5);
    EXPECT_EQ(p["notify"], true);
    EXPECT_EQ(p["level"], 3) << "local $ref followed";
    EXPECT_TRUE(build({"ratio=2"})["ratio"].is_number_integer()) << "a whole number stays whole";
    EXPECT_EQ(build({"notify=no"})["notify"], false);
}

TEST(PayloadBuilderTest, ArraysUnionsEnumsAndUndescribedKeys) {
    EXPECT_EQ(build({"tags=a,b"})["tags"], json({"a", "b"}));
    EXPECT_EQ(build({"ids=1,2,3"})["ids"], json({1, 2, 3}));
    EXPECT_EQ(build({"ids=[4,5]"})["ids"], json({4, 5}));
    EXPECT_EQ(build({"tags="})["tags"], json::array());
    EXPECT_TRUE(build({"note=null"})["note"].is_null());
    EXPECT_EQ(build({"note=hello"})["note"], "hello");
    EXPECT_EQ(build({"mode=2"})["mode"], 2) << "enum of numbers";
    EXPECT_EQ(build({"item=gold"})["item"], "gold");
    EXPECT_EQ(build({"extra=12"})["extra"], "12") << "undescribed: kept as written";
}

TEST(PayloadBuilderTest, RawJsonAndNestedKeys) {
    const json p = build({"tags:=[\"x\"]", "attachment.count=2", "meta:={\"k\":1}", "a.b=7"});
    EXPECT_EQ(p["tags"], json({"x"}));
    EXPECT_EQ(p["attachment"]["count"], 2);
    EXPECT_EQ(p["meta"]["k"], 1);
    EXPECT_EQ(p["a.b"], 7) << "a property named with a dot wins over nesting";
    EXPECT_EQ(build({"x.y.z=1"})["x"]["y"]["z"], "1");
}

TEST(PayloadBuilderTest, ValuesThatCannotBeCoercedNameTheKey) {
    EXPECT_EQ(failure("duration=abc"), "invalid value for duration: \"abc\" is not an integer");
    EXPECT_EQ(failure("duration=1.5"), "invalid value for duration: \"1.5\" is not an integer");
    EXPECT_NE(failure("ratio=fast").find("ratio"), std::string::npos);
    EXPECT_NE(failure("ratio=0x10").find("not a number"), std::string::npos);
    EXPECT_NE(failure("notify=maybe").find("notify"), std::string::npos);
    EXPECT_NE(failure("ids=1,x").find("ids: \"x\" is not an integer"), std::string::npos);
    EXPECT_NE(failure("attachment=3").find("key:=<json>"), std::string::npos);
    EXPECT_NE(failure("meta:={oops").find("meta"), std::string::npos);
    EXPECT_NE(failure("player_id").find("expected key=value"), std::string::npos);
    EXPECT_NE(failure("=1").find("expected key=value"), std::string::npos);
    EXPECT_NE(failure("a..b=1").find("empty name"), std::string::npos);
}

TEST(PayloadBuilderTest, KeysOverrideTheJsonBase) {
    PayloadBuilder b(kSchema);
    ASSERT_TRUE(b.setBase(R"({"player_id": "p1", "duration": 1})", "--json").has_value());
    ASSERT_TRUE(b.assign("duration=48").has_value());
    EXPECT_EQ(b.payload(), json({{"player_id", "p1"}, {"duration", 48}}));

    auto notObject = b.setBase("[1]", "--json");
    ASSERT_FALSE(notObject.has_value());
    EXPECT_EQ(notObject.error().message, "--json must be a JSON object");
    auto broken = b.setBase("{", "payload.json");
    ASSERT_FALSE(broken.has_value());
    EXPECT_EQ(broken.error().message, "payload.json is not valid JSON");
}

TEST(PayloadBuilderTest, ASetValueIsNotSilentlyTurnedIntoAnObject) {
    PayloadBuilder b(nullptr);
    ASSERT_TRUE(b.assign("a=1").has_value());
    auto r = b.assign("a.b=2");
    ASSERT_FALSE(r.has_value());
    EXPECT_NE(r.error().message.find("a is not an object"), std::string::npos);
}

TEST(SchemaCoercionTest, TypesComeFromTypeEnumConstAndBranches) {
    EXPECT_EQ(schemaTypes(json::parse(R"({"type": ["integer", "null"]})"), json()),
              (std::vector<std::string>{"integer", "null"}));
    EXPECT_EQ(schemaTypes(json::parse(R"({"enum": ["a", 1, true]})"), json()),
              (std::vector<std::string>{"string", "integer", "boolean"}));
    EXPECT_EQ(
        schemaTypes(json::parse(R"({"anyOf": [{"type": "number"}, {"const": null}]})"), json()),
        (std::vector<std::string>{"number", "null"}));
    EXPECT_TRUE(schemaTypes(json::parse(R"({"description": "free"})"), json()).empty());
    EXPECT_EQ(propertySchema(kSchema, {"attachment", "count"})->at("type"), "integer");
    EXPECT_EQ(propertySchema(kSchema, {"nope"}), nullptr);
}
