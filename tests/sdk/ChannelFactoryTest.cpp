#include "ChannelFactory.h"

#include <gtest/gtest.h>

namespace {

using croupier::sdk::AgentConfig;
using croupier::sdk::detail::checkConfig;
using croupier::sdk::detail::isLoopbackTarget;
using croupier::sdk::detail::makeChannel;

TEST(ChannelFactoryTest, RecognisesLoopbackTargets) {
    for (const char* target :
         {"localhost:8443", "127.0.0.1:8443", "127.1.2.3:1", "[::1]:8443", "::1",
          "dns:///localhost:8443", "ipv4:127.0.0.1:9", "unix:/tmp/croupier.sock", "localhost"}) {
        EXPECT_TRUE(isLoopbackTarget(target)) << target;
    }
    for (const char* target : {"croupier.example.com:8443", "10.0.0.1:8443", "[2001:db8::1]:8443",
                               "localhost.evil.com:8443", "128.0.0.1:1"}) {
        EXPECT_FALSE(isLoopbackTarget(target)) << target;
    }
}

AgentConfig base() {
    return AgentConfig{}.set_server_addr("localhost:8443").set_game_id("g");
}

TEST(ChannelFactoryTest, NeedsAddressAndGame) {
    EXPECT_FALSE(checkConfig(AgentConfig{}.set_game_id("g").set_insecure(true)));
    EXPECT_FALSE(checkConfig(AgentConfig{}.set_server_addr("localhost:1").set_insecure(true)));
    EXPECT_TRUE(checkConfig(base().set_insecure(true)));
}

TEST(ChannelFactoryTest, InsecureOnlyToLoopback) {
    auto result =
        checkConfig(base().set_server_addr("croupier.example.com:8443").set_insecure(true));
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().message.find("loopback"), std::string::npos);
}

TEST(ChannelFactoryTest, TlsNeedsAClientCertificateAndKey) {
    EXPECT_FALSE(checkConfig(base()));
    EXPECT_FALSE(checkConfig(base().set_cert_file("a.crt")));
    EXPECT_TRUE(checkConfig(base().set_cert_file("a.crt").set_key_file("a.key")));
    EXPECT_TRUE(checkConfig(base().set_cert_pem("PEM").set_key_pem("PEM")));
}

TEST(ChannelFactoryTest, AnUnreadableCertificateFileIsNamed) {
    auto channel = makeChannel(base()
                                   .set_ca_file("/nonexistent/ca.crt")
                                   .set_cert_file("/nonexistent/a.crt")
                                   .set_key_file("/nonexistent/a.key"));
    ASSERT_FALSE(channel);
    EXPECT_NE(channel.error().message.find("/nonexistent/ca.crt"), std::string::npos);
}

TEST(ChannelFactoryTest, InsecureMakesAChannel) {
    auto channel = makeChannel(base().set_insecure(true));
    ASSERT_TRUE(channel);
    EXPECT_NE(channel->get(), nullptr);
}

} // namespace
