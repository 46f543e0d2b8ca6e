#include "CallbackQueueAnchor.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <memory>

namespace croupier::client {

void anchorCallbackQueue() {
    static const bool anchored = [] {
        // Never destroyed on purpose (see the header). The call has an expired deadline and an
        // address nothing listens on, so it fails at once without touching the network; making
        // it is what ties the channel to the callback queue.
        auto* channel = new std::shared_ptr<grpc::Channel>(
            grpc::CreateChannel("localhost:1", grpc::InsecureChannelCredentials()));
        struct Call {
            grpc::ClientContext context;
            grpc::ByteBuffer request;
            grpc::ByteBuffer response;
        };
        auto* call = new Call;
        grpc::Slice empty(std::string{});
        call->request = grpc::ByteBuffer(&empty, 1); // a valid, empty message
        call->context.set_deadline(std::chrono::system_clock::now());
        grpc::GenericStub stub(*channel);
        stub.UnaryCall(&call->context, "/croupier.Anchor/None", grpc::StubOptions(),
                       &call->request, &call->response, [call](const grpc::Status&) {
                           delete call;
                       });
        return true;
    }();
    (void)anchored;
}

} // namespace croupier::client
