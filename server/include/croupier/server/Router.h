#pragma once
// Picks the agent for one call among the eligible candidates (sorted by agent id):
//   round_robin     next in turn, per function and scope (default)
//   hash            rendezvous (highest-random-weight) hashing on a key: the same key goes to
//                   the same agent while it is eligible, and when an agent joins or leaves only
//                   the keys it gains or loses move (~1/N of them)
//   least_inflight  fewest calls in flight on the agent's stream; ties go round-robin
//   targeted        a named agent (handled by Registry::target, not here)
// Thread-safe; pick() is on the hot path and takes one short lock for the round-robin counter.

#include "croupier/core/Result.h"
#include "croupier/server/AgentLink.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::server {

enum class RoutingMode { RoundRobin, Hash, LeastInFlight, Targeted };

// Accepts the seed's names and common aliases: round_robin|rr, hash|consistent_hash,
// least_inflight|least_connection|least_connections, targeted|target. Empty -> nullopt-free
// default handled by the caller.
core::Result<RoutingMode> parseRoutingMode(std::string_view text);

class Router {
public:
    // `counterKey` identifies the function and scope for round-robin turns. `hashKey` is used
    // by Hash mode; an empty key falls back to round-robin.
    std::shared_ptr<AgentLink> pick(RoutingMode mode,
                                    const std::vector<std::shared_ptr<AgentLink>>& candidates,
                                    const std::string& counterKey, const std::string& hashKey);

    // The rendezvous choice alone (exposed for distribution tests).
    static std::size_t hashPick(const std::vector<std::string>& agentIds, std::string_view key);

private:
    std::size_t nextTurn(const std::string& counterKey);

    std::mutex m_mutex;  // guards m_turns
    std::map<std::string, std::uint64_t> m_turns;
};

} // namespace croupier::server
