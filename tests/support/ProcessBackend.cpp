#include "ProcessBackend.h"

#include <regex>
#include <stdexcept>

namespace croupier::testing {

ProcessBackend::ProcessBackend(const std::string& serverBin, const std::string& agentBin,
                               int jobStepMs) {
    auto init = runProcess(serverBin, {"init", "--data-dir", dir("data"), "--agent", "demo-agent",
                                       "--listen", "127.0.0.1:0"});
    std::smatch m;
    if (init.exitCode != 0 ||
        !std::regex_search(init.out, m, std::regex("admin password\\s+(\\S+)"))) {
        throw std::runtime_error("croupier-server init failed: " + init.err);
    }
    m_adminPassword = m[1];
    m_server = std::make_unique<ChildProcess>(
        serverBin, std::vector<std::string>{"serve", "--data-dir", dir("data"), "--listen",
                                            "127.0.0.1:0"});
    const std::string log = m_server->waitForOutput("msg=serving") ? m_server->err() : "";
    if (!std::regex_search(log, m, std::regex(" port=(\\d+)"))) {
        throw std::runtime_error("croupier-server did not start: " + m_server->err());
    }
    m_port = std::stoi(m[1]);
    const std::string pki = dir("data") + "/pki";
    m_agent = std::make_unique<ChildProcess>(
        agentBin, std::vector<std::string>{"--server", address(), "--ca", pki + "/ca.crt",
                                           "--cert", pki + "/agents/demo-agent.crt", "--key",
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
