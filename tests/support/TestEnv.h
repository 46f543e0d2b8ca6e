#pragma once
// Shared test fixtures: a development PKI made once per test process, temp dirs, an in-process
// croupier-server on 127.0.0.1:0 with real TLS, channels for operators (server-verified TLS, no
// client cert) and agents (client cert), and SDK agent configs pointing at it.

#include "croupier/core/Clock.h"
#include "croupier/server/DevPki.h"
#include "croupier/server/Server.h"
#include "croupier/server/UserDirectory.h"
#include "croupier/sdk/client.h"

#include <grpcpp/grpcpp.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace croupier::testing {

// Agents "agent-a", "agent-b", "agent-c"; the server cert covers localhost and 127.0.0.1.
const server::DevPkiMaterial& testPki();
// A second, unrelated CA with one agent certificate "stranger".
const server::DevPkiMaterial& foreignPki();

class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

struct TestServerOptions {
    bool fakeClock = false;
    std::chrono::milliseconds heartbeat{200};
    std::function<void(server::ServerConfig&)> tweak;
};

class TestServer {
public:
    explicit TestServer(TestServerOptions options = {});
    ~TestServer();

    // Stops and starts again on the same data dir (and the same port when it is free).
    void restart();
    void stop();
    bool running() const { return m_server != nullptr; }

    std::string address() const;  // "localhost:PORT"
    int port() const { return m_port; }
    core::FakeClock* fakeClock() { return m_fakeClock.get(); }
    server::Server& server() { return *m_server; }
    const std::filesystem::path& dataDir() const { return m_dir.path(); }

    // Signed in as the admin "root" (created at the first start).
    std::shared_ptr<grpc::Channel> operatorChannel() const;
    // With `token` as `authorization: Bearer ...` ("" = no token).
    std::shared_ptr<grpc::Channel> operatorChannelWith(const std::string& token) const;

    static constexpr const char* kRootUser = "root";
    // Every test user's password.
    static std::string passwordOf(const std::string& username);
    // Creates a user (password passwordOf(username)) and returns a fresh token for them.
    std::string addUser(const std::string& username, const std::vector<std::string>& roles,
                        const std::vector<std::pair<std::string, std::string>>& scopes = {});
    // A fresh token for an existing user.
    std::string login(const std::string& username) const;
    const std::string& rootToken() const { return m_rootToken; }
    std::shared_ptr<grpc::Channel> agentChannel(const std::string& name = "agent-a") const;

    // Captured log lines so far.
    std::vector<std::string> logs() const;

private:
    void start();

    TestServerOptions m_options;
    TempDir m_dir;
    std::unique_ptr<core::FakeClock> m_fakeClock;
    std::unique_ptr<server::Server> m_server;
    int m_port = 0;
    mutable std::mutex m_logMutex;  // guards m_logs
    std::vector<std::string> m_logs;
    std::string m_rootToken;
};

// An SDK config for `server` with agent certificate `certName`, game "game", env "dev".
sdk::AgentConfig agentConfig(const TestServer& server, const std::string& agentId,
                             const std::string& certName = "agent-a");

// Polls `pred` every 5 ms until true or the timeout; returns its last value.
bool waitFor(const std::function<bool()>& pred,
             std::chrono::milliseconds timeout = std::chrono::seconds(10));

// A deadline for test RPCs.
std::chrono::system_clock::time_point deadlineIn(std::chrono::milliseconds d =
                                                     std::chrono::seconds(10));

// Path of the repo's demo descriptors.
std::filesystem::path demoDescriptorDir();

// The seed's player.ban descriptor (resources/demo) as shipped: approval threshold 2, 10rps.
nlohmann::json seedBanDescriptor();
// The same with no approval and no rate limit, so tests of other behaviour can call it
// directly and often (approvals and limits have their own tests).
nlohmann::json directBanDescriptor();

} // namespace croupier::testing
