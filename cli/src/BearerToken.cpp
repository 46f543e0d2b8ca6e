#include "BearerToken.h"

#include <grpcpp/support/interceptor.h>

namespace croupier::cli {
namespace {

using grpc::experimental::InterceptionHookPoints;

// Per call: sets the header before the initial metadata goes out.
class BearerTokenInterceptor : public grpc::experimental::Interceptor {
public:
    explicit BearerTokenInterceptor(std::string header)
        : m_header(std::move(header)) {}

    void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
        if (methods->QueryInterceptionHookPoint(
                InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
            methods->GetSendInitialMetadata()->emplace("authorization", m_header);
        }
        methods->Proceed();
    }

private:
    const std::string m_header;
};

class BearerTokenFactory : public grpc::experimental::ClientInterceptorFactoryInterface {
public:
    explicit BearerTokenFactory(const std::string& token)
        : m_header("Bearer " + token) {}

    grpc::experimental::Interceptor*
    CreateClientInterceptor(grpc::experimental::ClientRpcInfo*) override {
        return new BearerTokenInterceptor(m_header); // gRPC deletes it when the call ends
    }

private:
    const std::string m_header;
};

} // namespace

bool isUsableToken(std::string_view token) {
    for (const char c : token) {
        if (c <= ' ' || c > '~') {
            return false;
        }
    }
    return true;
}

std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>>
bearerTokenInterceptors(const std::string& token) {
    std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>> out;
    if (!token.empty()) {
        out.push_back(std::make_unique<BearerTokenFactory>(token));
    }
    return out;
}

} // namespace croupier::cli
