#pragma once
// Adds `authorization: Bearer <token>` to every call of a channel (unary and streaming alike),
// as a client interceptor rather than call credentials: gRPC drops call credentials on a
// plaintext channel, and `--insecure` (loopback only) needs the token too.
// The factory is handed to the channel, which owns it; gRPC calls it on any thread.

#include <grpcpp/support/client_interceptor.h>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::cli {

// True when `token` can travel in a metadata value: printable ASCII, no spaces. A pasted token
// with a stray newline would otherwise fail every call inside gRPC.
bool isUsableToken(std::string_view token);

// One factory for `token`; an empty vector when `token` is empty (no header is sent).
std::vector<std::unique_ptr<grpc::experimental::ClientInterceptorFactoryInterface>>
bearerTokenInterceptors(const std::string& token);

} // namespace croupier::cli
