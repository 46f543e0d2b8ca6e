#include "SchemaTestSupport.h"

#include <fstream>

namespace croupier::core {
namespace {

using namespace test;
using ::testing::IsEmpty;

TEST(SchemaDefaultsTest, SeedDurationDefaultAppearsWhenAbsent) {
    std::ifstream file(CROUPIER_DEMO_DESCRIPTOR);
    const auto schema = compiled(json::parse(file).at("params"));
    ASSERT_TRUE(schema);
    json payload = {{"player_id", "player_123"}};
    EXPECT_FALSE(schema->validate(payload).empty());
    EXPECT_TRUE(schema->applyDefaults(payload));
    EXPECT_EQ(payload, (json{{"player_id", "player_123"}, {"duration", 24}}));
    EXPECT_THAT(schema->validate(payload), IsEmpty());
}

TEST(SchemaDefaultsTest, PresentValuesAreKeptAndNothingAddedReportsFalse) {
    const auto schema = compiled(R"({"properties":{"n":{"default":1},"m":{"type":"string"}}})");
    ASSERT_TRUE(schema);
    json payload = {{"n", 5}};
    EXPECT_FALSE(schema->applyDefaults(payload));
    EXPECT_EQ(payload, (json{{"n", 5}}));
    json explicitNull = {{"n", nullptr}};
    EXPECT_FALSE(schema->applyDefaults(explicitNull));
    EXPECT_EQ(explicitNull, (json{{"n", nullptr}}));
    json notAnObject = "text";
    EXPECT_FALSE(schema->applyDefaults(notAnObject));
}

TEST(SchemaDefaultsTest, RecursesIntoPresentAndFreshlyDefaultedObjects) {
    const auto schema = compiled(R"({"properties":{
        "present":{"properties":{"a":{"default":"x"}}},
        "absent":{"properties":{"a":{"default":"y"}}},
        "created":{"default":{},"properties":{"b":{"default":2},
                                             "inner":{"default":{"c":3},
                                                      "properties":{"d":{"default":4}}}}}}})");
    ASSERT_TRUE(schema);
    json payload = {{"present", json::object()}};
    EXPECT_TRUE(schema->applyDefaults(payload));
    EXPECT_EQ(payload, (json{{"present", {{"a", "x"}}},
                             {"created", {{"b", 2}, {"inner", {{"c", 3}, {"d", 4}}}}}}));
}

TEST(SchemaDefaultsTest, FollowsReferencesAllOfAndItems) {
    const auto schema = compiled(R"({
        "definitions":{"grant":{"properties":{"count":{"default":1}}},
                       "hours":{"type":"integer","default":24}},
        "allOf":[{"properties":{"reason":{"default":"ops"}}}],
        "properties":{"duration":{"$ref":"#/definitions/hours"},
                      "explicit":{"$ref":"#/definitions/hours","default":48},
                      "grants":{"type":"array","items":{"$ref":"#/definitions/grant"}}}})");
    ASSERT_TRUE(schema);
    json payload = {{"grants", json::array({json::object(), {{"count", 5}}})}};
    EXPECT_TRUE(schema->applyDefaults(payload));
    EXPECT_EQ(payload, (json{{"duration", 24},
                             {"explicit", 48},
                             {"reason", "ops"},
                             {"grants", json::array({{{"count", 1}}, {{"count", 5}}})}}));
}

} // namespace
} // namespace croupier::core
