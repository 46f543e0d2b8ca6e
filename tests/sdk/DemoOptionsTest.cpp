#include "DemoOptions.h"

#include <filesystem>
#include <gtest/gtest.h>

namespace {

using croupier::demo::parseDemoOptions;

TEST(DemoOptionsTest, DefaultsMatchTheDocumentation) {
    auto o = parseDemoOptions({});
    ASSERT_TRUE(o);
    EXPECT_EQ(o->game, "demo");
    EXPECT_EQ(o->env, "dev");
    EXPECT_EQ(o->server, "localhost:8443");
    EXPECT_FALSE(o->insecure);
    EXPECT_EQ(o->jobStep, std::chrono::milliseconds(200));
    EXPECT_EQ(o->logLevel, croupier::core::LogLevel::Info);
}

TEST(DemoOptionsTest, ReadsEveryFlagInBothSpellings) {
    auto o = parseDemoOptions({"--server",      "127.0.0.1:9443",  "--game=g1",   "--env",
                               "prod",          "--agent-id",      "gs-7",        "--ca",
                               "ca.crt",        "--cert=a.crt",    "--key",       "a.key",
                               "--server-name", "croupier.local",  "--insecure",  "--descriptors",
                               "/tmp/d",        "--job-step-ms=5", "--log-level", "debug"});
    ASSERT_TRUE(o) << o.error().message;
    EXPECT_EQ(o->server, "127.0.0.1:9443");
    EXPECT_EQ(o->game, "g1");
    EXPECT_EQ(o->env, "prod");
    EXPECT_EQ(o->agentId, "gs-7");
    EXPECT_EQ(o->caFile, "ca.crt");
    EXPECT_EQ(o->certFile, "a.crt");
    EXPECT_EQ(o->keyFile, "a.key");
    EXPECT_EQ(o->serverName, "croupier.local");
    EXPECT_TRUE(o->insecure);
    EXPECT_EQ(o->descriptorsDir, "/tmp/d");
    EXPECT_EQ(o->jobStep, std::chrono::milliseconds(5));
    EXPECT_EQ(o->logLevel, croupier::core::LogLevel::Debug);
}

TEST(DemoOptionsTest, RefusesWhatItCannotUse) {
    auto unknown = parseDemoOptions({"--bogus"});
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("unknown option --bogus"), std::string::npos);
    EXPECT_FALSE(parseDemoOptions({"--bogus=1"}));
    EXPECT_FALSE(parseDemoOptions({"--server"}));
    EXPECT_FALSE(parseDemoOptions({"--job-step-ms", "fast"}));
    EXPECT_FALSE(parseDemoOptions({"--job-step-ms", "-5"}));
    auto level = parseDemoOptions({"--log-level", "loud"});
    ASSERT_FALSE(level);
    EXPECT_NE(level.error().message.find("--log-level"), std::string::npos);
}

TEST(DemoOptionsTest, HelpIsAFlag) {
    auto o = parseDemoOptions({"--help"});
    ASSERT_TRUE(o);
    EXPECT_TRUE(o->help);
    EXPECT_NE(croupier::demo::demoUsage().find("--job-step-ms"), std::string::npos);
}

TEST(DemoOptionsTest, TheDefaultDescriptorDirectoryHoldsTheDemoSet) {
    EXPECT_TRUE(
        std::filesystem::exists(croupier::demo::defaultDescriptorsDir() + "/player.ban.json"));
}

} // namespace
