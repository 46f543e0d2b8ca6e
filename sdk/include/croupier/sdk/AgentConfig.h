#pragma once
// AgentConfig: everything an AgentClient needs to reach the server — address, scope, identity,
// TLS material, thread and retry settings, logging. A chainable builder of plain values:
//   AgentConfig{}.set_server_addr("croupier:8443").set_game_id("my-game").set_env("prod")
//                .set_ca_file("ca.crt").set_cert_file("agent.crt").set_key_file("agent.key");
// Accessors are protobuf-style (server_addr() pairs with set_server_addr()). Copied into the
// AgentClient at construction; not shared afterwards.

#include "croupier/core/Log.h"

#include <chrono>
#include <map>
#include <string>

namespace croupier::sdk {

class AgentConfig {
public:
    using Sink = croupier::core::Logger::Sink;

    AgentConfig();

    // host:port of croupier-server's gRPC port (default 8443 on the server side).
    AgentConfig& set_server_addr(std::string addr);
    AgentConfig& set_game_id(std::string gameId);
    AgentConfig& set_env(std::string env);
    // Defaults to "<hostname>-<random hex>", made once per AgentConfig.
    AgentConfig& set_agent_id(std::string agentId);
    // The game server's own version, shown to operators.
    AgentConfig& set_version(std::string version);
    AgentConfig& add_label(std::string key, std::string value);
    AgentConfig& set_labels(std::map<std::string, std::string> labels);

    // TLS (the default). The server requires a client certificate signed by its CA. Files are
    // read at each connection attempt, so rotated certificates are picked up on reconnect.
    // The *_pem setters take the PEM text itself and win over the files.
    AgentConfig& set_ca_file(std::string path);
    AgentConfig& set_cert_file(std::string path);
    AgentConfig& set_key_file(std::string path);
    AgentConfig& set_ca_pem(std::string pem);
    AgentConfig& set_cert_pem(std::string pem);
    AgentConfig& set_key_pem(std::string pem);
    // The name to check in the server's certificate when it differs from the address host.
    AgentConfig& set_server_name_override(std::string name);
    // Plaintext. Only allowed to a loopback address (localhost, 127.x.x.x, ::1).
    AgentConfig& set_insecure(bool insecure);

    // Threads running handlers (default 4, at least 1).
    AgentConfig& set_handler_threads(int threads);
    // Reconnect delays: exponential from `initial` up to `max`, with jitter
    // (default 200 ms .. 10 s).
    AgentConfig& set_backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);
    // Deadline of each unary RPC (RegisterAgent, Heartbeat) and of the stream's acceptance
    // (default 10 s).
    AgentConfig& set_rpc_timeout(std::chrono::milliseconds timeout);
    // gRPC keepalive pings every `interval` (default 0 = off; heartbeats detect dead links).
    AgentConfig& set_keepalive(std::chrono::milliseconds interval);

    // Log lines (logfmt, one per call) go to stderr unless a sink is set. Default Info.
    AgentConfig& set_log_level(croupier::core::LogLevel level);
    AgentConfig& set_log_sink(Sink sink);

    const std::string& server_addr() const { return m_serverAddr; }
    const std::string& game_id() const { return m_gameId; }
    const std::string& env() const { return m_env; }
    const std::string& agent_id() const { return m_agentId; }
    const std::string& version() const { return m_version; }
    const std::map<std::string, std::string>& labels() const { return m_labels; }
    const std::string& ca_file() const { return m_caFile; }
    const std::string& cert_file() const { return m_certFile; }
    const std::string& key_file() const { return m_keyFile; }
    const std::string& ca_pem() const { return m_caPem; }
    const std::string& cert_pem() const { return m_certPem; }
    const std::string& key_pem() const { return m_keyPem; }
    const std::string& server_name_override() const { return m_serverNameOverride; }
    bool insecure() const { return m_insecure; }
    int handler_threads() const { return m_handlerThreads; }
    std::chrono::milliseconds backoff_initial() const { return m_backoffInitial; }
    std::chrono::milliseconds backoff_max() const { return m_backoffMax; }
    std::chrono::milliseconds rpc_timeout() const { return m_rpcTimeout; }
    std::chrono::milliseconds keepalive() const { return m_keepalive; }
    croupier::core::LogLevel log_level() const { return m_logLevel; }
    const Sink& log_sink() const { return m_logSink; }

private:
    std::string m_serverAddr;
    std::string m_gameId;
    std::string m_env;
    std::string m_agentId;
    std::string m_version;
    std::map<std::string, std::string> m_labels;
    std::string m_caFile, m_certFile, m_keyFile;
    std::string m_caPem, m_certPem, m_keyPem;
    std::string m_serverNameOverride;
    bool m_insecure = false;
    int m_handlerThreads = 4;
    std::chrono::milliseconds m_backoffInitial{200};
    std::chrono::milliseconds m_backoffMax{10'000};
    std::chrono::milliseconds m_rpcTimeout{10'000};
    std::chrono::milliseconds m_keepalive{0};
    croupier::core::LogLevel m_logLevel = croupier::core::LogLevel::Info;
    Sink m_logSink;
};

} // namespace croupier::sdk
