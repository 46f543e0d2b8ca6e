#include "ProcessBackend.h"

#include <csignal>
#include <regex>
#include <stdexcept>

namespace croupier::testing {

std::string initServerDataDir(const std::string& serverBin, const std::string& dataDir) {
    auto init = runProcess(serverBin, {"init", "--data-dir", dataDir, "--agent", "demo-agent",
                                       "--listen", "127.0.0.1:0"});
    std::smatch m;
    if (init.exitCode != 0 ||
        !std::regex_search(init.out, m, std::regex("admin password\\s+(\\S+)"))) {
        throw std::runtime_error("croupier-server init failed: " + init.err);
    }
    return m[1];
}

int waitForServingPort(ChildProcess& server) {
    const std::string log = server.waitForOutput("msg=serving") ? server.err() : "";
    std::smatch m;
    if (!std::regex_search(log, m, std::regex(" port=(\\d+)"))) {
        throw std::runtime_error("croupier-server did not start: " + server.err());
    }
    return std::stoi(m[1]);
}

ProcessBackend::ProcessBackend(const std::string& serverBin, const std::string& agentBin,
                               int jobStepMs, const std::vector<BackendUser>& users)
    : m_agentBin(agentBin), m_jobStepMs(jobStepMs),
      m_adminPassword(initServerDataDir(serverBin, dir("data"))) {
    for (const auto& user : users) {
        auto add = runProcess(serverBin, {"user", "add", user.name, "--data-dir", dir("data"),
                                          "--role", user.role, "--password", user.password});
        if (add.exitCode != 0) {
            throw std::runtime_error("croupier-server user add " + user.name + ": " + add.err);
        }
    }
    m_server = std::make_unique<ChildProcess>(
        serverBin,
        std::vector<std::string>{"serve", "--data-dir", dir("data"), "--listen", "127.0.0.1:0"});
    m_port = waitForServingPort(*m_server);
    m_agent = spawnAgent("demo-1");
}

std::unique_ptr<ChildProcess> ProcessBackend::spawnAgent(const std::string& agentId) const {
    const std::string pki = dir("data") + "/pki";
    return std::make_unique<ChildProcess>(
        m_agentBin,
        std::vector<std::string>{"--server", address(), "--ca", pki + "/ca.crt", "--cert",
                                 pki + "/agents/demo-agent.crt", "--key",
                                 pki + "/agents/demo-agent.key", "--agent-id", agentId,
                                 "--job-step-ms", std::to_string(m_jobStepMs)});
}

void ProcessBackend::startAgent(const std::string& agentId) {
    m_extraAgents[agentId] = spawnAgent(agentId);
}

void ProcessBackend::killAgent(const std::string& agentId) {
    auto it = m_extraAgents.find(agentId);
    if (it != m_extraAgents.end()) {
        it->second->sendSignal(SIGKILL);
        it->second->wait(std::chrono::seconds(5));
    }
}

std::string ProcessBackend::agentErrors() const {
    std::string errors = m_agent ? m_agent->err() : std::string();
    for (const auto& [id, agent] : m_extraAgents) {
        errors += "\n[" + id + "] " + agent->err();
    }
    return errors;
}

ProcessBackend::~ProcessBackend() {
    m_extraAgents.clear(); // SIGKILL
    if (m_agent) {
        m_agent->stop();
    }
    if (m_server) {
        m_server->stop();
    }
}

} // namespace croupier::testing
