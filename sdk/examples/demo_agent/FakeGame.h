#pragma once
// FakeGame: the in-memory game behind croupier-demo-agent — players (some with Chinese names),
// guilds, inventories, bans and mail — and one method per demo function taking the validated
// params and returning the function's result or a seed-001-shaped error (PLAYER_NOT_FOUND ...).
// Threads: every method may be called concurrently from handler-pool threads; m_mutex guards
// all game state. exportPlayers() holds the lock only per player, so it never blocks the rest.

#include "GameTypes.h"
#include "croupier/core/Clock.h"
#include "croupier/sdk/Context.h"
#include "croupier/sdk/Result.h"

#include <chrono>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>

namespace croupier::demo {

class FakeGame {
public:
    // Seeds a dozen players and three guilds. `clock` must outlive the game.
    explicit FakeGame(const croupier::core::Clock& clock);

    sdk::Result registerPlayer(const nlohmann::json& params);
    sdk::Result getPlayer(const nlohmann::json& params);
    sdk::Result listPlayers(const nlohmann::json& params);
    sdk::Result banPlayer(const nlohmann::json& params);
    sdk::Result unbanPlayer(const nlohmann::json& params);
    sdk::Result grantItem(const nlohmann::json& params);
    sdk::Result sendMail(const nlohmann::json& params);
    sdk::Result disbandGuild(const nlohmann::json& params);
    sdk::Result broadcast(const nlohmann::json& params);
    // The long job: one player per step, `step` apart, with progress and log lines; stops
    // with CANCELLED when the context is cancelled.
    sdk::Result exportPlayers(const sdk::Context& ctx, const nlohmann::json& params,
                              std::chrono::milliseconds step);

    std::size_t playerCount() const;

private:
    void seed();
    void addPlayer(const std::string& id, const std::string& name, int level,
                   const std::string& guildId);
    std::string nextId(const char* prefix);
    std::int64_t nowMs() const;
    nlohmann::json describe(const Player& player) const; // m_mutex held

    const croupier::core::Clock& m_clock;
    mutable std::mutex m_mutex;
    std::map<std::string, Player> m_players;
    std::map<std::string, Guild> m_guilds;
    std::uint64_t m_sequence = 1000;
};

// "2026-11-21T10:00:00Z" for unix milliseconds (UTC, seconds precision).
std::string formatTime(std::int64_t unixMs);

} // namespace croupier::demo
