#include "ProcessBackend.h"

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
                               int jobStepMs)
    : m_adminPassword(initServerDataDir(serverBin, dir("data"))) {
    m_server = std::make_unique<ChildProcess>(
        serverBin,
        std::vector<std::string>{"serve", "--data-dir", dir("data"), "--listen", "127.0.0.1:0"});
    m_port = waitForServingPort(*m_server);
    const std::string pki = dir("data") + "/pki";
    m_agent = std::make_unique<ChildProcess>(
        agentBin, std::vector<std::string>{"--server", address(), "--ca", pki + "/ca.crt", "--cert",
                                           pki + "/agents/demo-agent.crt", "--key",
                                           pki + "/agents/demo-agent.key", "--agent-id", "demo-1",
                                           "--job-step-ms", std::to_string(jobStepMs)});
}

ProcessBackend::~ProcessBackend() {
    if (m_agent) {
        m_agent->stop();
    }
    if (m_server) {
        m_server->stop();
    }
}

} // namespace croupier::testing
