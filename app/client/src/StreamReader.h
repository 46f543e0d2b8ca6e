#pragma once
// StreamReader<Msg>: a self-owning client reactor for a server-streaming call. Every message is
// moved into a closure posted to the guard's owner (in order), then the next read starts; the
// final status is posted last, and the reactor deletes itself in OnDone. It never touches a
// QObject itself. Created and started by ConnectionCore::stream().

#include "CallGuard.h"

#include <functional>
#include <grpcpp/grpcpp.h>
#include <grpcpp/support/client_callback.h>
#include <memory>

namespace croupier::client {

template <class Msg> class StreamReader final : public grpc::ClientReadReactor<Msg> {
public:
    struct Handlers {
        std::function<void(Msg&)> onMessage;            // owner's thread
        std::function<void(const grpc::Status&)> onEnd; // owner's thread, once, last
    };

    // `request` is kept until the reactor is done (gRPC reads it when the call starts).
    StreamReader(std::shared_ptr<CallGuard> guard, std::shared_ptr<grpc::ClientContext> context,
                 std::shared_ptr<const Handlers> handlers, std::shared_ptr<const void> request)
        : m_guard(std::move(guard))
        , m_context(std::move(context))
        , m_handlers(std::move(handlers))
        , m_request(std::move(request)) {}

    grpc::ClientContext* context() const { return m_context.get(); }

    // Registers with the guard and starts the call (after the stub attached this reactor).
    std::uint64_t begin() {
        const std::uint64_t id = m_id = m_guard->add(m_context);
        this->StartRead(&m_message);
        this->StartCall(); // from here on OnDone may run (and delete this) on a gRPC thread
        return id;
    }

    void OnReadDone(bool ok) override {
        if (!ok) {
            return; // the stream ended; OnDone follows
        }
        m_guard->post([handlers = m_handlers, message = std::move(m_message)]() mutable {
            handlers->onMessage(message);
        });
        m_message = Msg();
        this->StartRead(&m_message);
    }

    // Deregisters last, after the context is released, so CallGuard::detach() returning means
    // this call holds nothing of the channel any more.
    void OnDone(const grpc::Status& status) override {
        const auto guard = m_guard;
        const std::uint64_t id = m_id;
        guard->post([handlers = m_handlers, status] { handlers->onEnd(status); });
        delete this;
        guard->remove(id);
    }

private:
    std::shared_ptr<CallGuard> m_guard;
    std::shared_ptr<grpc::ClientContext> m_context;
    std::shared_ptr<const Handlers> m_handlers;
    std::shared_ptr<const void> m_request;
    Msg m_message;
    std::uint64_t m_id = 0;
};

} // namespace croupier::client
