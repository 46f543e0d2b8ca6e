#pragma once
// Helpers for the console's client-layer tests (tests/app): the test CA as a file (profiles
// name a CA file), a TCP proxy whose connections a test can cut (to drop streams while the
// server and its jobs keep running), and - for Qt test executables only - profiles for a
// TestServer and a wait for an asynchronous client reply.

#include "TestEnv.h"

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace croupier::testing {

// Writes testPki()'s CA certificate into `dir` and returns the file's path.
std::filesystem::path writeTestCaFile(const std::filesystem::path& dir);

// A started SDK agent in game/dev serving `functions` (descriptor JSON and handler); null (and
// a test failure) when it does not connect.
using AgentFunctions = std::vector<std::pair<nlohmann::json, sdk::AgentClient::Handler>>;
std::unique_ptr<sdk::AgentClient> startAgent(const TestServer& server, const std::string& agentId,
                                             const AgentFunctions& functions,
                                             const std::string& certName = "agent-a");

// Lets a test hold a job's handler between steps: wait(step) returns once release() let that
// many steps through, or false when the call is cancelled first.
class StepGate {
public:
    void release(int steps = 1);
    void releaseAll() { release(1 << 20); }
    bool wait(int step, const sdk::Context& ctx) const;

private:
    std::atomic<int> m_released{0};
};

// Forwards 127.0.0.1:port() to 127.0.0.1:targetPort byte for byte (TLS passes through).
// dropConnections() cuts every open connection; while refusing, new ones are closed at once.
class TcpProxy {
public:
    explicit TcpProxy(int targetPort);
    ~TcpProxy();
    TcpProxy(const TcpProxy&) = delete;
    TcpProxy& operator=(const TcpProxy&) = delete;

    int port() const { return m_port; }
    std::string address() const { return "localhost:" + std::to_string(m_port); }
    void setTargetPort(int port) { m_target = port; }
    void dropConnections();
    void setRefusing(bool refusing) { m_refusing = refusing; }
    // New connections are accepted and then held without a byte passing (a hung server).
    void setStalling(bool stalling) { m_stalling = stalling; }
    int connectionsAccepted() const { return m_accepted; }

private:
    void acceptLoop();
    void pump(int client, int upstream);

    int m_listen = -1;
    int m_port = 0;
    std::atomic<int> m_target;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_refusing{false};
    std::atomic<bool> m_stalling{false};
    std::atomic<int> m_accepted{0};
    std::mutex m_mutex; // guards m_fds, m_pumps
    std::vector<int> m_fds;
    std::vector<int> m_stalled;
    std::vector<std::thread> m_pumps;
    std::thread m_acceptor;
};

} // namespace croupier::testing

#ifdef QT_CORE_LIB
#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/Reply.h"

#include <QString>
#include <QTest>

#include <ostream>

// gtest prints QStrings as text.
inline void PrintTo(const QString& s, std::ostream* os) { *os << '"' << s.toStdString() << '"'; }

#include <functional>
#include <memory>
#include <optional>

namespace croupier::testing {

inline client::ConnectionProfile profileFor(const std::string& address,
                                            const std::filesystem::path& caFile,
                                            const QString& name = QStringLiteral("test")) {
    client::ConnectionProfile p;
    p.name = name;
    p.address = QString::fromStdString(address);
    p.caFile = QString::fromStdString(caFile.string());
    return p;
}

// Starts an asynchronous client call and waits (processing Qt events) for its reply.
template <class T>
client::Reply<T> awaitReply(const std::function<void(client::ReplyCallback<T>)>& start,
                            int timeoutMs = 20000) {
    // Shared: a reply arriving after the timeout must not write into a dead frame.
    auto out = std::make_shared<std::optional<client::Reply<T>>>();
    start([out](client::Reply<T> r) { out->emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out->has_value(); }, timeoutMs)) {
        client::CallError e;
        e.code = QStringLiteral("TEST_TIMEOUT");
        e.message = QStringLiteral("no reply within the test's timeout");
        return e;
    }
    return std::move(**out);
}

} // namespace croupier::testing
#endif
