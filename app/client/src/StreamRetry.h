#pragma once
// How the client's streams react when one ends: resume after a backoff delay, wait for the next
// sign-in, or stop for good. One rule for the catalog watch and the job streams. Pure function;
// GUI thread.

#include "croupier/client/CallError.h"

namespace croupier::client {

enum class StreamVerdict { Retry, WaitForSignIn, Stop };

inline StreamVerdict verdictFor(const CallError& error) {
    switch (error.kind) {
    case CallError::Kind::Unauthenticated:
        return StreamVerdict::WaitForSignIn;
    case CallError::Kind::PermissionDenied:
    case CallError::Kind::InvalidArgument:
    case CallError::Kind::NotFound:
        return StreamVerdict::Stop;
    default:
        return StreamVerdict::Retry; // unreachable, restarting, busy, cancelled by the server
    }
}

} // namespace croupier::client
