#pragma once
// The channel arguments every operator client of croupier-server uses (croupierctl and the
// console): a 64 MiB receive limit; keepalive pings every 20 s with a 10 s timeout, within the
// server's ping policy, so a dead link is noticed on long streams; reconnect backoff from 0.5 s
// to 10 s, so a restarted server is found within about a second; the client's user agent; and
// an optional name the server certificate is checked against. Pure; any thread.

#include <grpcpp/support/channel_arguments.h>
#include <string>

namespace croupier::proto {

grpc::ChannelArguments operatorChannelArguments(const std::string& userAgent,
                                                const std::string& serverNameOverride = {});

} // namespace croupier::proto
