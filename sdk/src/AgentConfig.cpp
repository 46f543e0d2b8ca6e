#include "croupier/sdk/AgentConfig.h"

#include "croupier/core/Crypto.h"

#include <algorithm>
#include <array>
#include <unistd.h>

namespace croupier::sdk {
namespace {

// "<hostname>-<6 hex>": readable in the console, unique when several agents share a host.
std::string defaultAgentId() {
    std::array<char, 256> host{};
    std::string name = "agent";
    if (::gethostname(host.data(), host.size() - 1) == 0 && host[0] != '\0') {
        name = host.data();
    }
    return name + "-" + croupier::core::randomId("", 3);
}

} // namespace

AgentConfig::AgentConfig()
    : m_agentId(defaultAgentId()) {}

AgentConfig& AgentConfig::set_server_addr(std::string v) {
    m_serverAddr = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_game_id(std::string v) {
    m_gameId = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_env(std::string v) {
    m_env = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_agent_id(std::string v) {
    if (!v.empty()) {
        m_agentId = std::move(v);
    }
    return *this;
}
AgentConfig& AgentConfig::set_version(std::string v) {
    m_version = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::add_label(std::string key, std::string value) {
    m_labels[std::move(key)] = std::move(value);
    return *this;
}
AgentConfig& AgentConfig::set_labels(std::map<std::string, std::string> labels) {
    m_labels = std::move(labels);
    return *this;
}
AgentConfig& AgentConfig::set_ca_file(std::string v) {
    m_caFile = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_cert_file(std::string v) {
    m_certFile = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_key_file(std::string v) {
    m_keyFile = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_ca_pem(std::string v) {
    m_caPem = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_cert_pem(std::string v) {
    m_certPem = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_key_pem(std::string v) {
    m_keyPem = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_server_name_override(std::string v) {
    m_serverNameOverride = std::move(v);
    return *this;
}
AgentConfig& AgentConfig::set_insecure(bool v) {
    m_insecure = v;
    return *this;
}
AgentConfig& AgentConfig::set_handler_threads(int threads) {
    m_handlerThreads = std::max(1, threads);
    return *this;
}
AgentConfig& AgentConfig::set_backoff(std::chrono::milliseconds initial,
                                      std::chrono::milliseconds max) {
    m_backoffInitial = std::max(initial, std::chrono::milliseconds(1));
    m_backoffMax = std::max(max, m_backoffInitial);
    return *this;
}
AgentConfig& AgentConfig::set_rpc_timeout(std::chrono::milliseconds timeout) {
    m_rpcTimeout = std::max(timeout, std::chrono::milliseconds(1));
    return *this;
}
AgentConfig& AgentConfig::set_keepalive(std::chrono::milliseconds interval) {
    m_keepalive = std::max(interval, std::chrono::milliseconds(0));
    return *this;
}
AgentConfig& AgentConfig::set_log_level(croupier::core::LogLevel level) {
    m_logLevel = level;
    return *this;
}
AgentConfig& AgentConfig::set_log_sink(Sink sink) {
    m_logSink = std::move(sink);
    return *this;
}

} // namespace croupier::sdk
