#include "croupier/core/Duration.h"

#include <gtest/gtest.h>

namespace croupier::core {
namespace {

using std::chrono::milliseconds;

TEST(DurationTest, ParsesEachUnitAndCombinations) {
    const std::pair<const char*, long long> cases[] = {
        {"30s", 30'000},   {"500ms", 500},           {"2m", 120'000},     {"1h", 3'600'000},
        {"1m30s", 90'000}, {"1h2m3s4ms", 3'723'004}, {"0s", 0},           {"0ms", 0},
        {"90s", 90'000},   {"1s500ms", 1'500},       {"24h", 86'400'000}, {"007s", 7'000},
    };
    for (const auto& [text, ms] : cases) {
        SCOPED_TRACE(text);
        const auto parsed = parseDuration(text);
        ASSERT_TRUE(parsed) << parsed.error().message;
        EXPECT_EQ(parsed->count(), ms);
    }
}

TEST(DurationTest, RefusesAmbiguousOrMalformedText) {
    for (const char* text :
         {"", "30", "-1s", "1x", "s", "1.5s", "30s1m", "1s1s", " 1s", "1s ", "1S", "1 s", "ms",
          "1msx", "+1s", "99999999999999999999h", "9223372036854775807h"}) {
        SCOPED_TRACE(text);
        const auto parsed = parseDuration(text);
        ASSERT_FALSE(parsed);
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidArgument);
        EXPECT_NE(parsed.error().message.find("\"" + std::string(text) + "\""), std::string::npos)
            << parsed.error().message;
    }
}

TEST(DurationTest, FormatsTheShortestExactText) {
    EXPECT_EQ(formatDuration(milliseconds(1'500)), "1500ms");
    EXPECT_EQ(formatDuration(milliseconds(90'000)), "1m30s");
    EXPECT_EQ(formatDuration(milliseconds(0)), "0s");
    EXPECT_EQ(formatDuration(milliseconds(30'000)), "30s");
    EXPECT_EQ(formatDuration(milliseconds(3'600'000)), "1h");
    EXPECT_EQ(formatDuration(milliseconds(3'661'000)), "1h1m1s");
    EXPECT_EQ(formatDuration(milliseconds(7)), "7ms");
    EXPECT_EQ(formatDuration(milliseconds(-250)), "-250ms");
}

TEST(DurationTest, FormatThenParseRoundTrips) {
    for (long long ms :
         {0LL, 1LL, 999LL, 1'000LL, 61'000LL, 3'599'999LL, 86'400'000LL, 123'456'789LL}) {
        SCOPED_TRACE(ms);
        const auto parsed = parseDuration(formatDuration(milliseconds(ms)));
        ASSERT_TRUE(parsed);
        EXPECT_EQ(parsed->count(), ms);
    }
}

} // namespace
} // namespace croupier::core
