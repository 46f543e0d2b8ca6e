#pragma once
// A real croupier-server process (fresh data dir, dev PKI, port chosen by the server) and one
// real croupier-demo-agent process connected to it: what the console's end-to-end tests and
// the screenshot tool run against. Throws std::runtime_error with the processes' stderr when
// something does not start. Not thread-safe; one per test suite.

#include "ChildProcess.h"
#include "TestEnv.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace croupier::testing {

// Runs `croupier-server init` on `dataDir` (dev PKI with a demo-agent certificate, listening on
// 127.0.0.1:0) and returns the admin password it printed once.
std::string initServerDataDir(const std::string& serverBin, const std::string& dataDir);

// Waits until `server` (`croupier-server serve`) logs that it serves, and returns its port.
int waitForServingPort(ChildProcess& server);

// A user created in the data dir before the server starts.
struct BackendUser {
    std::string name;
    std::string role;
    std::string password;
};

class ProcessBackend {
public:
    // `serverBin` / `agentBin`: paths of the binaries; `jobStepMs`: the demo agent's delay per
    // exported player (player.export), so tests can catch a job mid-way; `users` are added
    // besides admin.
    ProcessBackend(const std::string& serverBin, const std::string& agentBin, int jobStepMs = 150,
                   const std::vector<BackendUser>& users = {});
    ~ProcessBackend();

    // Another demo agent process (same certificate, its own agent id).
    void startAgent(const std::string& agentId);
    // Kills that agent with SIGKILL: it drops out without saying goodbye.
    void killAgent(const std::string& agentId);

    int port() const { return m_port; }
    std::string address() const { return "localhost:" + std::to_string(m_port); }
    std::string caFile() const { return dir("data") + "/pki/ca.crt"; }
    const std::string& adminPassword() const { return m_adminPassword; }
    std::string agentErrors() const;

private:
    std::string dir(const std::string& name) const { return (m_tmp.path() / name).string(); }
    std::unique_ptr<ChildProcess> spawnAgent(const std::string& agentId) const;

    TempDir m_tmp;
    std::unique_ptr<ChildProcess> m_server;
    std::string m_agentBin;
    int m_jobStepMs;
    std::unique_ptr<ChildProcess> m_agent;
    std::map<std::string, std::unique_ptr<ChildProcess>> m_extraAgents;
    std::string m_adminPassword;
    int m_port = 0;
};

} // namespace croupier::testing
