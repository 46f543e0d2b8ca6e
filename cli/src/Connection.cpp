#include "Connection.h"

#include "BearerToken.h"
#include "croupier/proto/OperatorChannel.h"

#include <fstream>

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;

namespace {

constexpr std::streamsize kMaxCaBytes = std::streamsize{1024} * 1024;

core::Result<std::string> readCaFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Unexpected(ErrorCode::InvalidArgument, "cannot read the CA file " + path);
    }
    std::string pem(static_cast<std::size_t>(kMaxCaBytes) + 1, '\0');
    in.read(pem.data(), kMaxCaBytes + 1);
    pem.resize(static_cast<std::size_t>(in.gcount()));
    if (pem.size() > static_cast<std::size_t>(kMaxCaBytes) ||
        pem.find("-----BEGIN CERTIFICATE-----") == std::string::npos) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "the CA file " + path + " holds no PEM certificate");
    }
    return pem;
}

grpc::ChannelArguments channelArguments(const GlobalOptions& options) {
    return proto::operatorChannelArguments("croupierctl/" CROUPIER_VERSION, options.serverName);
}

} // namespace

core::Result<std::unique_ptr<Connection>> Connection::open(const GlobalOptions& options) {
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (options.insecure) {
        credentials = grpc::InsecureChannelCredentials();
    } else {
        grpc::SslCredentialsOptions ssl;
        if (!options.caFile.empty()) {
            auto pem = readCaFile(options.caFile);
            if (!pem) {
                return Unexpected(pem.error());
            }
            ssl.pem_root_certs = std::move(*pem);
        }
        credentials = grpc::SslCredentials(ssl);
    }
    auto channel = grpc::experimental::CreateCustomChannelWithInterceptors(
        options.server, credentials, channelArguments(options),
        bearerTokenInterceptors(options.token));
    return std::unique_ptr<Connection>(new Connection(std::move(channel), options.timeout));
}

Connection::Connection(std::shared_ptr<grpc::Channel> channel, std::chrono::milliseconds timeout)
    : m_channel(std::move(channel))
    , m_timeout(timeout)
    , m_functions(function::v1::FunctionService::NewStub(m_channel))
    , m_registry(registry::v1::RegistryService::NewStub(m_channel))
    , m_control(control::v1::ControlService::NewStub(m_channel))
    , m_auth(auth::v1::AuthService::NewStub(m_channel))
    , m_users(auth::v1::UserService::NewStub(m_channel))
    , m_approvals(approval::v1::ApprovalService::NewStub(m_channel))
    , m_audit(audit::v1::AuditService::NewStub(m_channel)) {}

bool Connection::waitForConnected(std::chrono::milliseconds timeout) {
    return m_channel->WaitForConnected(std::chrono::system_clock::now() + timeout);
}

void Connection::setDeadline(grpc::ClientContext& context,
                             std::chrono::milliseconds atLeast) const {
    context.set_deadline(std::chrono::system_clock::now() + std::max(m_timeout, atLeast));
}

grpc::Status Connection::getFunction(const GlobalOptions& options, const std::string& functionId,
                                     function::v1::GetFunctionResponse* response) {
    function::v1::GetFunctionRequest request;
    request.set_game_id(options.game);
    request.set_env(options.env);
    request.set_function_id(functionId);
    grpc::ClientContext rpc;
    setDeadline(rpc);
    return m_functions->GetFunction(&rpc, request, response);
}

} // namespace croupier::cli
