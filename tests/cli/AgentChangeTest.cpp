// What `agents --watch` prints for agent changes, and what it keeps quiet about.
#include "AgentChange.h"

#include <gtest/gtest.h>

using namespace croupier;
using namespace croupier::cli;

namespace {

registry::v1::AgentInfo agent(const std::string& status, int functions = 2) {
    registry::v1::AgentInfo a;
    a.set_agent_id("a1");
    a.set_status(status);
    a.set_version("1.0");
    a.set_addr("10.0.0.1:7");
    for (int i = 0; i < functions; ++i) {
        a.add_functions("f." + std::to_string(i));
    }
    return a;
}

} // namespace

TEST(AgentChangeTest, AddedRemovedAndChanged) {
    const auto online = agent("online");
    const auto offline = agent("offline");
    EXPECT_EQ(describeAgentChange(nullptr, &online),
              "+ agent a1  online  1.0  10.0.0.1:7  2 functions");
    EXPECT_EQ(describeAgentChange(&online, nullptr), "- agent a1 removed");
    EXPECT_EQ(describeAgentChange(&online, &offline), "~ agent a1  status online -> offline");
    const auto more = agent("offline", 3);
    EXPECT_EQ(describeAgentChange(&online, &more),
              "~ agent a1  status online -> offline, functions 2 -> 3");
}

TEST(AgentChangeTest, HeartbeatsAloneAreNotChanges) {
    const auto before = agent("online");
    auto after = before;
    after.set_last_heartbeat(123456);
    (*after.mutable_heartbeat_status())["load"] = "0.5";
    EXPECT_FALSE(describeAgentChange(&before, &after).has_value());
}
