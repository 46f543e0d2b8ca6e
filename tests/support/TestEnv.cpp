#include "TestEnv.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <thread>

namespace croupier::testing {

const server::DevPkiMaterial& testPki() {
    static const server::DevPkiMaterial pki = [] {
        server::PkiOptions o;
        o.agentNames = {"agent-a", "agent-b", "agent-c"};
        auto r = server::generateDevPki(o);
        if (!r) {
            throw std::runtime_error("test PKI: " + r.error().message);
        }
        return *r;
    }();
    return pki;
}

const server::DevPkiMaterial& foreignPki() {
    static const server::DevPkiMaterial pki = [] {
        server::PkiOptions o;
        o.agentNames = {"stranger"};
        auto r = server::generateDevPki(o);
        if (!r) {
            throw std::runtime_error("foreign PKI: " + r.error().message);
        }
        return *r;
    }();
    return pki;
}

TempDir::TempDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() /
             ("croupier-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

TestServer::TestServer(TestServerOptions options) : m_options(std::move(options)) {
    if (m_options.fakeClock) {
        m_fakeClock = std::make_unique<core::FakeClock>();
    }
    start();
}

TestServer::~TestServer() { stop(); }

void TestServer::start() {
    server::ServerOptions o;
    o.config.dataDir = m_dir.path();
    o.config.listen = "127.0.0.1:" + std::to_string(m_port);
    o.config.heartbeatInterval = m_options.heartbeat;
    o.config.reconnectGrace = m_options.heartbeat * 2;
    o.config.logLevel = core::LogLevel::Debug;
    if (m_options.tweak) {
        m_options.tweak(o.config);
    }
    const auto& pki = testPki();
    o.tlsCertPem = pki.server.certPem;
    o.tlsKeyPem = pki.server.keyPem;
    o.clientCaPem = pki.ca.certPem;
    o.clock = m_fakeClock.get();
    o.logSink = [this](std::string_view line) {
        std::lock_guard lock(m_logMutex);
        m_logs.emplace_back(line);
    };
    auto started = server::Server::start(std::move(o));
    if (!started && m_port != 0) {
        // The old port was taken meanwhile: take any.
        m_port = 0;
        return start();
    }
    if (!started) {
        throw std::runtime_error("test server: " + started.error().message);
    }
    m_server = std::move(*started);
    m_port = m_server->port();
    auto& users = m_server->users();
    if (!users.getUser(kRootUser)) {
        auto made = users.createUser(kRootUser, passwordOf(kRootUser), "Test admin", {"admin"}, {});
        if (!made) {
            throw std::runtime_error("test server: creating root: " + made.error().message);
        }
    }
    m_rootToken = login(kRootUser);
}

std::string TestServer::passwordOf(const std::string& username) {
    return "pw-" + username + "-secret";
}

std::string TestServer::login(const std::string& username) const {
    auto attempt = m_server->users().login(username, passwordOf(username), "ipv4:127.0.0.1:1",
                                           "test");
    if (!attempt.result) {
        throw std::runtime_error("test server: login " + username + ": " +
                                 attempt.result.error().message);
    }
    return attempt.result->token;
}

std::string TestServer::addUser(const std::string& username, const std::vector<std::string>& roles,
                                const std::vector<std::pair<std::string, std::string>>& scopes) {
    auto made = m_server->users().createUser(username, passwordOf(username), username, roles,
                                             scopes);
    if (!made) {
        throw std::runtime_error("test server: creating " + username + ": " + made.error().message);
    }
    return login(username);
}

void TestServer::stop() {
    if (m_server) {
        m_server->shutdown(std::chrono::milliseconds(500));
        m_server.reset();
    }
}

void TestServer::restart() {
    stop();
    start();
}

std::string TestServer::address() const { return "localhost:" + std::to_string(m_port); }

std::shared_ptr<grpc::Channel> TestServer::operatorChannel() const {
    return operatorChannelWith(m_rootToken);
}

std::shared_ptr<grpc::Channel> TestServer::operatorChannelWith(const std::string& token) const {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = testPki().ca.certPem;
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1); // a fresh connection per channel
    auto creds = grpc::SslCredentials(ssl);
    if (!token.empty()) {
        creds = grpc::CompositeChannelCredentials(creds, grpc::AccessTokenCredentials(token));
    }
    return grpc::CreateCustomChannel(address(), creds, args);
}

std::shared_ptr<grpc::Channel> TestServer::agentChannel(const std::string& name) const {
    const auto& pki = testPki();
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = pki.ca.certPem;
    ssl.pem_cert_chain = pki.agents.at(name).certPem;
    ssl.pem_private_key = pki.agents.at(name).keyPem;
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return grpc::CreateCustomChannel(address(), grpc::SslCredentials(ssl), args);
}

std::vector<std::string> TestServer::logs() const {
    std::lock_guard lock(m_logMutex);
    return m_logs;
}

sdk::AgentConfig agentConfig(const TestServer& server, const std::string& agentId,
                             const std::string& certName) {
    const auto& pki = testPki();
    return sdk::AgentConfig{}
        .set_server_addr(server.address())
        .set_game_id("game")
        .set_env("dev")
        .set_agent_id(agentId)
        .set_ca_pem(pki.ca.certPem)
        .set_cert_pem(pki.agents.at(certName).certPem)
        .set_key_pem(pki.agents.at(certName).keyPem)
        .set_backoff(std::chrono::milliseconds(20), std::chrono::milliseconds(200))
        .set_log_level(core::LogLevel::Warn);
}

bool waitFor(const std::function<bool()>& pred, std::chrono::milliseconds timeout) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < end) {
        if (pred()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return pred();
}

std::chrono::system_clock::time_point deadlineIn(std::chrono::milliseconds d) {
    return std::chrono::system_clock::now() + d;
}

std::filesystem::path demoDescriptorDir() {
    return std::filesystem::path(CROUPIER_SOURCE_DIR) / "resources" / "demo" / "descriptors";
}

} // namespace croupier::testing

namespace croupier::testing {

nlohmann::json seedBanDescriptor() {
    std::ifstream in(demoDescriptorDir() / "player.ban.json");
    return nlohmann::json::parse(in);
}

nlohmann::json directBanDescriptor() {
    nlohmann::json d = seedBanDescriptor();
    d["auth"].erase("approval");
    d["semantics"].erase("rate_limit");
    return d;
}

} // namespace croupier::testing
