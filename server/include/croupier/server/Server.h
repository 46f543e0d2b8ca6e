#pragma once
// croupier-server assembled: opens the store, recovers what a previous process left, builds the
// registry, router, invoker and job manager, and serves every gRPC service (plus health and
// reflection) on one port. Used by main() and, in-process on port 0, by the tests.
// start() and shutdown() are called from one controlling thread.

#include "croupier/core/Clock.h"
#include "croupier/core/Log.h"
#include "croupier/core/Result.h"
#include "croupier/server/ServerConfig.h"

#include <memory>
#include <string>

namespace croupier::server {

class AuditLog;
class Registry;
class UserDirectory;

struct ServerOptions {
    ServerConfig config;
    // PEM contents; when empty (and not insecure) they are read from the config's TLS paths.
    std::string tlsCertPem;
    std::string tlsKeyPem;
    std::string clientCaPem;
    core::Clock* clock = nullptr;  // default: the system clock
    core::Logger::Sink logSink;    // default: stderr
};

class Server {
public:
    static core::Result<std::unique_ptr<Server>> start(ServerOptions options);
    ~Server();

    int port() const;
    std::string address() const;  // host:port as bound
    // Stops accepting, ends streams, finishes in-flight work (up to `grace`), closes the store.
    void shutdown(std::chrono::milliseconds grace = std::chrono::milliseconds(2000));
    // Blocks until shutdown() has run (from another thread).
    void wait();

    Registry& registry();
    UserDirectory& users();
    AuditLog& audit();
    const core::Logger& logger() const;

private:
    struct Impl;
    explicit Server(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace croupier::server
