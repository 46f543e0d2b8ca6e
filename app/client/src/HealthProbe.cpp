#include "HealthProbe.h"

#include "CallGuard.h"
#include "CallbackQueueAnchor.h"

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

namespace croupier::client {
namespace {

const std::string kCheckMethod = "/grpc.health.v1.Health/Check";

// HealthCheckResponse{status: SERVING}: field 1, varint 1.
bool isServing(const grpc::ByteBuffer& response) {
    std::vector<grpc::Slice> slices;
    if (!response.Dump(&slices).ok()) {
        return false;
    }
    std::string bytes;
    for (const auto& s : slices) {
        bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
    }
    return bytes == std::string("\x08\x01", 2);
}

// A valid buffer holding zero bytes (a default ByteBuffer is "invalid" and gRPC refuses it).
grpc::ByteBuffer emptyMessage() {
    grpc::Slice none("", 0);
    return grpc::ByteBuffer(&none, 1);
}

} // namespace

HealthProbe::HealthProbe(QObject* owner, const QString& address, const std::string& caPem)
    : m_guard(CallGuard::create(owner)) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = caPem;
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 100);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 500);
    anchorCallbackQueue();
    m_channel = grpc::CreateCustomChannel(address.toStdString(), grpc::SslCredentials(ssl), args);
}

HealthProbe::~HealthProbe() {
    m_guard->detach();
}

void HealthProbe::check(std::chrono::milliseconds deadline, std::function<void(bool)> done) {
    struct Call {
        std::shared_ptr<grpc::ClientContext> context = std::make_shared<grpc::ClientContext>();
        grpc::ByteBuffer request = emptyMessage(); // HealthCheckRequest{}: no bytes
        grpc::ByteBuffer response;
        std::uint64_t id = 0;
    };
    // The stub (and so a reference to the channel) stays here: the last reference to a channel
    // must never be dropped on a gRPC callback thread (gRPC 1.51 cannot shut its callback
    // completion queue down from one of its own threads).
    grpc::GenericStub stub(m_channel);
    auto call = std::make_shared<Call>();
    call->context->set_deadline(std::chrono::system_clock::now() + deadline);
    call->context->set_wait_for_ready(true); // wait for the port to open within the deadline
    call->id = m_guard->add(call->context);
    auto guard = m_guard;
    stub.UnaryCall(call->context.get(), kCheckMethod, grpc::StubOptions(), &call->request,
                   &call->response, [guard, call, done](grpc::Status status) {
                       guard->remove(call->id);
                       const bool serving = status.ok() && isServing(call->response);
                       guard->post([done, serving] { done(serving); });
                   });
}

} // namespace croupier::client
