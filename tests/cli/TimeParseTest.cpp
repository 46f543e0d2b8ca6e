// The durations and timestamps `audit query` accepts, and the expiry wording.
#include "TimeParse.h"

#include "TimeFormat.h"

#include <gtest/gtest.h>

using namespace croupier::cli;
using std::chrono::milliseconds;

TEST(TimeParseTest, Durations) {
    EXPECT_EQ(parseDuration("90s"), milliseconds(90'000));
    EXPECT_EQ(parseDuration("15m"), milliseconds(900'000));
    EXPECT_EQ(parseDuration("2h"), milliseconds(7'200'000));
    EXPECT_EQ(parseDuration("7d"), milliseconds(7 * 86'400'000LL));
    EXPECT_EQ(parseDuration("1w"), milliseconds(7 * 86'400'000LL));
    EXPECT_EQ(parseDuration("1h30m"), milliseconds(5'400'000));
    EXPECT_EQ(parseDuration("250ms"), milliseconds(250));
    for (const char* bad : {"", "0s", "5", "m", "5x", "-5m", "1.5h", "h1", "99999999999999999d"}) {
        EXPECT_FALSE(parseDuration(bad).has_value()) << bad;
    }
}

TEST(TimeParseTest, TimestampsWithAZoneAreExact) {
    EXPECT_EQ(parseTimestamp("2024-05-01T04:00:00Z"), 1714536000000);
    EXPECT_EQ(parseTimestamp("2024-05-01T12:00:00+08:00"), 1714536000000);
    EXPECT_EQ(parseTimestamp("2024-05-01T12:00:00+0800"), 1714536000000);
    EXPECT_EQ(parseTimestamp("2024-04-30T23:00:00-05:00"), 1714536000000);
    EXPECT_EQ(parseTimestamp("2024-05-01T04:00:00.250Z"), 1714536000250);
    EXPECT_EQ(parseTimestamp("2024-05-01T04:00Z"), 1714536000000);
    EXPECT_EQ(parseTimestamp("2024-05-01 04:00:00Z"), 1714536000000);
}

TEST(TimeParseTest, TimestampsWithoutAZoneAreLocal) {
    const auto day = parseTimestamp("2024-05-01");
    const auto noon = parseTimestamp("2024-05-01T12:00");
    ASSERT_TRUE(day && noon);
    EXPECT_EQ(*noon - *day, 12 * 3'600'000LL);
    EXPECT_EQ(localDateTime(*noon), "2024-05-01 12:00:00");
}

TEST(TimeParseTest, NonsenseIsRefused) {
    for (const char* bad :
         {"", "yesterday", "2024-13-01", "2024-02-30", "2023-02-29", "2024-05-01T24:00",
          "2024-05-01T12:60", "2024-05-01T12", "2024-05-01T12:00:00+25:00",
          "2024-05-01T12:00:00Zjunk", "1969-12-31", "2024-5-1"}) {
        EXPECT_FALSE(parseTimestamp(bad).has_value()) << bad;
    }
    EXPECT_TRUE(parseTimestamp("2024-02-29").has_value()) << "a leap day";
}

TEST(TimeFormatTest, ExpiryReadsForwardAndBackward) {
    const std::int64_t now = 1'000'000'000'000;
    EXPECT_EQ(expiryTime(now, now + 45'000), "in 45s");
    EXPECT_EQ(expiryTime(now, now + 12 * 3'600'000), "in 12h");
    EXPECT_EQ(expiryTime(now, now - 120'000), "expired 2m ago");
    EXPECT_EQ(expiryTime(now, 0), "never");
    EXPECT_EQ(relativeTime(now, now - 3'000), "3s ago");
}
