#include "ChannelFactory.h"

#include <fstream>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>
#include <sstream>

namespace croupier::sdk::detail {
namespace {

using croupier::core::ErrorCode;
using croupier::core::Result;
using croupier::core::Unexpected;

constexpr int kMaxMessageBytes = 10 * 1024 * 1024; // seed 000's client settings

std::string_view hostOf(std::string_view target) {
    for (std::string_view scheme : {"dns:///", "dns:", "ipv4:", "ipv6:"}) {
        if (target.substr(0, scheme.size()) == scheme) {
            target.remove_prefix(scheme.size());
            break;
        }
    }
    if (!target.empty() && target.front() == '[') {
        const auto close = target.find(']');
        return close == std::string_view::npos ? target : target.substr(1, close - 1);
    }
    const auto colon = target.find(':');
    if (colon != std::string_view::npos && target.find(':', colon + 1) == std::string_view::npos) {
        return target.substr(0, colon); // host:port
    }
    return target; // no port, or a bare IPv6 literal
}

// Returns the PEM text: the inline value if set, else the file's content.
Result<std::string> pem(const std::string& inline_, const std::string& path, const char* what) {
    if (!inline_.empty()) {
        return inline_;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Unexpected(ErrorCode::FailedPrecondition,
                          std::string("cannot read the ") + what + " file " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Result<std::shared_ptr<grpc::ChannelCredentials>> credentials(const AgentConfig& config) {
    if (config.insecure()) {
        return grpc::InsecureChannelCredentials();
    }
    grpc::SslCredentialsOptions options;
    if (!config.ca_pem().empty() || !config.ca_file().empty()) {
        auto ca = pem(config.ca_pem(), config.ca_file(), "CA certificate");
        if (!ca) {
            return Unexpected(ca.error());
        }
        options.pem_root_certs = std::move(*ca);
    }
    auto cert = pem(config.cert_pem(), config.cert_file(), "client certificate");
    if (!cert) {
        return Unexpected(cert.error());
    }
    auto key = pem(config.key_pem(), config.key_file(), "client key");
    if (!key) {
        return Unexpected(key.error());
    }
    options.pem_cert_chain = std::move(*cert);
    options.pem_private_key = std::move(*key);
    return grpc::SslCredentials(options);
}

} // namespace

bool isLoopbackTarget(std::string_view target) {
    if (target.substr(0, 5) == "unix:") {
        return true;
    }
    const std::string_view host = hostOf(target);
    return host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" ||
           host.substr(0, 4) == "127.";
}

Result<void> checkConfig(const AgentConfig& config) {
    if (config.server_addr().empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "server_addr is not set");
    }
    if (config.game_id().empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "game_id is not set");
    }
    if (config.insecure()) {
        if (!isLoopbackTarget(config.server_addr())) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "insecure (plaintext) is only allowed to a loopback address, not " +
                                  config.server_addr());
        }
        return {};
    }
    if (config.cert_pem().empty() && config.cert_file().empty()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "TLS needs a client certificate (cert_file) or set insecure");
    }
    if (config.key_pem().empty() && config.key_file().empty()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "TLS needs the client certificate's key (key_file) or set insecure");
    }
    return {};
}

Result<std::shared_ptr<grpc::Channel>> makeChannel(const AgentConfig& config) {
    auto creds = credentials(config);
    if (!creds) {
        return Unexpected(creds.error());
    }
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(kMaxMessageBytes);
    args.SetMaxSendMessageSize(kMaxMessageBytes);
    if (!config.insecure() && !config.server_name_override().empty()) {
        args.SetSslTargetNameOverride(config.server_name_override());
    }
    if (config.keepalive().count() > 0) {
        args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, static_cast<int>(config.keepalive().count()));
        args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    }
    // Each connection attempt gets its own channel; keep gRPC from sharing a stale subchannel.
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return grpc::CreateCustomChannel(config.server_addr(), *creds, args);
}

} // namespace croupier::sdk::detail
