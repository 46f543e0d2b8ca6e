#include "croupier/core/Log.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <regex>
#include <thread>
#include <vector>

namespace croupier::core {
namespace {

using ::testing::MatchesRegex;

constexpr const char* kTs = "2026-11-21T10:00:00.123Z";

TEST(LogFormatTest, MatchesTheDocumentedLine) {
    EXPECT_EQ(Logger::format(kTs, LogLevel::Info, "registry", "agent online", {{"agent_id", "a1"}}),
              "ts=2026-11-21T10:00:00.123Z level=info component=registry msg=\"agent online\" "
              "agent_id=a1");
}

TEST(LogFormatTest, OmitsAnEmptyComponentAndQuotesOnlyWhenNeeded) {
    EXPECT_EQ(Logger::format(kTs, LogLevel::Warn, "", "started", {{"port", "8443"}}),
              "ts=2026-11-21T10:00:00.123Z level=warn msg=started port=8443");
    EXPECT_EQ(Logger::format(kTs, LogLevel::Error, "", "封禁玩家", {{"reason", "作弊"}}),
              "ts=2026-11-21T10:00:00.123Z level=error msg=封禁玩家 reason=作弊");
}

TEST(LogFormatTest, EscapesQuotesNewlinesAndControlCharacters) {
    const std::string line = Logger::format(kTs, LogLevel::Debug, "c", "m",
                                            {{"quote", "say \"hi\""},
                                             {"newline", "a\nb\r\tc"},
                                             {"control", std::string("x\x01y\x7f", 4)},
                                             {"backslash", "C:\\dir"},
                                             {"equals", "a=b"},
                                             {"empty", ""}});
    EXPECT_EQ(line, "ts=2026-11-21T10:00:00.123Z level=debug component=c msg=m "
                    "quote=\"say \\\"hi\\\"\" newline=\"a\\nb\\r\\tc\" "
                    "control=\"x\\u0001y\\u007f\" backslash=\"C:\\\\dir\" equals=\"a=b\" "
                    "empty=\"\"");
    EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(LogFormatTest, KeysCannotBreakTheLine) {
    EXPECT_EQ(Logger::format(kTs, LogLevel::Info, "", "m", {{"bad key=x", "v"}, {"", "w"}}),
              "ts=2026-11-21T10:00:00.123Z level=info msg=m bad_key_x=v _=w");
}

TEST(LogLevelTest, ParsesNamesCaseInsensitively) {
    const std::pair<const char*, LogLevel> cases[] = {{"debug", LogLevel::Debug},
                                                      {"INFO", LogLevel::Info},
                                                      {"Warn", LogLevel::Warn},
                                                      {"error", LogLevel::Error},
                                                      {"off", LogLevel::Off}};
    for (const auto& [text, level] : cases) {
        LogLevel parsed = LogLevel::Off;
        ASSERT_TRUE(parseLogLevel(text, parsed)) << text;
        EXPECT_EQ(parsed, level);
    }
    LogLevel untouched = LogLevel::Warn;
    for (const char* text : {"warning", "", "verbose", "info "}) {
        EXPECT_FALSE(parseLogLevel(text, untouched)) << text;
    }
    EXPECT_EQ(untouched, LogLevel::Warn);
    EXPECT_EQ(logLevelName(LogLevel::Error), "error");
}

class LoggerTest : public ::testing::Test {
protected:
    std::vector<std::string> lines;
    Logger logger{LogLevel::Info, [this](std::string_view line) {
                      lines.emplace_back(line);
                  }};
};

TEST_F(LoggerTest, WritesTimestampedLinesAtOrAboveItsLevel) {
    logger.debug("hidden");
    logger.info("shown", {{"k", "v"}});
    logger.error("bad");
    logger.log(LogLevel::Off, "never");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_THAT(lines[0], MatchesRegex("ts=[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}"
                                       "\\.[0-9]{3}Z level=info msg=shown k=v"));
    EXPECT_THAT(lines[1], MatchesRegex("ts=.*Z level=error msg=bad"));
}

TEST_F(LoggerTest, ChildrenShareSinkAndLevelAndPrefixTheirComponent) {
    const Logger registry = logger.child("registry");
    const Logger store = registry.child("store");
    registry.info("up");
    store.info("opened");
    logger.setLevel(LogLevel::Error);
    EXPECT_FALSE(registry.enabled(LogLevel::Warn));
    registry.warn("dropped");
    logger.setLevel(LogLevel::Off);
    store.error("dropped too");
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_THAT(lines[0], MatchesRegex(".* level=info component=registry msg=up"));
    EXPECT_THAT(lines[1], MatchesRegex(".* level=info component=registry.store msg=opened"));
}

TEST(LoggerThreadTest, ConcurrentWritersNeverInterleaveLines) {
    std::vector<std::string> lines; // the sink runs under the logger's mutex
    Logger logger(LogLevel::Debug, [&](std::string_view line) { lines.emplace_back(line); });
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&logger, t] {
            const Logger child = logger.child("worker" + std::to_string(t));
            for (int i = 0; i < 500; ++i) {
                child.info("tick", {{"i", std::to_string(i)}, {"text", "a b \"c\""}});
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    ASSERT_EQ(lines.size(), 4000u);
    const std::regex shape("ts=\\S+ level=info component=worker[0-7] msg=tick i=[0-9]+ "
                           "text=\"a b \\\\\"c\\\\\"\"");
    for (const std::string& line : lines) {
        ASSERT_TRUE(std::regex_match(line, shape)) << line;
    }
}

} // namespace
} // namespace croupier::core
