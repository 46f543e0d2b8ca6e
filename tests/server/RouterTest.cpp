// Router: routing mode names, round-robin turns per function, least-inflight choice over real
// AgentLinks (their writers only record frames), and rendezvous hashing: stable per key, even
// across agents, and moving only the keys an agent gains or loses when the agent set changes.

#include "croupier/server/Router.h"

#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace croupier::server {
namespace {

using control::v1::ServerFrame;

// The edge seam: accepts writes and never completes them (the tests only count in-flight calls).
class RecordingWriter final : public FrameWriter {
public:
    void startWrite(const ServerFrame* msg, bool /*moreQueued*/) override {
        frames.push_back(*msg);
    }
    void finish(const grpc::Status& /*status*/) override {}
    std::vector<ServerFrame> frames;
};

// A set of links named agent-1..agent-N, each with its own recording writer.
class Agents {
public:
    explicit Agents(int n) {
        for (int i = 1; i <= n; ++i) {
            m_writers.push_back(std::make_unique<RecordingWriter>());
            links.push_back(std::make_shared<AgentLink>("agent-" + std::to_string(i), "ses",
                                                        m_writers.back().get()));
        }
    }
    // Raises the link's in-flight count by `n` (calls that are never answered).
    void busy(int index, int n) {
        for (int k = 0; k < n; ++k) {
            ServerFrame frame;
            frame.mutable_invoke()->set_request_id(m_nextRequest);
            links[index]->startInvoke(m_nextRequest++, frame, [](auto) {});
        }
    }
    std::vector<std::shared_ptr<AgentLink>> links;

private:
    std::vector<std::unique_ptr<RecordingWriter>> m_writers; // outlive the links (declared first)
    std::uint64_t m_nextRequest = 1;
};

std::map<std::string, int> countPicks(Router& router, RoutingMode mode, const Agents& agents,
                                      const std::string& counterKey, int picks) {
    std::map<std::string, int> counts;
    for (int i = 0; i < picks; ++i) {
        counts[router.pick(mode, agents.links, counterKey, "")->agentId()]++;
    }
    return counts;
}

std::vector<std::string> agentIds(int n) {
    std::vector<std::string> ids;
    for (int i = 1; i <= n; ++i) {
        ids.push_back("agent-" + std::to_string(i));
    }
    return ids;
}

std::vector<std::string> assign(const std::vector<std::string>& ids, int keys) {
    std::vector<std::string> owner;
    owner.reserve(keys);
    for (int k = 0; k < keys; ++k) {
        owner.push_back(ids[Router::hashPick(ids, "player-" + std::to_string(k))]);
    }
    return owner;
}

TEST(RouterTest, ParsesModeNamesAndAliases) {
    const std::vector<std::pair<std::string, RoutingMode>> cases = {
        {"round_robin", RoutingMode::RoundRobin},
        {"rr", RoutingMode::RoundRobin},
        {"hash", RoutingMode::Hash},
        {"consistent_hash", RoutingMode::Hash},
        {"least_inflight", RoutingMode::LeastInFlight},
        {"least_connection", RoutingMode::LeastInFlight},
        {"least_connections", RoutingMode::LeastInFlight},
        {"targeted", RoutingMode::Targeted},
        {"target", RoutingMode::Targeted},
    };
    for (const auto& [text, mode] : cases) {
        auto parsed = parseRoutingMode(text);
        ASSERT_TRUE(parsed) << text;
        EXPECT_EQ(*parsed, mode) << text;
    }
}

TEST(RouterTest, UnknownModeIsInvalidArgumentNamingIt) {
    for (const std::string text : {"random", "fastest", "hash "}) {
        auto parsed = parseRoutingMode(text);
        ASSERT_FALSE(parsed) << text;
        EXPECT_EQ(parsed.error().code, core::ErrorCode::InvalidArgument);
        EXPECT_NE(parsed.error().message.find("\"" + text + "\""), std::string::npos)
            << parsed.error().message;
        EXPECT_EQ(parsed.error().details.at("field"), "options.routing_mode");
    }
}

TEST(RouterTest, NoCandidatesPicksNobody) {
    Router router;
    EXPECT_EQ(router.pick(RoutingMode::RoundRobin, {}, "f", ""), nullptr);
    EXPECT_EQ(router.pick(RoutingMode::Hash, {}, "f", "player-1"), nullptr);
    EXPECT_EQ(router.pick(RoutingMode::LeastInFlight, {}, "f", ""), nullptr);
}

TEST(RouterTest, RoundRobinIsExactlyEvenAndCyclicPerKey) {
    Agents agents(3);
    Router router;
    std::vector<std::string> order;
    for (int i = 0; i < 300; ++i) {
        order.push_back(router.pick(RoutingMode::RoundRobin, agents.links, "f", "")->agentId());
    }
    std::map<std::string, int> counts;
    for (std::size_t i = 0; i < order.size(); ++i) {
        counts[order[i]]++;
        if (i >= 3) {
            EXPECT_EQ(order[i], order[i - 3]) << "turns repeat with period 3";
        }
    }
    EXPECT_EQ(counts,
              (std::map<std::string, int>{{"agent-1", 100}, {"agent-2", 100}, {"agent-3", 100}}));
}

TEST(RouterTest, RoundRobinCountersAreIndependentAcrossKeys) {
    Agents agents(3);
    Router router;
    std::vector<std::string> forA;
    for (int round = 0; round < 3; ++round) {
        forA.push_back(router.pick(RoutingMode::RoundRobin, agents.links, "A", "")->agentId());
        // Other functions' calls in between must not skip A's turns.
        for (int k = 0; k < round + 1; ++k) {
            router.pick(RoutingMode::RoundRobin, agents.links, "B", "");
        }
    }
    EXPECT_EQ(forA, (std::vector<std::string>{"agent-1", "agent-2", "agent-3"}));
    // B had 6 turns (1 + 2 + 3): its next is agent-1 again.
    EXPECT_EQ(router.pick(RoutingMode::RoundRobin, agents.links, "B", "")->agentId(), "agent-1");
}

TEST(RouterTest, LeastInFlightPicksTheLeastBusyAgent) {
    Agents agents(3);
    agents.busy(0, 2);
    agents.busy(2, 1);
    ASSERT_EQ(agents.links[0]->inFlight(), 2);
    ASSERT_EQ(agents.links[1]->inFlight(), 0);
    Router router;
    EXPECT_EQ(countPicks(router, RoutingMode::LeastInFlight, agents, "f", 30),
              (std::map<std::string, int>{{"agent-2", 30}}));
    agents.busy(1, 3); // now 2, 3, 1
    EXPECT_EQ(countPicks(router, RoutingMode::LeastInFlight, agents, "f", 30),
              (std::map<std::string, int>{{"agent-3", 30}}));
}

TEST(RouterTest, LeastInFlightTiesRotate) {
    Agents agents(3);
    Router router;
    EXPECT_EQ(countPicks(router, RoutingMode::LeastInFlight, agents, "f", 300),
              (std::map<std::string, int>{{"agent-1", 100}, {"agent-2", 100}, {"agent-3", 100}}));
    agents.busy(0, 1); // agent-2 and agent-3 tie at 0
    auto counts = countPicks(router, RoutingMode::LeastInFlight, agents, "f", 300);
    EXPECT_EQ(counts.count("agent-1"), 0U);
    EXPECT_GT(counts["agent-2"], 0);
    EXPECT_GT(counts["agent-3"], 0);
}

TEST(RouterTest, HashSendsTheSameKeyToTheSameAgent) {
    Agents agents(5);
    Router router;
    for (int k = 0; k < 50; ++k) {
        const std::string key = "player-" + std::to_string(k);
        const auto first = router.pick(RoutingMode::Hash, agents.links, "f", key);
        for (int i = 0; i < 5; ++i) {
            router.pick(RoutingMode::RoundRobin, agents.links, "f", ""); // turns move on
            EXPECT_EQ(router.pick(RoutingMode::Hash, agents.links, "f", key), first) << key;
        }
        EXPECT_EQ(first->agentId(), agentIds(5)[Router::hashPick(agentIds(5), key)]);
    }
}

TEST(RouterTest, HashChoiceDoesNotDependOnCandidateOrder) {
    auto ids = agentIds(5);
    auto reversed = std::vector<std::string>(ids.rbegin(), ids.rend());
    for (int k = 0; k < 1000; ++k) {
        const std::string key = "player-" + std::to_string(k);
        EXPECT_EQ(ids[Router::hashPick(ids, key)], reversed[Router::hashPick(reversed, key)]);
    }
}

TEST(RouterTest, HashSpreadsKeysEvenlyAcrossAgents) {
    constexpr int kKeys = 100'000;
    const auto owners = assign(agentIds(5), kKeys);
    std::map<std::string, int> counts;
    for (const auto& o : owners) {
        counts[o]++;
    }
    ASSERT_EQ(counts.size(), 5U);
    for (const auto& [agent, n] : counts) {
        EXPECT_GE(n, 19'000) << agent; // even share 20,000 +- 5%
        EXPECT_LE(n, 21'000) << agent;
    }
}

TEST(RouterTest, AddingAnAgentMovesOnlyKeysToIt) {
    constexpr int kKeys = 100'000;
    const auto before = assign(agentIds(5), kKeys);
    const auto after = assign(agentIds(6), kKeys);
    int moved = 0;
    for (int k = 0; k < kKeys; ++k) {
        if (before[k] != after[k]) {
            ++moved;
            ASSERT_EQ(after[k], "agent-6") << "key " << k << " moved between old agents";
        }
    }
    EXPECT_GE(moved, kKeys * 12 / 100); // ~1/6
    EXPECT_LE(moved, kKeys * 22 / 100);
}

TEST(RouterTest, RemovingAnAgentMovesOnlyItsKeys) {
    constexpr int kKeys = 100'000;
    auto ids = agentIds(5);
    const auto before = assign(ids, kKeys);
    ids.erase(ids.begin() + 2); // agent-3 leaves
    const auto after = assign(ids, kKeys);
    int moved = 0;
    for (int k = 0; k < kKeys; ++k) {
        if (before[k] == "agent-3") {
            ++moved;
            EXPECT_NE(after[k], "agent-3");
        } else {
            ASSERT_EQ(after[k], before[k]) << "key " << k << " was not on the removed agent";
        }
    }
    EXPECT_GT(moved, 0);
}

TEST(RouterTest, HashWithEmptyKeyFallsBackToRoundRobin) {
    Agents agents(3);
    Router router;
    std::vector<std::string> order;
    for (int i = 0; i < 6; ++i) {
        order.push_back(router.pick(RoutingMode::Hash, agents.links, "f", "")->agentId());
    }
    EXPECT_EQ(order, (std::vector<std::string>{"agent-1", "agent-2", "agent-3", "agent-1",
                                               "agent-2", "agent-3"}));
}

} // namespace
} // namespace croupier::server
