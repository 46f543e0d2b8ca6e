#pragma once
// The reactor of a server-streaming watch (not a public interface): the watcher pushes events
// into a StreamOutbox (from any thread, never blocking), the outbox writes them in order, a
// watcher that falls behind ends the call with RESOURCE_EXHAUSTED, and OnDone calls the
// subclass's unwatch(), detaches the outbox and deletes the reactor. gRPC callbacks run on
// gRPC's threads. Owns itself; the outbox is shared with the push callbacks, which may outlive it.

#include "croupier/server/GrpcStatus.h"
#include "croupier/server/StreamOutbox.h"

#include <grpcpp/grpcpp.h>

#include <cstddef>
#include <memory>
#include <utility>

namespace croupier::server {

template <class Event>
class OutboxWatchStream : public grpc::ServerWriteReactor<Event>,
                          public StreamOutbox<Event>::Writer {
public:
    using Outbox = StreamOutbox<Event>;

    void startWrite(const Event* event, bool moreQueued) override {
        grpc::WriteOptions options;
        if (moreQueued) {
            options.set_buffer_hint();
        }
        this->StartWrite(event, options);
    }
    void finish(const grpc::Status& status) override { this->Finish(status); }

    void OnWriteDone(bool ok) override { m_out->onWriteDone(ok); }
    void OnCancel() override {
        m_out->finish(errorStatus(core::ErrorCode::Cancelled, "cancelled"), false);
    }
    void OnDone() override {
        unwatch();
        m_out->detach();
        delete this;
    }

protected:
    explicit OutboxWatchStream(std::size_t maxQueued)
        : m_out(std::make_shared<Outbox>(this, maxQueued)) {}

    // Called once, from OnDone: stop the watcher feeding this call.
    virtual void unwatch() = 0;

    const std::shared_ptr<Outbox>& outbox() const { return m_out; }

    // A watcher callback queueing each event into `out`; it ends the call when the queue is full.
    static auto pushTo(std::shared_ptr<Outbox> out) {
        return [out = std::move(out)](const Event& event) {
            if (out->send(event) == Outbox::Send::Overflow) {
                out->finish(errorStatus(core::ErrorCode::ResourceExhausted,
                                        "the watch fell behind; watch again"),
                            false);
            }
        };
    }

private:
    std::shared_ptr<Outbox> m_out;
};

} // namespace croupier::server
