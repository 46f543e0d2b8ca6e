#pragma once
// HealthProbe: asks a croupier-server whether it is serving, over TLS (the standard
// grpc.health.v1.Health/Check, spoken through a generic stub so no health proto is needed).
// LocalServer uses it to wait for the bundled server. GUI thread; answers are posted back to
// `owner` through a CallGuard and dropped once the probe is destroyed.

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <string>

namespace grpc {
class Channel;
}

namespace croupier::client {

class CallGuard;

class HealthProbe {
public:
    HealthProbe(QObject* owner, const QString& address, const std::string& caPem);
    ~HealthProbe();

    // `done(true)` when the server answered SERVING within `deadline`.
    void check(std::chrono::milliseconds deadline, std::function<void(bool)> done);

private:
    std::shared_ptr<CallGuard> m_guard;
    std::shared_ptr<grpc::Channel> m_channel;
};

} // namespace croupier::client
