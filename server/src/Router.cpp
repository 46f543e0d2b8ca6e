#include "croupier/server/Router.h"

namespace croupier::server {
namespace {

// FNV-1a, then a splitmix64 finaliser so nearby inputs spread over the whole 64-bit range.
std::uint64_t hash64(std::string_view a, std::string_view b) {
    std::uint64_t h = 1469598103934665603ULL;
    auto feed = [&h](std::string_view s) {
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
    };
    feed(a);
    h ^= 0xff; // separator, so ("ab","c") != ("a","bc")
    h *= 1099511628211ULL;
    feed(b);
    h += 0x9e3779b97f4a7c15ULL;
    h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ULL;
    h = (h ^ (h >> 27)) * 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

} // namespace

core::Result<RoutingMode> parseRoutingMode(std::string_view text) {
    if (text == "round_robin" || text == "rr" || text == "roundrobin") {
        return RoutingMode::RoundRobin;
    }
    if (text == "hash" || text == "consistent_hash") {
        return RoutingMode::Hash;
    }
    if (text == "least_inflight" || text == "least_connection" || text == "least_connections") {
        return RoutingMode::LeastInFlight;
    }
    if (text == "targeted" || text == "target") {
        return RoutingMode::Targeted;
    }
    return core::Unexpected(core::ErrorCode::InvalidArgument,
                            "unknown routing_mode \"" + std::string(text) +
                                "\"; use round_robin, hash, least_inflight or targeted",
                            {{"field", "options.routing_mode"}});
}

std::size_t Router::hashPick(const std::vector<std::string>& agentIds, std::string_view key) {
    std::size_t best = 0;
    std::uint64_t bestScore = 0;
    for (std::size_t i = 0; i < agentIds.size(); ++i) {
        const std::uint64_t score = hash64(agentIds[i], key);
        if (i == 0 || score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

std::size_t Router::nextTurn(const std::string& counterKey) {
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(m_turns[counterKey]++);
}

std::shared_ptr<AgentLink> Router::pick(RoutingMode mode,
                                        const std::vector<std::shared_ptr<AgentLink>>& candidates,
                                        const std::string& counterKey,
                                        const std::string& hashKey) {
    if (candidates.empty()) {
        return nullptr;
    }
    if (mode == RoutingMode::Hash && !hashKey.empty()) {
        std::vector<std::string> ids;
        ids.reserve(candidates.size());
        for (const auto& c : candidates) {
            ids.push_back(c->agentId());
        }
        return candidates[hashPick(ids, hashKey)];
    }
    const std::size_t turn = nextTurn(counterKey) % candidates.size();
    if (mode != RoutingMode::LeastInFlight) {
        return candidates[turn];
    }
    std::size_t best = turn;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        const std::size_t i = (turn + k) % candidates.size();
        if (candidates[i]->inFlight() < candidates[best]->inFlight()) {
            best = i;
        }
    }
    return candidates[best];
}

} // namespace croupier::server
