#pragma once
// What the status bar shows about the link to the server.

#include <QString>

namespace croupier::client {

enum class ConnectionState {
    Offline,      // not connected (never connected, or gave up)
    Connecting,   // first connection attempt in progress
    Connected,    // the server answered and the session is valid
    Reconnecting, // lost; retrying with backoff
};

} // namespace croupier::client
