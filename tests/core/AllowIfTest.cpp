#include "croupier/core/AllowIf.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace croupier::core {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;

// The call most tests evaluate against: alice, a gm, in g1/prod, banning for 24 hours.
struct Call {
    PermissionSet permissions{std::vector<std::string>{"player.*", "audit.read"}};
    json params = json::parse(R"({"player_id": "p-42", "duration": 24, "ratio": 0.5,
        "big": 18446744073709551615, "negative": -3, "notify": true, "nothing": null,
        "reward": {"count": 3, "item": {"id": "sword"}}, "tags": ["a", "b"]})");
    AllowIfInput input;

    Call() {
        input.user = "alice";
        input.roles = {"gm", "viewer"};
        input.permissions = &permissions;
        input.gameId = "g1";
        input.env = "prod";
        input.functionId = "player.ban";
        input.params = &params;
    }
};

AllowIf parsed(const std::string& text) {
    auto result = AllowIf::parse(text);
    if (!result) {
        ADD_FAILURE() << text << ": " << result.error().message;
        return *AllowIf::parse("has_role('never-parsed')");
    }
    return *result;
}

bool eval(const std::string& text, const AllowIfInput& input) {
    return parsed(text).evaluate(input);
}

bool eval(const std::string& text) {
    return eval(text, Call().input);
}

// Parsing `text` fails with INVALID_ARGUMENT at byte `position`, the message mentioning `what`.
void expectErrorAt(const std::string& text, std::size_t position, const std::string& what) {
    SCOPED_TRACE("expression: " + text);
    const auto result = AllowIf::parse(text);
    ASSERT_FALSE(result) << "parsed, but should fail at " << position;
    const Error& error = result.error();
    EXPECT_EQ(error.code, ErrorCode::InvalidArgument);
    const std::string prefix = "allow_if: at position " + std::to_string(position) + ": ";
    EXPECT_EQ(error.message.substr(0, prefix.size()), prefix) << error.message;
    EXPECT_THAT(error.message, HasSubstr(what));
    ASSERT_EQ(error.details.count("position"), 1u);
    EXPECT_EQ(error.details.at("position"), std::to_string(position));
    EXPECT_EQ(error.details.at("expression"), text.substr(0, AllowIf::kMaxLength));
}

TEST(AllowIfTest, HasRoleAndHasPermission) {
    EXPECT_TRUE(eval("has_role('gm')"));
    EXPECT_TRUE(eval("has_role(\"viewer\")"));
    EXPECT_FALSE(eval("has_role('admin')"));
    EXPECT_FALSE(eval("has_role('GM')"));
    EXPECT_FALSE(eval("has_role('')"));
    EXPECT_TRUE(eval("has_permission('player.ban')"));
    EXPECT_TRUE(eval("has_permission('audit.read')"));
    EXPECT_FALSE(eval("has_permission('audit.verify')"));
    EXPECT_FALSE(eval("has_permission('item.grant')"));

    Call call;
    call.input.permissions = nullptr;
    EXPECT_FALSE(eval("has_permission('player.ban')", call.input));
    call.input.roles = {"o'brien"};
    EXPECT_TRUE(eval(R"(has_role('o\'brien'))", call.input));
    EXPECT_TRUE(eval(R"(has_role("o'brien"))", call.input));
}

TEST(AllowIfTest, AndOrNotAndParentheses) {
    Call call;
    for (const auto& roles : std::vector<std::vector<std::string>>{{}, {"a"}, {"b"}, {"a", "b"}}) {
        call.input.roles = roles;
        const bool a = !roles.empty() && roles.front() == "a";
        const bool b = !roles.empty() && roles.back() == "b";
        SCOPED_TRACE(::testing::Message() << "a=" << a << " b=" << b);
        EXPECT_EQ(eval("has_role('a') && has_role('b')", call.input), a && b);
        EXPECT_EQ(eval("has_role('a') || has_role('b')", call.input), a || b);
        EXPECT_EQ(eval("!has_role('a')", call.input), !a);
        EXPECT_EQ(eval("!!has_role('a')", call.input), a);
        EXPECT_EQ(eval("!(has_role('a') || has_role('b'))", call.input), !(a || b));
        EXPECT_EQ(eval("((has_role('a')))&&(!has_role('b'))", call.input), a && !b);
    }
}

TEST(AllowIfTest, PrecedenceIsNotThenComparisonThenAndThenOr) {
    Call call;
    call.input.roles = {"a"};
    // a || (b && c), not (a || b) && c.
    EXPECT_TRUE(eval("has_role('a') || has_role('b') && has_role('c')", call.input));
    EXPECT_FALSE(eval("(has_role('a') || has_role('b')) && has_role('c')", call.input));
    // (b && c) || a, not b && (c || a).
    EXPECT_TRUE(eval("has_role('b') && has_role('c') || has_role('a')", call.input));
    call.input.roles = {"b"};
    // (!a) || b, not !(a || b).
    EXPECT_TRUE(eval("!has_role('a') || has_role('b')", call.input));
    EXPECT_FALSE(eval("!(has_role('a') || has_role('b'))", call.input));
    // Comparisons bind tighter than && and ||.
    EXPECT_TRUE(eval("params.duration == 24 && has_role('b') || user == 'bob'", call.input));
    EXPECT_TRUE(eval("user == 'bob' || env == 'prod' && game_id == 'g1'", call.input));
    EXPECT_FALSE(eval("user == 'bob' || env == 'dev' && game_id == 'g1'", call.input));
}

TEST(AllowIfTest, ComparesTheCallerAndScope) {
    EXPECT_TRUE(eval("user == 'alice'"));
    EXPECT_FALSE(eval("user == 'bob'"));
    EXPECT_TRUE(eval("user != 'bob'"));
    EXPECT_TRUE(eval("game_id == 'g1' && env == 'prod'"));
    EXPECT_FALSE(eval("env != 'prod'"));
    EXPECT_TRUE(eval("function_id == 'player.ban'"));
    EXPECT_TRUE(eval("'alice' == user"));
    EXPECT_TRUE(eval("\"prod\" == env"));
    // Strings order bytewise.
    EXPECT_TRUE(eval("env > 'dev'"));
    EXPECT_TRUE(eval("env < 'prodz'"));
    EXPECT_FALSE(eval("env < 'prod'"));
    EXPECT_TRUE(eval("env <= 'prod' && env >= 'prod'"));
    EXPECT_TRUE(eval("'dev' < env"));
    EXPECT_FALSE(eval("'dev' > env"));

    Call call;
    call.input.user = "张三";
    EXPECT_TRUE(eval("user == '张三'", call.input));
    EXPECT_FALSE(eval("user == '张'", call.input));
}

TEST(AllowIfTest, ComparesNumbersWhateverTheirJsonType) {
    EXPECT_TRUE(eval("params.duration == 24"));
    EXPECT_TRUE(eval("params.duration == 24.0"));
    EXPECT_TRUE(eval("params.duration < 25 && params.duration > 23"));
    EXPECT_FALSE(eval("params.duration > 24"));
    EXPECT_TRUE(eval("params.duration >= 24 && params.duration <= 24"));
    EXPECT_TRUE(eval("params.duration < 24.5"));
    EXPECT_TRUE(eval("params.ratio == 0.5"));
    EXPECT_TRUE(eval("params.ratio > 0 && params.ratio < 1"));
    EXPECT_TRUE(eval("params.negative == -3"));
    EXPECT_TRUE(eval("params.negative < -2.5"));
    EXPECT_TRUE(eval("params.negative > -4"));
    // 2^64-1 arrives as an unsigned JSON number; it is above any negative and any int64.
    EXPECT_TRUE(eval("params.big > -1"));
    EXPECT_TRUE(eval("params.big > 9223372036854775807"));
    EXPECT_FALSE(eval("params.big == 9223372036854775807"));
    // Literal on the left: the operator reads the same way.
    EXPECT_TRUE(eval("23 < params.duration"));
    EXPECT_FALSE(eval("25 < params.duration"));
    EXPECT_TRUE(eval("24 <= params.duration"));
    EXPECT_TRUE(eval("100 > params.duration"));
}

TEST(AllowIfTest, ComparesNestedParamsAndBooleans) {
    EXPECT_TRUE(eval("params.reward.count == 3"));
    EXPECT_TRUE(eval("params.reward.item.id == 'sword'"));
    EXPECT_TRUE(eval("params.player_id == 'p-42'"));
    EXPECT_TRUE(eval("params.notify == true"));
    EXPECT_FALSE(eval("params.notify == false"));
    EXPECT_TRUE(eval("params.notify != false"));
    EXPECT_TRUE(eval("true == params.notify"));
}

// Missing params and type mismatches: every comparison but != is false.
TEST(AllowIfTest, MissingParamsAndTypeMismatchesOnlySatisfyNotEqual) {
    const std::vector<std::string> operands = {
        "params.absent",   "params.reward.absent", "params.player_id.deeper",
        "params.reward",   "params.tags",          "params.nothing",
        "params.duration", "params.notify",        "params.player_id"};
    const std::vector<std::string> literals = {"'24'", "24", "'sword'", "true"};
    for (const std::string& operand : operands) {
        for (const std::string& literal : literals) {
            const bool sameType = (operand == "params.duration" && literal == "24") ||
                                  (operand == "params.notify" && literal == "true") ||
                                  (operand == "params.player_id" && literal[0] == '\'');
            if (sameType) {
                continue;
            }
            SCOPED_TRACE(operand + " vs " + literal);
            EXPECT_FALSE(eval(operand + " == " + literal));
            EXPECT_TRUE(eval(operand + " != " + literal));
            if (literal != "true") {
                EXPECT_FALSE(eval(operand + " < " + literal));
                EXPECT_FALSE(eval(operand + " > " + literal));
                EXPECT_FALSE(eval(operand + " <= " + literal));
                EXPECT_FALSE(eval(operand + " >= " + literal));
            }
        }
    }
}

TEST(AllowIfTest, AbsentOrNonObjectParamsAreMissing) {
    Call call;
    call.input.params = nullptr;
    EXPECT_FALSE(eval("params.duration == 24", call.input));
    EXPECT_TRUE(eval("params.duration != 24", call.input));
    const json array = json::array({24});
    call.input.params = &array;
    EXPECT_FALSE(eval("params.duration == 24", call.input));
    const json number = 24;
    call.input.params = &number;
    EXPECT_FALSE(eval("params.duration >= 0", call.input));
    // Still total when the caller knows nothing at all.
    EXPECT_FALSE(eval("has_role('gm') || has_permission('x.y') || user == 'a'", AllowIfInput{}));
    EXPECT_TRUE(eval("user == '' && game_id == '' && env == ''", AllowIfInput{}));
}

TEST(AllowIfTest, WhitespaceIsFreeBetweenTokens) {
    EXPECT_TRUE(eval("has_role('gm')&&params.duration>=24"));
    EXPECT_TRUE(eval(" \t( has_role ( 'gm' ) )\r\n&& ! has_role('admin') "));
    EXPECT_TRUE(eval("has_role('gm') &&\n    params.duration == 24"));
}

TEST(AllowIfTest, KeepsItsTextAndCopiesShareTheProgram) {
    const std::string text = "has_role('gm') || has_role('admin')";
    std::vector<AllowIf> copies;
    {
        const AllowIf original = parsed(text);
        copies.assign(3, original);
    }
    EXPECT_EQ(copies[0].text(), text);
    EXPECT_TRUE(copies[1].evaluate(Call().input));
    AllowIfInput viewer;
    viewer.roles = {"viewer"};
    EXPECT_FALSE(copies[2].evaluate(viewer));
}

TEST(AllowIfTest, EvaluatesFromManyThreadsAtOnce) {
    const AllowIf rule = parsed("has_role('gm') && params.duration < 48 && env == 'prod'");
    std::vector<std::thread> threads;
    std::vector<int> allowed(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            Call call;
            for (int i = 0; i < 96 * 20; ++i) {
                call.params["duration"] = i % 96;
                allowed[static_cast<std::size_t>(t)] += rule.evaluate(call.input) ? 1 : 0;
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    for (const int count : allowed) {
        EXPECT_EQ(count, 48 * 20); // durations 0..47 of each 96
    }
}

struct BadExpression {
    std::string text;
    std::size_t position;
    std::string what;
};

TEST(AllowIfTest, ParseErrorsNameTheBytePosition) {
    const std::vector<BadExpression> cases = {
        {"", 0, "expected an expression but found end of expression"},
        {"   ", 3, "expected an expression but found end of expression"},
        {"has_role('gm'", 13, "expected ')' but found end of expression"},
        {"has_role(gm)", 9, "has_role expects a quoted string"},
        {"has_permission()", 15, "has_permission expects a quoted string"},
        {"has_role('a', 'b')", 12, "unexpected character ','"},
        {"has_role 'gm'", 9, "expected '('"},
        {"has_role('gm') && ", 18, "expected an expression"},
        {"has_role('gm') & has_role('x')", 15, "did you mean '&&'?"},
        {"has_role('gm') | has_role('x')", 15, "did you mean '||'?"},
        {"has_role('a') &&& has_role('b')", 16, "did you mean '&&'?"},
        {"user = 'a'", 5, "did you mean '=='?"},
        {"user == 'a", 8, "unterminated string"},
        {R"(user == 'a\n')", 10, "unknown escape"},
        {"nobody == 'x'", 0, "unknown identifier 'nobody'"},
        {"is_admin('x')", 0, "unknown function 'is_admin'"},
        {"params.x. == 1", 0, "expected params.<field>"},
        {"params..x == 1", 0, "expected params.<field>"},
        {"params == 1", 0, "expected params.<field>"},
        {"user == game_id", 8, "not with another field"},
        {"'a' == 'b'", 0, "a comparison needs one of user"},
        {"!user == 'a'", 1, "'!' applies to"},
        {"!true", 1, "'!' applies to"},
        {"(has_role('a')", 14, "expected ')'"},
        {"has_role('a'))", 13, "expected '&&', '||' or the end but found ')'"},
        {"has_role('a') == true", 14, "expected '&&', '||' or the end"},
        {"true == has_role('a')", 8, "has_role(...) is a condition"},
        {"params.n == 1.5.2", 12, "invalid number"},
        {"params.n == 1e5", 12, "invalid number"},
        {"params.n == 5.", 12, "invalid number"},
        {"params.n == 1" + std::string(400, '0'), 12, "number out of range"},
        {"params.n < 1 < 2", 13, "expected '&&', '||' or the end but found '<'"},
        {"params.notify > false", 14, "only be compared with == or !="},
        {"game_id == 1", 11, "game_id is text"},
        {"true != user", 0, "user is text"},
        {"user ==", 7, "expected a field or a literal but found end of expression"},
        {"user", 4, "expected a comparison"},
        {"-x", 0, "unexpected character '-'"},
        {"user == 'a' @", 12, "unexpected character '@'"},
        {"user == 'é' && ¬", 16, "unexpected character '¬'"},
        {"user == 'a' && \xff", 15, "unexpected byte 0xFF"},
    };
    for (const BadExpression& bad : cases) {
        expectErrorAt(bad.text, bad.position, bad.what);
    }
}

TEST(AllowIfTest, LengthIsLimited) {
    const std::string longest = "has_role('" + std::string(AllowIf::kMaxLength - 12, 'x') + "')";
    ASSERT_EQ(longest.size(), AllowIf::kMaxLength);
    EXPECT_TRUE(AllowIf::parse(longest));
    expectErrorAt(longest + " ", AllowIf::kMaxLength, "longer than 2000 bytes");
    expectErrorAt(std::string(100'000, '('), AllowIf::kMaxLength, "longer than 2000 bytes");

    // Long flat chains are not nesting: they parse and evaluate.
    std::string chain;
    while (chain.size() + 40 < AllowIf::kMaxLength) {
        chain += "has_role('x') || ";
    }
    EXPECT_TRUE(eval(chain + "has_role('gm')"));
    EXPECT_FALSE(eval(chain + "has_role('y')"));
}

TEST(AllowIfTest, NestingDepthIsLimited) {
    const int max = AllowIf::kMaxDepth;
    const auto parens = [](int n) {
        return std::string(static_cast<std::size_t>(n), '(') + "has_role('gm')" +
               std::string(static_cast<std::size_t>(n), ')');
    };
    EXPECT_TRUE(eval(parens(max)));
    expectErrorAt(parens(max + 1), static_cast<std::size_t>(max), "nested deeper than 32");

    const auto nots = [](int n) {
        return std::string(static_cast<std::size_t>(n), '!');
    };
    EXPECT_TRUE(eval(nots(max) + "has_role('gm')"));
    EXPECT_FALSE(eval(nots(max - 1) + "has_role('gm')"));
    expectErrorAt(nots(max + 1) + "has_role('gm')", static_cast<std::size_t>(max),
                  "nested deeper than 32");

    std::string mixed;
    for (int i = 0; i < max / 2; ++i) {
        mixed += "!(";
    }
    EXPECT_TRUE(eval(mixed + "has_role('gm')" + std::string(max / 2, ')')));
    expectErrorAt(mixed + "!has_role('gm')", static_cast<std::size_t>(max), "nested deeper");
    // Depth counts from where the nesting is, not from the start of the text.
    expectErrorAt("has_role('gm') && " + parens(max + 1), 18 + static_cast<std::size_t>(max),
                  "nested deeper");
    // Far too deep still fails cleanly, at the limit.
    expectErrorAt(std::string(AllowIf::kMaxLength - 1, '('), static_cast<std::size_t>(max),
                  "nested deeper");
    expectErrorAt(std::string(AllowIf::kMaxLength, '!'), static_cast<std::size_t>(max),
                  "nested deeper");
}

// Random token soups, valid expressions with bytes inserted, removed or replaced, and
// truncations: every one either parses (and then evaluates) or fails with a position inside
// the text, the message carrying the same position.
class Fuzzer {
public:
    std::string next() {
        switch (pick(4)) {
        case 0:
            return soup();
        case 1:
            return mutate(valid());
        case 2: {
            const std::string text = valid();
            return text.substr(0, pick(text.size() + 1));
        }
        default:
            return mutate(mutate(soup()));
        }
    }

private:
    std::size_t pick(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_rng);
    }

    std::string soup() {
        static const std::vector<std::string> kPieces = {"has_role",
                                                         "has_permission",
                                                         "(",
                                                         ")",
                                                         "'gm'",
                                                         "\"x\"",
                                                         "&&",
                                                         "||",
                                                         "!",
                                                         "==",
                                                         "!=",
                                                         "<",
                                                         ">",
                                                         "<=",
                                                         ">=",
                                                         "user",
                                                         "game_id",
                                                         "env",
                                                         "function_id",
                                                         "params.duration",
                                                         "params.reward.count",
                                                         "params.",
                                                         "params",
                                                         "1",
                                                         "-2.5",
                                                         "true",
                                                         "false",
                                                         " ",
                                                         "'",
                                                         "\\",
                                                         "&",
                                                         "|",
                                                         "=",
                                                         "\xff",
                                                         "é",
                                                         "99999999999999999999999",
                                                         ".",
                                                         "-",
                                                         "1.",
                                                         "\n"};
        std::string out;
        const std::size_t count = pick(24);
        for (std::size_t i = 0; i < count; ++i) {
            out += kPieces[pick(kPieces.size())];
        }
        return out;
    }

    std::string valid() {
        static const std::vector<std::string> kValid = {
            "has_role('gm') || has_role('admin')",
            "!(params.duration > 24 && env == 'prod') || has_permission('player.*')",
            "params.reward.count <= 3 && 'sword' == params.reward.item.id",
            "((user != \"bob\")) && (game_id == 'g1' || !has_role('viewer'))",
            "params.ratio >= -0.5 && params.notify != false"};
        return kValid[pick(kValid.size())];
    }

    std::string mutate(std::string text) {
        const std::size_t at = pick(text.size() + 1);
        const char byte = static_cast<char>(pick(256));
        switch (pick(3)) {
        case 0:
            text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), byte);
            break;
        case 1:
            if (at < text.size()) {
                text.erase(at, 1);
            }
            break;
        default:
            if (at < text.size()) {
                text[at] = byte;
            }
        }
        return text;
    }

    std::mt19937 m_rng{20240603};
};

TEST(AllowIfTest, RandomAndMutatedTextNeverCrashes) {
    Fuzzer fuzzer;
    Call call;
    int parsedCount = 0;
    int errorCount = 0;
    for (int i = 0; i < 30'000; ++i) {
        const std::string text = fuzzer.next();
        const auto result = AllowIf::parse(text);
        if (result) {
            ++parsedCount;
            const bool first = result->evaluate(call.input);
            EXPECT_EQ(result->evaluate(call.input), first) << text;
            (void)result->evaluate(AllowIfInput{});
            continue;
        }
        ++errorCount;
        const Error& error = result.error();
        ASSERT_EQ(error.code, ErrorCode::InvalidArgument) << text;
        ASSERT_EQ(error.details.count("position"), 1u) << text;
        const std::size_t position = std::stoul(error.details.at("position"));
        ASSERT_LE(position, text.size()) << text;
        ASSERT_EQ(
            error.message.rfind("allow_if: at position " + error.details.at("position") + ": ", 0),
            0u)
            << error.message;
    }
    // The generator reaches both outcomes, so the loop checks something on each side.
    EXPECT_GT(parsedCount, 1000);
    EXPECT_GT(errorCount, 1000);
}

} // namespace
} // namespace croupier::core
