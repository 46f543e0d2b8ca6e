#include "croupier/core/RateLimit.h"

#include <gtest/gtest.h>

namespace croupier::core {
namespace {

TEST(RateLimitTest, ParsesPerSecondMinuteAndHour) {
    const auto rps = parseRateLimit("10rps");
    ASSERT_TRUE(rps);
    EXPECT_DOUBLE_EQ(rps->perSecond, 10.0);
    EXPECT_DOUBLE_EQ(rps->burst, 10.0);
    EXPECT_EQ(rps->text, "10rps");

    const auto rpm = parseRateLimit("600rpm");
    ASSERT_TRUE(rpm);
    EXPECT_DOUBLE_EQ(rpm->perSecond, 10.0);
    EXPECT_DOUBLE_EQ(rpm->burst, 600.0);

    const auto rph = parseRateLimit("36000rph");
    ASSERT_TRUE(rph);
    EXPECT_DOUBLE_EQ(rph->perSecond, 10.0);

    const auto slow = parseRateLimit("1rph");
    ASSERT_TRUE(slow);
    EXPECT_DOUBLE_EQ(slow->perSecond, 1.0 / 3600.0);
    EXPECT_DOUBLE_EQ(slow->burst, 1.0);
}

TEST(RateLimitTest, RefusesAnythingElse) {
    for (const char* text : {"", "0rps", "-1rps", "10", "rps", "10 rps", "10RPS", "1.5rps", "10rpd",
                             "10/s", "99999999999999rps", " 10rps", "10rps "}) {
        SCOPED_TRACE(text);
        const auto parsed = parseRateLimit(text);
        ASSERT_FALSE(parsed);
        EXPECT_EQ(parsed.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(parsed.error().details.at("value"), text);
    }
}

} // namespace
} // namespace croupier::core
