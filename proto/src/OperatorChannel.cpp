#include "croupier/proto/OperatorChannel.h"

#include <grpc/grpc.h>

namespace croupier::proto {

grpc::ChannelArguments operatorChannelArguments(const std::string& userAgent,
                                                const std::string& serverNameOverride) {
    constexpr int kMaxMessageBytes = 64 * 1024 * 1024;
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(kMaxMessageBytes);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 20'000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 500);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 10'000);
    args.SetString(GRPC_ARG_PRIMARY_USER_AGENT_STRING, userAgent);
    if (!serverNameOverride.empty()) {
        args.SetSslTargetNameOverride(serverNameOverride);
    }
    return args;
}

} // namespace croupier::proto
