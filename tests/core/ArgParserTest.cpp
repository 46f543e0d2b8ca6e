// The command-line grammar shared by croupier-server, croupierctl and the demo agent.
#include "croupier/core/ArgParser.h"

#include <gtest/gtest.h>

namespace croupier::core {
namespace {

const std::vector<OptionSpec> kSpecs = {{"data-dir", "DIR", "where data lives"},
                                        {"agent", "NAME", "repeatable"},
                                        {"insecure", "", "a flag"},
                                        {"output", "FORMAT", "table or json", "", 'o'}};

TEST(ArgParserTest, ValuesFlagsRepeatsAndPositionals) {
    auto r = parseArgs({"--data-dir", "/d", "--agent=a", "--agent", "b", "--insecure", "-o",
                        "json", "extra", "--", "--not-an-option"},
                       kSpecs);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(r->value("data-dir"), "/d");
    EXPECT_EQ(r->values("agent"), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(r->value("agent"), "b") << "the last one wins for single-valued reads";
    EXPECT_TRUE(r->has("insecure"));
    EXPECT_EQ(r->value("output"), "json");
    EXPECT_EQ(r->positionals(), (std::vector<std::string>{"extra", "--not-an-option"}));
    EXPECT_TRUE(r->values("missing").empty());
}

TEST(ArgParserTest, MistakesAreNamedForTheUser) {
    auto unknown = parseArgs({"--bogus"}, kSpecs);
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("--bogus"), std::string::npos);
    auto missing = parseArgs({"--data-dir"}, kSpecs);
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().message.find("needs a value"), std::string::npos);
    EXPECT_FALSE(parseArgs({"--insecure=yes"}, kSpecs)) << "a flag takes no value";
}

TEST(ArgParserTest, HelpLinesAlignEveryOption) {
    const std::string help = optionHelp(kSpecs);
    EXPECT_NE(help.find("      --data-dir DIR"), std::string::npos) << help;
    EXPECT_NE(help.find("  -o, --output FORMAT"), std::string::npos) << help;
    std::size_t column = std::string::npos;
    std::size_t start = 0;
    for (std::size_t end; (end = help.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = help.substr(start, end - start);
        const std::size_t text = line.find_first_not_of(' ', line.find("  ", 8) + 1);
        column = column == std::string::npos ? text : column;
        EXPECT_EQ(text, column) << line;
    }
}

} // namespace
} // namespace croupier::core
