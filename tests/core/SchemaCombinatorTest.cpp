// allOf / anyOf / oneOf / not / if-then-else, including Croupier's own checks (pattern, format,
// type, ...) inside them: they run as valijson constraints, so combinators see them normally.

#include "SchemaTestSupport.h"

namespace croupier::core {
namespace {

using namespace test;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SchemaCombinatorTest, AllOfReportsEachFailingPartsLeaves) {
    const char* schema = R"({"allOf":[{"type":"integer"},{"minimum":10},{"multipleOf":4}]})";
    EXPECT_THAT(violations(schema, 12), IsEmpty());
    EXPECT_THAT(violations(schema, 6),
                ElementsAre(IsViolation("", "minimum", "must be >= 10"),
                            IsViolation("", "multipleOf", "must be a multiple of 4")));
}

TEST(SchemaCombinatorTest, AnyOfReportsItselfNotItsBranches) {
    const char* schema = R"({"anyOf":[{"type":"string","maxLength":2},{"type":"integer"}]})";
    EXPECT_THAT(violations(schema, "ab"), IsEmpty());
    EXPECT_THAT(violations(schema, 3), IsEmpty());
    EXPECT_THAT(
        violations(schema, "abc"),
        ElementsAre(IsViolation("", "anyOf", "must match at least one of the allowed schemas")));
    EXPECT_THAT(violations(schema, 1.5), ElementsAre(IsViolationAt("", "anyOf")));
}

TEST(SchemaCombinatorTest, OneOfOfConstsLikeTheConsoleUses) {
    const char* schema = R"({"properties":{"region":{"oneOf":[
        {"const":"cn","title":"China"},{"const":"eu","title":"Europe"}]}}})";
    EXPECT_THAT(violations(schema, {{"region", "eu"}}), IsEmpty());
    EXPECT_THAT(violations(schema, {{"region", "us"}}),
                ElementsAre(IsViolation("/region", "oneOf",
                                        "must match exactly one of the allowed schemas")));
}

TEST(SchemaCombinatorTest, OneOfMatchingSeveralFails) {
    const char* schema = R"({"oneOf":[{"type":"integer"},{"minimum":0}]})";
    EXPECT_THAT(violations(schema, -1), IsEmpty());
    EXPECT_THAT(violations(schema, 5),
                ElementsAre(IsViolation("", "oneOf",
                                        "must match exactly one of the allowed schemas, "
                                        "but matches several")));
}

TEST(SchemaCombinatorTest, BranchErrorsDoNotLeakNextToOtherErrors) {
    // The combinator's branches fail; the sibling errors before and after must survive intact.
    const char* schema = R"({"allOf":[{"required":["id"]},
                                      {"properties":{"kind":{"anyOf":[{"const":1},{"const":2}]}}},
                                      {"properties":{"n":{"minimum":3}}}]})";
    EXPECT_THAT(violations(schema, {{"kind", 5}, {"n", 1}}),
                ElementsAre(IsViolation("/id", "required", "is required"),
                            IsViolationAt("/kind", "anyOf"),
                            IsViolation("/n", "minimum", "must be >= 3")));
}

TEST(SchemaCombinatorTest, NestedCombinatorsCollapseToTheOutermostFailure) {
    const char* schema = R"({"anyOf":[{"oneOf":[{"type":"string"},{"type":"boolean"}]},
                                      {"type":"integer","minimum":100}]})";
    EXPECT_THAT(violations(schema, true), IsEmpty());
    EXPECT_THAT(violations(schema, 150), IsEmpty());
    EXPECT_THAT(violations(schema, 5), ElementsAre(IsViolationAt("", "anyOf")));
}

TEST(SchemaCombinatorTest, Not) {
    EXPECT_THAT(violations(R"({"not":{"type":"string"}})", 5), IsEmpty());
    EXPECT_THAT(violations(R"({"not":{"type":"string"}})", "s"),
                ElementsAre(IsViolation("", "not", "must not match the excluded schema")));
}

TEST(SchemaCombinatorTest, IfThenElseReportsTheBranchLeaves) {
    const char* schema = R"({"if":{"properties":{"kind":{"const":"timed"}}},
                             "then":{"required":["hours"]},
                             "else":{"properties":{"hours":false}}})";
    EXPECT_THAT(violations(schema, {{"kind", "timed"}, {"hours", 3}}), IsEmpty());
    EXPECT_THAT(violations(schema, {{"kind", "timed"}}),
                ElementsAre(IsViolation("/hours", "required", "is required")));
    EXPECT_THAT(violations(schema, {{"kind", "forever"}, {"hours", 3}}),
                ElementsAre(IsViolation("/hours", "false", "is not allowed")));
}

TEST(SchemaCombinatorTest, CroupierChecksWorkInsideCombinators) {
    const char* either = R"({"oneOf":[{"format":"email"},{"format":"ipv4"}]})";
    EXPECT_THAT(violations(either, "gm@example.com"), IsEmpty());
    EXPECT_THAT(violations(either, "10.0.0.1"), IsEmpty());
    EXPECT_THAT(violations(either, "nobody"), ElementsAre(IsViolationAt("", "oneOf")));

    const char* notPattern = R"({"type":"string","not":{"pattern":"^admin"}})";
    EXPECT_THAT(violations(notPattern, "player"), IsEmpty());
    EXPECT_THAT(violations(notPattern, "admin1"), ElementsAre(IsViolationAt("", "not")));

    const char* anyPattern = R"({"anyOf":[{"pattern":"^[0-9]+$"},{"enum":["none"]}]})";
    EXPECT_THAT(violations(anyPattern, "123"), IsEmpty());
    EXPECT_THAT(violations(anyPattern, "none"), IsEmpty());
    EXPECT_THAT(violations(anyPattern, "abc"), ElementsAre(IsViolationAt("", "anyOf")));

    const char* ifPattern = R"({"if":{"pattern":"^vip_"},"then":{"minLength":6}})";
    EXPECT_THAT(violations(ifPattern, "vip_"), ElementsAre(IsViolationAt("", "minLength")));
    EXPECT_THAT(violations(ifPattern, "abc"), IsEmpty());
}

TEST(SchemaCombinatorTest, ContainsUsesCroupierChecks) {
    EXPECT_THAT(violations(R"({"contains":{"type":"string","pattern":"^x"}})",
                           json::array({1, "ya", "xb"})),
                IsEmpty());
    EXPECT_THAT(
        violations(R"({"contains":{"type":"string","pattern":"^x"}})", json::array({1, "ya"})),
        ElementsAre(IsViolationAt("", "contains")));
}

TEST(SchemaCombinatorTest, ReferencesIntoCombinatorsStillResolve) {
    const char* schema = R"({"allOf":[{"minimum":1},{"maximum":10},{"multipleOf":2},
                                      {"type":"integer"},{"not":{"const":4}}],
                             "anyOf":[{"type":"integer"},{"maxLength":1}],
                             "properties":{"even":{"$ref":"#/allOf/2"},
                                           "short":{"$ref":"#/anyOf/1"}}})";
    EXPECT_THAT(violations(schema, 6), IsEmpty());
    EXPECT_THAT(violations(schema, 4), ElementsAre(IsViolationAt("", "not")));
    EXPECT_THAT(violations(schema, 11),
                ElementsAre(IsViolation("", "maximum", "must be <= 10"),
                            IsViolation("", "multipleOf", "must be a multiple of 2")));
    EXPECT_THAT(
        violations(schema, {{"even", 3}, {"short", "ab"}}),
        ElementsAre(IsViolation("", "type", "must be an integer"),
                    IsViolation("/even", "multipleOf", "must be a multiple of 2"),
                    IsViolation("/short", "maxLength", "must be at most 1 character long")));
}

} // namespace
} // namespace croupier::core
