// The agent over mutual TLS against a scripted ControlService that requires a client certificate
// signed by its CA, using the server's development PKI: the right material connects, a
// certificate from another CA or a wrong server name never reaches RegisterAgent.

#include "FakeControlServer.h"
#include "croupier/sdk/client.h"
#include "croupier/server/DevPki.h"

#include <gtest/gtest.h>

namespace {

using namespace croupier;
using croupier::sdk::test::BlockingQueue;
using croupier::sdk::test::FakeControlServer;

std::shared_ptr<grpc::ServerCredentials>
serverCredentials(const croupier::server::DevPkiMaterial& pki) {
    grpc::SslServerCredentialsOptions options(
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
    options.pem_root_certs = pki.ca.certPem;
    options.pem_key_cert_pairs.push_back({pki.server.keyPem, pki.server.certPem});
    return grpc::SslServerCredentials(options);
}

croupier::server::DevPkiMaterial makePki() {
    croupier::server::PkiOptions options;
    options.serverNames = {"croupier.test"};
    auto pki = croupier::server::generateDevPki(options);
    EXPECT_TRUE(pki) << (pki ? "" : pki.error().message);
    return pki ? *pki : croupier::server::DevPkiMaterial{};
}

class AgentTlsTest : public ::testing::Test {
protected:
    AgentTlsTest()
        : m_pki(makePki())
        , m_server(serverCredentials(m_pki)) {}

    AgentConfig config(const croupier::server::DevPkiMaterial& client) {
        return AgentConfig{}
            .set_server_addr(m_server.address())
            .set_game_id("demo")
            .set_env("dev")
            .set_ca_pem(m_pki.ca.certPem)
            .set_cert_pem(client.agents.at("agent").certPem)
            .set_key_pem(client.agents.at("agent").keyPem)
            .set_backoff(std::chrono::milliseconds(5), std::chrono::milliseconds(20))
            .set_log_level(croupier::core::LogLevel::Off);
    }

    // Runs an agent until its first attempt failed (BackingOff) or it connected.
    ConnectionState firstOutcome(AgentConfig cfg) {
        AgentClient agent(std::move(cfg));
        EXPECT_TRUE(
            agent.RegisterFunction(Descriptor{}.set_id("player.get"),
                                   [](const Context&, const nlohmann::json&) { return Result{}; }));
        BlockingQueue<ConnectionState> states;
        agent.OnStateChanged([&](ConnectionState s) {
            if (s == ConnectionState::Connected || s == ConnectionState::BackingOff) {
                states.push(s);
            }
        });
        EXPECT_TRUE(agent.Start());
        const auto outcome = states.pop();
        agent.Stop();
        return outcome.value_or(ConnectionState::Idle);
    }

    croupier::server::DevPkiMaterial m_pki;
    FakeControlServer m_server;
};

TEST_F(AgentTlsTest, ACertificateFromTheServersCaConnects) {
    EXPECT_EQ(firstOutcome(config(m_pki)), ConnectionState::Connected);
    EXPECT_EQ(m_server.registrations.size(), 1U);
}

TEST_F(AgentTlsTest, TheServerNameOverrideIsChecked) {
    EXPECT_EQ(firstOutcome(config(m_pki).set_server_name_override("croupier.test")),
              ConnectionState::Connected);
    EXPECT_EQ(firstOutcome(config(m_pki).set_server_name_override("other.test")),
              ConnectionState::BackingOff);
}

TEST_F(AgentTlsTest, ACertificateFromAnotherCaIsRefused) {
    const auto foreign = makePki();
    EXPECT_EQ(firstOutcome(config(foreign)), ConnectionState::BackingOff);
    EXPECT_EQ(m_server.registrations.size(), 0U);
}

TEST_F(AgentTlsTest, AnUnreadableKeyFileIsReportedNotFatal) {
    AgentConfig cfg = config(m_pki);
    cfg.set_key_pem("").set_key_file("/nonexistent/agent.key");
    EXPECT_EQ(firstOutcome(cfg), ConnectionState::BackingOff);
}

} // namespace
