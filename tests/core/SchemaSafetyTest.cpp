// Untrusted payloads must never crash or hang the process: huge strings against patterns,
// catastrophic backtracking, deep nesting, long keys, invalid UTF-8, concurrent callers.

#include "SchemaTestSupport.h"

#include <atomic>
#include <pthread.h>
#include <thread>

namespace croupier::core {
namespace {

using namespace test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// libstdc++'s recursive std::regex segfaults on this (measured: 50,000 characters suffice).
TEST(SchemaSafetyTest, HugeStringAgainstAPatternIsCheckedWithoutCrashing) {
    const auto schema = compiled(R"({"type":"string","pattern":"^[a-z]+$"})");
    ASSERT_TRUE(schema);
    EXPECT_THAT(schema->validate(std::string(200'000, 'a')), IsEmpty());
    EXPECT_THAT(schema->validate(std::string(200'000, 'a') + "A"),
                ElementsAre(IsViolation("", "pattern", "must match pattern ^[a-z]+$")));
}

TEST(SchemaSafetyTest, GroupRepetitionOverAHugeStringIsCheckedOrRefused) {
    const auto schema = compiled(R"({"properties":{"s":{"pattern":"^(a|b)+$"}}})");
    ASSERT_TRUE(schema);
    const auto found = schema->validate({{"s", std::string(200'000, 'a')}});
    // Either PCRE2 finished (valid) or it hit a limit: then exactly one violation, at the field.
    if (!found.empty()) {
        EXPECT_THAT(found, ElementsAre(IsViolationAt("/s", "pattern")));
        EXPECT_THAT(found[0].message, HasSubstr("too long or too complex"));
    }
}

TEST(SchemaSafetyTest, CatastrophicBacktrackingHitsTheMatchLimit) {
    const auto schema = compiled(R"({"pattern":"^(a+)+$"})");
    ASSERT_TRUE(schema);
    EXPECT_THAT(schema->validate(std::string(64, 'a') + "!"),
                ElementsAre(IsViolation("", "pattern",
                                        "is too long or too complex to check against pattern "
                                        "^(a+)+$")));
    EXPECT_THAT(schema->validate(std::string(64, 'a')), IsEmpty());
}

TEST(SchemaSafetyTest, InvalidUtf8IsAViolationNotACrash) {
    EXPECT_THAT(violations(R"({"pattern":"^a"})", std::string("a\xff\xfe", 3)),
                ElementsAre(IsViolation("", "pattern", "is not valid UTF-8")));
}

json nestedArrays(int levels) {
    json root = json::array();
    json* cursor = &root;
    for (int i = 0; i < levels; ++i) {
        cursor->push_back(json::array());
        cursor = &cursor->back();
    }
    return root;
}

TEST(SchemaSafetyTest, DeepPayloadsYieldOneLimitViolation) {
    const auto schema = compiled(R"({"items":{"$ref":"#"}})");
    ASSERT_TRUE(schema);
    EXPECT_THAT(schema->validate(nestedArrays(30)), IsEmpty());
    const auto found = schema->validate(nestedArrays(100'000));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].keyword, "limit");
    EXPECT_EQ(found[0].message, "is nested deeper than 64 levels");
    EXPECT_EQ(found[0].pointer, "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                                "/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0"
                                "/0");
}

TEST(SchemaSafetyTest, OverlongKeysYieldALimitViolation) {
    const auto schema = compiled(R"({"patternProperties":{"^[a-z]+$":{"type":"integer"}}})");
    ASSERT_TRUE(schema);
    EXPECT_THAT(schema->validate({{std::string(1024, 'k'), 1}}), IsEmpty());
    const std::string longKey(5000, 'k');
    EXPECT_THAT(schema->validate({{"nested", {{longKey, 1}}}}),
                ElementsAre(IsViolation("/nested/" + longKey, "limit",
                                        "has a property name longer than 1024 bytes")));
}

TEST(SchemaSafetyTest, PatternPropertyNamesThatWouldBacktrackForeverAreRefused) {
    const auto schema = compiled(R"({"patternProperties":{"^(a+)+$":{"type":"integer"}}})");
    ASSERT_TRUE(schema);
    EXPECT_THAT(schema->validate({{"aaaa", 1}}), IsEmpty());
    EXPECT_THAT(schema->validate({{"aaaa", "x"}}), ElementsAre(IsViolationAt("/aaaa", "type")));
    const std::string key = std::string(64, 'a') + "!";
    EXPECT_THAT(schema->validate({{key, 1}}), ElementsAre(IsViolationAt("/" + key, "limit")));
}

TEST(SchemaSafetyTest, HugeArraysUnderUniqueItemsAreRefused) {
    json big = json::array();
    for (int i = 0; i < 5000; ++i) {
        big.push_back(i);
    }
    EXPECT_THAT(violations(R"({"uniqueItems":true})", big),
                ElementsAre(IsViolation("", "limit", "has more than 2000 items")));
    EXPECT_THAT(violations(R"({"items":{"type":"integer"}})", big), IsEmpty());
}

// A chain of definitions, each nesting the next through a property: as deep as valijson's
// parser is allowed to recurse (the 1000-schema limit).
json longestReferenceChain() {
    json schema = json::object();
    for (int i = 0; i < 499; ++i) {
        schema["definitions"]["d" + std::to_string(i)] = {
            {"properties", {{"x", {{"$ref", "#/definitions/d" + std::to_string(i + 1)}}}}}};
    }
    schema["definitions"]["d499"] = {{"type", "object"}};
    schema["$ref"] = "#/definitions/d0";
    return schema;
}

TEST(SchemaSafetyTest, TheLargestAcceptedSchemaCompilesAndValidates) {
    const auto compiledSchema = compiled(longestReferenceChain());
    ASSERT_TRUE(compiledSchema);
    json payload = json::object();
    for (int i = 0; i < 60; ++i) {
        payload = json{{"x", payload}};
    }
    EXPECT_THAT(compiledSchema->validate(payload), IsEmpty());
}

void* compileLongestChain(void* ok) {
    *static_cast<bool*>(ok) = Schema::compile(longestReferenceChain()).has_value();
    return nullptr;
}

TEST(SchemaSafetyTest, CompilingDoesNotDependOnTheCallersStackSize) {
    // Threads can have small stacks (2 MiB by default when the stack rlimit is unlimited).
    pthread_attr_t attributes;
    ASSERT_EQ(pthread_attr_init(&attributes), 0);
    ASSERT_EQ(pthread_attr_setstacksize(&attributes, 512 * 1024), 0);
    bool ok = false;
    pthread_t thread;
    ASSERT_EQ(pthread_create(&thread, &attributes, compileLongestChain, &ok), 0);
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attributes);
    EXPECT_TRUE(ok);
}

TEST(SchemaSafetyTest, ValidateIsSafeFromManyThreads) {
    const auto schema = compiled(R"({"type":"object","required":["id","mail"],"properties":{
        "id":{"type":"string","pattern":"^[a-z]+_[0-9]+$"},
        "mail":{"format":"email"},
        "kind":{"oneOf":[{"const":"a"},{"const":"b"}]},
        "n":{"type":"integer","minimum":1}}})");
    ASSERT_TRUE(schema);
    const json good = {{"id", "player_1"}, {"mail", "a@b.c"}, {"kind", "a"}, {"n", 3}};
    const json bad = {{"id", "Player"}, {"mail", "nope"}, {"kind", "c"}, {"n", 0}};
    const auto expectedBad = schema->validate(bad);
    ASSERT_EQ(expectedBad.size(), 4u);
    std::atomic<int> mismatches{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 300; ++i) {
                if (!schema->validate(good).empty() || schema->validate(bad) != expectedBad) {
                    ++mismatches;
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(mismatches.load(), 0);
}

} // namespace
} // namespace croupier::core
