#include "AssignmentTable.h"

#include "croupier/control/v1/control.pb.h"

#include <gtest/gtest.h>

namespace {

using croupier::control::v1::GetAssignmentsResponse;
using croupier::sdk::detail::AssignmentTable;

GetAssignmentsResponse assignments(std::int64_t version) {
    GetAssignmentsResponse r;
    r.set_version(version);
    return r;
}

void add(GetAssignmentsResponse& r, const std::string& fn, bool enabled,
         const std::string& agent = {}, const std::string& reason = {}) {
    auto* a = r.add_assignments();
    a->set_function_id(fn);
    a->set_enabled(enabled);
    a->set_agent_id(agent);
    a->set_reason(reason);
}

TEST(AssignmentTableTest, EverythingIsEnabledWithoutAssignments) {
    AssignmentTable table("agent-1");
    EXPECT_FALSE(table.disabledReason("player.ban").has_value());
}

TEST(AssignmentTableTest, AGlobalDisableStopsTheFunctionWithItsReason) {
    AssignmentTable table("agent-1");
    auto r = assignments(1);
    add(r, "player.ban", false, "", "incident 42");
    add(r, "player.get", true);
    ASSERT_TRUE(table.replace(r, true));
    const auto reason = table.disabledReason("player.ban");
    ASSERT_TRUE(reason.has_value());
    EXPECT_NE(reason->find("globally"), std::string::npos);
    EXPECT_NE(reason->find("incident 42"), std::string::npos);
    EXPECT_FALSE(table.disabledReason("player.get").has_value());
}

TEST(AssignmentTableTest, OnlyThisAgentsOwnAssignmentsApply) {
    AssignmentTable table("agent-1");
    auto r = assignments(1);
    add(r, "player.ban", false, "agent-2");
    add(r, "item.grant", false, "agent-1");
    table.replace(r, true);
    EXPECT_FALSE(table.disabledReason("player.ban").has_value());
    ASSERT_TRUE(table.disabledReason("item.grant").has_value());
    EXPECT_NE(table.disabledReason("item.grant")->find("this agent"), std::string::npos);
    EXPECT_EQ(table.all().size(), 1U);
}

TEST(AssignmentTableTest, AnOlderVersionIsIgnoredUnlessOnANewConnection) {
    AssignmentTable table("agent-1");
    auto v5 = assignments(5);
    add(v5, "player.ban", false);
    table.replace(v5, true);
    auto v3 = assignments(3);
    EXPECT_FALSE(table.replace(v3, false));
    EXPECT_TRUE(table.disabledReason("player.ban").has_value());
    // A restarted server may count from 1 again.
    EXPECT_TRUE(table.replace(v3, true));
    EXPECT_FALSE(table.disabledReason("player.ban").has_value());
}

} // namespace
