#include "ClientTestSupport.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fstream>
#include <stdexcept>

namespace croupier::testing {
namespace {

int connectLoopback(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        return fd;
    }
    if (fd >= 0) {
        ::close(fd);
    }
    return -1;
}

// Copies what `from` has to `to`; false when `from` is closed or either side failed.
bool forward(int from, int to) {
    char buffer[16384];
    const ssize_t n = ::read(from, buffer, sizeof buffer);
    if (n <= 0) {
        return false;
    }
    for (ssize_t done = 0; done < n;) {
        // send() with MSG_NOSIGNAL: a peer the test has cut must not SIGPIPE the test process.
        const ssize_t w = ::send(to, buffer + done, static_cast<std::size_t>(n - done), MSG_NOSIGNAL);
        if (w <= 0) {
            return false;
        }
        done += w;
    }
    return true;
}

} // namespace

std::filesystem::path writeTestCaFile(const std::filesystem::path& dir) {
    const auto path = dir / "test-ca.crt";
    std::ofstream(path) << testPki().ca.certPem;
    return path;
}

std::unique_ptr<sdk::AgentClient> startAgent(const TestServer& server, const std::string& agentId,
                                             const AgentFunctions& functions,
                                             const std::string& certName) {
    auto agent = std::make_unique<sdk::AgentClient>(agentConfig(server, agentId, certName));
    for (const auto& [descriptor, handler] : functions) {
        EXPECT_TRUE(agent->RegisterFunction(sdk::Descriptor::FromJson(descriptor), handler).IsOk());
    }
    EXPECT_TRUE(agent->Start().IsOk());
    if (!agent->WaitUntilConnected(std::chrono::seconds(10))) {
        ADD_FAILURE() << "agent " << agentId << " did not connect";
        return nullptr;
    }
    return agent;
}

void StepGate::release(int steps) { m_released += steps; }

bool StepGate::wait(int step, const sdk::Context& ctx) const {
    while (m_released.load() < step) {
        if (ctx.WaitForCancel(std::chrono::milliseconds(5))) {
            return false;
        }
    }
    return true;
}

TcpProxy::TcpProxy(int targetPort) : m_target(targetPort) {
    m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(m_listen, 16) != 0 ||
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        throw std::runtime_error("TcpProxy: cannot listen");
    }
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

TcpProxy::~TcpProxy() {
    m_stop = true;
    m_acceptor.join();
    dropConnections();
    std::vector<std::thread> pumps;
    {
        std::lock_guard lock(m_mutex);
        pumps.swap(m_pumps);
    }
    for (auto& t : pumps) {
        t.join();
    }
    for (int fd : m_stalled) {
        ::close(fd);
    }
    ::close(m_listen);
}

void TcpProxy::acceptLoop() {
    while (!m_stop) {
        pollfd p{m_listen, POLLIN, 0};
        if (::poll(&p, 1, 20) <= 0) {
            continue;
        }
        const int client = ::accept(m_listen, nullptr, nullptr);
        if (client < 0) {
            continue;
        }
        if (m_stalling) {
            std::lock_guard lock(m_mutex);
            m_stalled.push_back(client);
            continue;
        }
        const int upstream = m_refusing ? -1 : connectLoopback(m_target);
        if (upstream < 0) {
            ::close(client);
            continue;
        }
        ++m_accepted;
        std::lock_guard lock(m_mutex);
        m_fds.push_back(client);
        m_fds.push_back(upstream);
        m_pumps.emplace_back([this, client, upstream] { pump(client, upstream); });
    }
}

void TcpProxy::pump(int client, int upstream) {
    pollfd fds[2] = {{client, POLLIN, 0}, {upstream, POLLIN, 0}};
    for (;;) {
        if (::poll(fds, 2, 100) < 0) {
            break;
        }
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) && !forward(client, upstream)) {
            break;
        }
        if ((fds[1].revents & (POLLIN | POLLHUP | POLLERR)) && !forward(upstream, client)) {
            break;
        }
    }
    std::lock_guard lock(m_mutex);
    for (int fd : {client, upstream}) {
        ::shutdown(fd, SHUT_RDWR);
        std::erase(m_fds, fd);
        ::close(fd);
    }
}

void TcpProxy::dropConnections() {
    std::lock_guard lock(m_mutex);
    for (int fd : m_fds) {
        ::shutdown(fd, SHUT_RDWR); // the pump sees EOF, closes both ends and exits
    }
}

} // namespace croupier::testing
