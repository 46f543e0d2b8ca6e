#include "croupier/core/Descriptor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace croupier::core {
namespace {

using nlohmann::json;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Descriptor sensitiveDescriptor(const json& params, const json& uiSensitive = nullptr) {
    json descriptor = {{"id", "account.reset"}, {"params", params}};
    if (!uiSensitive.is_null()) {
        descriptor["ui"]["sensitive"] = uiSensitive;
    }
    auto result = Descriptor::parse(descriptor);
    if (!result) {
        ADD_FAILURE() << result.error().message;
        return *Descriptor::parse({{"id", "failed.parse"}});
    }
    return *result;
}

const json kParams = json::parse(R"({
    "type":"object",
    "definitions":{"secret":{"type":"string","format":"password"}},
    "properties":{
        "user":{"type":"string"},
        "password":{"type":"string","format":"password"},
        "token":{"type":"string","writeOnly":true},
        "note":{"type":"string"},
        "profile":{"type":"object","properties":{"pin":{"$ref":"#/definitions/secret"},
                                                 "nick":{"type":"string"}}},
        "keys":{"type":"array","items":{"type":"object","properties":{
            "id":{"type":"string"},"secret":{"type":"string","writeOnly":true}}}},
        "extra":{"type":"object","additionalProperties":{"type":"string","format":"password"}}
    },
    "allOf":[{"properties":{"otp":{"type":"string","writeOnly":true}}}]
})");

TEST(SensitiveFieldsTest, FindsPasswordWriteOnlyNestedAndArrayItems) {
    const Descriptor d = sensitiveDescriptor(kParams, json::array({"note", "/profile/nick"}));
    EXPECT_THAT(d.sensitivePointers(),
                ElementsAre("/extra/*", "/keys/*/secret", "/note", "/otp", "/password",
                            "/profile/nick", "/profile/pin", "/token"));
}

TEST(SensitiveFieldsTest, MaskReplacesOnlySensitiveValuesThatArePresent) {
    const Descriptor d = sensitiveDescriptor(kParams, json::array({"note"}));
    const json payload = {{"user", "alice"},
                          {"password", "hunter2"},
                          {"profile", {{"pin", "1234"}, {"nick", "al"}}},
                          {"keys", json::array({{{"id", "k1"}, {"secret", "s1"}}, {{"id", "k2"}}})},
                          {"extra", {{"a", "x"}, {"b", "y"}}},
                          {"note", json::array({1, 2})}};
    const json masked = d.maskSensitive(payload);
    EXPECT_EQ(masked,
              (json{{"user", "alice"},
                    {"password", "******"},
                    {"profile", {{"pin", "******"}, {"nick", "al"}}},
                    {"keys", json::array({{{"id", "k1"}, {"secret", "******"}}, {{"id", "k2"}}})},
                    {"extra", {{"a", "******"}, {"b", "******"}}},
                    {"note", "******"}}));
    EXPECT_EQ(payload.at("password"), "hunter2"); // the input is untouched
}

TEST(SensitiveFieldsTest, NothingSensitiveMeansNothingMasked) {
    const Descriptor d =
        sensitiveDescriptor({{"type", "object"}, {"properties", {{"a", {{"type", "string"}}}}}});
    EXPECT_THAT(d.sensitivePointers(), IsEmpty());
    const json payload = {{"a", "x"}, {"b", {{"c", 1}}}};
    EXPECT_EQ(d.maskSensitive(payload), payload);
    EXPECT_EQ(d.maskSensitive("scalar"), "scalar");
}

TEST(SensitiveFieldsTest, UiSensitiveAcceptsPointersWithWildcardsAndEscapes) {
    const Descriptor d =
        sensitiveDescriptor({{"type", "object"}}, json::array({"/rows/*/card", "a/b", "/rows/0/cvv"}));
    EXPECT_THAT(d.sensitivePointers(), ElementsAre("/a~1b", "/rows/*/card", "/rows/0/cvv"));
    const json masked = d.maskSensitive(
        {{"a/b", 1},
         {"rows", json::array({{{"card", "4111"}, {"cvv", "123"}}, {{"card", "5500"}}})}});
    EXPECT_EQ(masked, (json{{"a/b", "******"},
                            {"rows", json::array({{{"card", "******"}, {"cvv", "******"}},
                                                  {{"card", "******"}}})}}));
}

} // namespace
} // namespace croupier::core
