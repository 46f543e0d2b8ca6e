#pragma once
// The agent's connection state as AgentClient::State() and OnStateChanged report it.

#include <string_view>

namespace croupier::sdk {

enum class ConnectionState {
    Idle,       // constructed, not started
    Connecting, // registering and opening the Connect stream
    Connected,  // registered, stream accepted: calls can arrive
    BackingOff, // the last attempt failed or the connection dropped; waiting to retry
    Stopped,    // Stop() finished (or is finishing); final
};

// "idle", "connecting", "connected", "backing_off", "stopped".
constexpr std::string_view ConnectionStateName(ConnectionState state) {
    switch (state) {
    case ConnectionState::Idle:
        return "idle";
    case ConnectionState::Connecting:
        return "connecting";
    case ConnectionState::Connected:
        return "connected";
    case ConnectionState::BackingOff:
        return "backing_off";
    case ConnectionState::Stopped:
        return "stopped";
    }
    return "unknown";
}

} // namespace croupier::sdk
