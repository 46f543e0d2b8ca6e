#include "OutboxWatchStream.h"
#include "ServiceSupport.h"

#include "croupier/server/Guard.h"

namespace croupier::server {
namespace {

using registry::v1::RegistrationEvent;

// WatchRegistrations: the registry pushes into the outbox from under its lock (non-blocking);
// a watcher that falls this far behind is ended and should watch again.
class WatchStream final : public OutboxWatchStream<RegistrationEvent> {
public:
    WatchStream(Registry& registry, const ScopeKey& filter)
        : OutboxWatchStream(kMaxQueued), m_registry(registry) {
        m_watch = m_registry.watch(filter, pushTo(outbox()));
    }

private:
    void unwatch() override { m_registry.unwatch(m_watch); }

    static constexpr std::size_t kMaxQueued = 200'000;
    Registry& m_registry;
    std::uint64_t m_watch = 0;
};

} // namespace

grpc::ServerUnaryReactor* RegistryServiceImpl::GetRegistrations(
    grpc::CallbackServerContext* ctx, const registry::v1::GetRegistrationsRequest* req,
    registry::v1::GetRegistrationsResponse* resp) {
    if (auto c = m_ctx.guard.op(ctx, perm::kRegistryRead, req->game_id(), req->env()); !c) {
        return detail::rejected(ctx, c.error());
    }
    return detail::inline_(ctx, resp, [this, req] {
        return core::Result<registry::v1::GetRegistrationsResponse>(
            m_ctx.registry.getRegistrations(*req));
    });
}

grpc::ServerWriteReactor<RegistrationEvent>* RegistryServiceImpl::WatchRegistrations(
    grpc::CallbackServerContext* ctx, const registry::v1::WatchRegistrationsRequest* req) {
    if (auto c = m_ctx.guard.op(ctx, perm::kRegistryRead, req->game_id(), req->env()); !c) {
        class Refused final : public grpc::ServerWriteReactor<RegistrationEvent> {
        public:
            explicit Refused(const grpc::Status& s) { Finish(s); }
            void OnDone() override { delete this; }
        };
        return new Refused(toGrpcStatus(c.error()));
    }
    return new WatchStream(m_ctx.registry, {req->game_id(), req->env()});
}

} // namespace croupier::server
