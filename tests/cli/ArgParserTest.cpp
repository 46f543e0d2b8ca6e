// Command-line grammar, command lookup and global options of croupierctl.
#include "Args.h"
#include "CommandTable.h"
#include "Commands.h"
#include "GlobalOptions.h"

#include <gtest/gtest.h>
#include <map>

using namespace croupier::cli;

namespace {

const std::vector<OptionSpec> kSpecs = {{"server", "HOST:PORT", "", ""},
                                        {"watch", "", "", ""},
                                        {"output", "F", "", "", 'o'},
                                        {"help", "", "", "", 'h'}};

ParsedArgs parseOk(const std::vector<std::string>& tokens) {
    auto r = parseArgs(tokens, kSpecs);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
    return r ? *r : ParsedArgs{};
}

std::string parseError(const std::vector<std::string>& tokens) {
    auto r = parseArgs(tokens, kSpecs);
    return r ? "" : r.error().message;
}

} // namespace

TEST(ArgParserTest, ValuesFlagsAndPositionalsInAnyOrder) {
    auto a = parseOk({"x=1", "--server", "h:1", "--watch", "y=2", "--output=json"});
    EXPECT_EQ(a.value("server"), "h:1");
    EXPECT_TRUE(a.has("watch"));
    EXPECT_EQ(a.value("output"), "json");
    EXPECT_EQ(a.positionals(), (std::vector<std::string>{"x=1", "y=2"}));
}

TEST(ArgParserTest, ShortNamesAndTheLastValueWins) {
    auto a = parseOk({"-o", "json", "-h", "--output", "table"});
    EXPECT_EQ(a.value("output"), "table");
    EXPECT_TRUE(a.has("help"));
}

TEST(ArgParserTest, DoubleDashEndsOptions) {
    auto a = parseOk({"--", "--watch", "-o"});
    EXPECT_FALSE(a.has("watch"));
    EXPECT_EQ(a.positionals(), (std::vector<std::string>{"--watch", "-o"}));
}

TEST(ArgParserTest, MistakesAreNamed) {
    EXPECT_EQ(parseError({"--colour"}), "unknown option --colour");
    EXPECT_EQ(parseError({"-x"}), "unknown option -x");
    EXPECT_NE(parseError({"--server"}).find("--server needs a value"), std::string::npos);
    EXPECT_EQ(parseError({"--watch=yes"}), "--watch takes no value");
}

TEST(ArgParserTest, SkippedTokensAreCommandWords) {
    auto r = parseArgs({"job", "--server", "h:1", "start", "fn"}, kSpecs, {0, 3});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->positionals(), (std::vector<std::string>{"fn"}));
}

TEST(CommandTableTest, FindsCommandsPastGlobalOptionsAndDefaults) {
    const auto table = buildCommandTable();
    auto m = table.find({"--server", "job", "job", "start", "player.ban"});
    ASSERT_TRUE(m.has_value());
    EXPECT_EQ(m->spec->words(), "job start") << "the value of --server is not a command";
    EXPECT_EQ(m->wordIndices, (std::vector<std::size_t>{2, 3}));

    auto plain = table.find({"functions", "--category", "show"});
    ASSERT_TRUE(plain.has_value());
    EXPECT_EQ(plain->spec->words(), "functions list") << "the value of --category is no word";
    EXPECT_FALSE(plain->explicitSub);

    auto invoke = table.find({"invoke", "player.ban", "player_id=1"});
    ASSERT_TRUE(invoke.has_value());
    EXPECT_EQ(invoke->spec->words(), "invoke");
}

TEST(CommandTableTest, UnknownCommandsAndMissingSubcommandsAreUsageErrors) {
    const auto table = buildCommandTable();
    auto unknown = table.find({"explode"});
    ASSERT_FALSE(unknown.has_value());
    EXPECT_EQ(unknown.error().message, "unknown command \"explode\"");
    auto missing = table.find({"job"});
    ASSERT_FALSE(missing.has_value());
    EXPECT_NE(missing.error().message.find("start, follow, cancel, get"), std::string::npos);
    auto wrong = table.find({"assignment", "toggle", "x"});
    ASSERT_FALSE(wrong.has_value());
    EXPECT_NE(wrong.error().message.find("unknown subcommand \"toggle\""), std::string::npos);
    EXPECT_TRUE(table.find({"job", "--help"}).has_value()) << "help for the group";
}

TEST(CommandTableTest, OverviewDocumentsEveryCommandAndTheExitCodes) {
    const auto help = buildCommandTable().overviewHelp();
    for (const char* words : {"functions list",
                              "functions show",
                              "agents list",
                              "invoke",
                              "job start",
                              "job follow",
                              "job cancel",
                              "job get",
                              "jobs list",
                              "assignment enable",
                              "assignment disable",
                              "register",
                              "version",
                              "login",
                              "logout",
                              "whoami",
                              "approvals list",
                              "approvals show",
                              "approvals approve",
                              "approvals reject",
                              "approvals cancel",
                              "approvals watch",
                              "audit query",
                              "audit verify",
                              "user list",
                              "user add",
                              "user passwd",
                              "user roles",
                              "user scopes",
                              "user disable",
                              "user enable"}) {
        EXPECT_NE(help.find(words), std::string::npos) << words;
    }
    EXPECT_NE(help.find("[$CROUPIER_TOKEN]"), std::string::npos);
    EXPECT_NE(help.find("~/.config/croupier/token"), std::string::npos);
    EXPECT_NE(help.find("13     INVALID_ARGUMENT"), std::string::npos);
    EXPECT_NE(help.find("24     UNAVAILABLE"), std::string::npos);
    EXPECT_NE(help.find("[$CROUPIER_SERVER]"), std::string::npos);
}

namespace {

GlobalOptions::EnvLookup envOf(std::map<std::string, std::string> vars) {
    return [vars](const std::string& name) -> std::optional<std::string> {
        auto it = vars.find(name);
        return it == vars.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
}

} // namespace

TEST(GlobalOptionsTest, CommandLineBeatsEnvironmentBeatsDefaults) {
    auto none = GlobalOptions::resolve(ParsedArgs{}, envOf({}));
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(none->server, "localhost:8443");
    EXPECT_EQ(none->timeout, std::chrono::seconds(30));
    EXPECT_EQ(none->output, OutputFormat::Table);
    EXPECT_TRUE(none->scopeProblem().has_value());

    const auto env = envOf({{"CROUPIER_SERVER", "env:1"},
                            {"CROUPIER_GAME", "g"},
                            {"CROUPIER_ENV", "prod"},
                            {"CROUPIER_CA", "/ca.pem"}});
    ParsedArgs args;
    args.add("server", "cli:2");
    args.add("timeout", "1.5");
    args.add("output", "json");
    auto o = GlobalOptions::resolve(args, env);
    ASSERT_TRUE(o.has_value());
    EXPECT_EQ(o->server, "cli:2");
    EXPECT_EQ(o->caFile, "/ca.pem");
    EXPECT_EQ(o->game, "g");
    EXPECT_EQ(o->env, "prod");
    EXPECT_EQ(o->timeout, std::chrono::milliseconds(1500));
    EXPECT_EQ(o->output, OutputFormat::Json);
    EXPECT_FALSE(o->scopeProblem().has_value());
}

TEST(GlobalOptionsTest, BadValuesAreRefused) {
    for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
             {"timeout", "0"}, {"timeout", "-3"}, {"timeout", "soon"}, {"output", "yaml"}}) {
        ParsedArgs args;
        args.add(name, value);
        auto o = GlobalOptions::resolve(args, envOf({}));
        ASSERT_FALSE(o.has_value()) << name << "=" << value;
        EXPECT_NE(o.error().message.find(value), std::string::npos);
    }
}

TEST(GlobalOptionsTest, InsecureOnlyTowardsLoopback) {
    for (const char* server : {"localhost:8443", "127.0.0.1:1", "[::1]:8443", "127.2.3.4:9"}) {
        ParsedArgs args;
        args.add("insecure", "");
        args.add("server", server);
        EXPECT_TRUE(GlobalOptions::resolve(args, envOf({})).has_value()) << server;
    }
    for (const char* server : {"10.0.0.1:8443", "game.example.com:8443", "localhost.evil:1"}) {
        ParsedArgs args;
        args.add("insecure", "");
        args.add("server", server);
        EXPECT_FALSE(GlobalOptions::resolve(args, envOf({})).has_value()) << server;
    }
}

TEST(GlobalOptionsTest, TokenFromTheCommandLineOrEnvironmentAndWhereTheFileIs) {
    auto none = GlobalOptions::resolve(ParsedArgs{}, envOf({{"HOME", "/home/al"}}));
    ASSERT_TRUE(none.has_value());
    EXPECT_EQ(none->token, "");
    EXPECT_EQ(none->tokenFile, "/home/al/.config/croupier/token");

    ParsedArgs args;
    args.add("token", "from-flag");
    auto flag = GlobalOptions::resolve(
        args, envOf({{"CROUPIER_TOKEN", "from-env"}, {"XDG_CONFIG_HOME", "/x/cfg"}}));
    ASSERT_TRUE(flag.has_value());
    EXPECT_EQ(flag->token, "from-flag");
    EXPECT_EQ(flag->tokenFile, "/x/cfg/croupier/token");

    auto env = GlobalOptions::resolve(ParsedArgs{}, envOf({{"CROUPIER_TOKEN", "from-env\n"}}));
    EXPECT_EQ(env->token, "from-env");
    EXPECT_EQ(env->tokenFile, "") << "no HOME, no XDG_CONFIG_HOME: no token file";

    auto relative = GlobalOptions::resolve(
        ParsedArgs{}, envOf({{"XDG_CONFIG_HOME", "cfg"}, {"HOME", "/home/al"}}));
    EXPECT_EQ(relative->tokenFile, "/home/al/.config/croupier/token")
        << "a relative XDG_CONFIG_HOME is ignored, as the XDG spec says";

    ParsedArgs broken;
    broken.add("token", "abc\ndef");
    auto refused = GlobalOptions::resolve(broken, envOf({}));
    ASSERT_FALSE(refused.has_value());
    EXPECT_NE(refused.error().message.find("control characters"), std::string::npos);
    EXPECT_EQ(refused.error().message.find("abc"), std::string::npos) << "no token in messages";
}
