#pragma once
// Failed sign-in counters for UserDirectory (not a public interface): one per username and one
// per peer address. Every attempt counts as a failure when it starts (so parallel guesses cannot
// slip past the limit) and a success clears both counters. Past `loginSlowAfter` failures the
// answer is delayed by `loginDelayStep` per failure; the attempt that reaches `loginLockAfter`
// locks the key for `loginLockout`. A counter is forgotten once its lockout is over or, unlocked,
// `loginLockout` after its last failure.
//
// Threads: thread-safe; m_mutex guards both maps. Memory: stale entries are swept when a map
// grows past kSweepAbove entries, then again each time it doubles (so a flood of live entries
// does not make every attempt walk the map).

#include "croupier/core/Clock.h"
#include "croupier/server/ServerConfig.h"

#include <algorithm>
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace croupier::server::detail {

class LoginThrottle {
public:
    struct Verdict {
        bool locked = false;
        std::chrono::milliseconds retryAfter{0}; // when locked
        std::chrono::milliseconds delay{0};      // when not locked: answer after this long
    };

    explicit LoginThrottle(const ServerConfig& config)
        : m_config(config) {}

    // Counts the attempt for `user` and `peer` unless either is locked.
    Verdict begin(const std::string& user, const std::string& peer, core::TimePoint now) {
        std::lock_guard lock(m_mutex);
        Verdict v;
        for (auto* map : {&m_byUser, &m_byPeer}) {
            const auto& key = map == &m_byUser ? user : peer;
            if (auto it = map->find(key); it != map->end() && forget(it->second, now)) {
                map->erase(it);
            }
            if (auto it = map->find(key); it != map->end() && it->second.lockedUntil > now) {
                v.locked = true;
                v.retryAfter = std::max(v.retryAfter, untilNow(it->second.lockedUntil, now));
            }
        }
        if (v.locked) {
            return v;
        }
        v.delay = std::max(count(m_byUser, user, now), count(m_byPeer, peer, now));
        return v;
    }

    // A success: both counters start over.
    void succeeded(const std::string& user, const std::string& peer) {
        std::lock_guard lock(m_mutex);
        m_byUser.erase(user);
        m_byPeer.erase(peer);
    }

private:
    struct Failures {
        int count = 0;
        core::TimePoint last;
        core::TimePoint lockedUntil; // epoch = never locked
    };
    using Map = std::unordered_map<std::string, Failures>;
    static constexpr std::size_t kSweepAbove = 10'000;
    static constexpr std::chrono::milliseconds kMaxDelay{30'000};

    static std::chrono::milliseconds untilNow(core::TimePoint t, core::TimePoint now) {
        return std::chrono::duration_cast<std::chrono::milliseconds>(t - now);
    }

    bool forget(const Failures& f, core::TimePoint now) const {
        if (f.lockedUntil != core::TimePoint{}) {
            return f.lockedUntil <= now;
        }
        return now - f.last >= m_config.loginLockout;
    }

    // Counts one more failure for `key`; returns the delay the failures before it earn.
    std::chrono::milliseconds count(Map& map, const std::string& key, core::TimePoint now) {
        auto& sweepAt = &map == &m_byUser ? m_sweepUsersAt : m_sweepPeersAt;
        if (map.size() > sweepAt) {
            std::erase_if(map, [&](const auto& entry) { return forget(entry.second, now); });
            sweepAt = std::max(kSweepAbove, 2 * map.size());
        }
        Failures& f = map[key];
        const int before = f.count++;
        f.last = now;
        if (m_config.loginLockAfter > 0 && f.count >= m_config.loginLockAfter) {
            f.lockedUntil = now + m_config.loginLockout;
        }
        const int slowAfter = std::max(1, m_config.loginSlowAfter);
        if (before < slowAfter) {
            return std::chrono::milliseconds(0);
        }
        const auto steps = before - slowAfter + 1;
        return std::min(kMaxDelay, std::chrono::milliseconds(m_config.loginDelayStep * steps));
    }

    const ServerConfig& m_config;
    mutable std::mutex m_mutex; // guards m_byUser, m_byPeer and their m_sweep*At
    Map m_byUser;
    Map m_byPeer;
    std::size_t m_sweepUsersAt = kSweepAbove;
    std::size_t m_sweepPeersAt = kSweepAbove;
};

} // namespace croupier::server::detail
