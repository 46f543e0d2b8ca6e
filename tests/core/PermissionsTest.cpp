#include "croupier/core/Permissions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace croupier::core {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

TEST(PermissionsTest, ExactPatternGrantsOnlyItself) {
    EXPECT_TRUE(permissionMatches("player.ban", "player.ban"));
    EXPECT_FALSE(permissionMatches("player.ban", "player.banish"));
    EXPECT_FALSE(permissionMatches("player.ban", "player.ban.hard"));
    EXPECT_FALSE(permissionMatches("player.ban", "player"));
    EXPECT_FALSE(permissionMatches("player.ban", "Player.ban"));
    EXPECT_FALSE(permissionMatches("player.ban", ""));
    EXPECT_FALSE(permissionMatches("", ""));
}

TEST(PermissionsTest, PrefixPatternGrantsEverythingBelowThePrefix) {
    EXPECT_TRUE(permissionMatches("player.*", "player.ban"));
    EXPECT_TRUE(permissionMatches("player.*", "player.ban.hard"));
    EXPECT_TRUE(permissionMatches("player.ban.*", "player.ban.hard"));
    // The prefix ends at a dot: neither the bare prefix nor a longer word matches.
    EXPECT_FALSE(permissionMatches("player.*", "player"));
    EXPECT_FALSE(permissionMatches("player.*", "player."));
    EXPECT_FALSE(permissionMatches("player.*", "players.ban"));
    EXPECT_FALSE(permissionMatches("player.ban.*", "player.ban"));
    EXPECT_FALSE(permissionMatches("player.*", "item.grant"));
}

TEST(PermissionsTest, StarGrantsEverythingButTheEmptyName) {
    EXPECT_TRUE(permissionMatches("*", "player.ban"));
    EXPECT_TRUE(permissionMatches("*", "audit.read"));
    EXPECT_TRUE(permissionMatches("*", "x"));
    EXPECT_FALSE(permissionMatches("*", ""));
}

TEST(PermissionsTest, MalformedPatternsOnlyMatchThemselves) {
    EXPECT_FALSE(permissionMatches("player*", "player.ban"));
    EXPECT_FALSE(permissionMatches("*.ban", "player.ban"));
    EXPECT_FALSE(permissionMatches(".*", "player.ban"));
}

TEST(PermissionsTest, ChecksPatterns) {
    for (const char* good :
         {"*", "player.ban", "player.*", "player.ban.*", "audit", "a-b.c_d.*", "Game2.Reset"}) {
        SCOPED_TRACE(good);
        EXPECT_TRUE(checkPermissionPattern(good));
    }
    for (const char* bad : {"", "player*", "*.ban", "a..b", "a b", ".*", "*.*", "player.", ".ban",
                            "player.**", "player.*.ban", "a.*.*", "玩家.ban", "player/ban", "**"}) {
        SCOPED_TRACE(bad);
        const auto checked = checkPermissionPattern(bad);
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(checked.error().details.at("pattern"), bad);
        EXPECT_THAT(checked.error().message, HasSubstr(std::string("\"") + bad + "\""));
    }
}

TEST(PermissionsTest, ARequiredPermissionMustBeANameNotAPattern) {
    for (const char* good : {"player.ban", "audit", "a-b.c_d", "Game2.Reset"}) {
        SCOPED_TRACE(good);
        EXPECT_TRUE(checkPermissionName(good));
    }
    for (const char* bad :
         {"*", "player.*", "player.ban.*", "", "player*", "a..b", "a b", "玩家"}) {
        SCOPED_TRACE(bad);
        const auto checked = checkPermissionName(bad);
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(checked.error().details.at("permission"), bad);
    }
}

TEST(PermissionsTest, SetGrantsWhatAnyPatternGrants) {
    const PermissionSet set({"player.*", "audit.read", "item.grant"});
    EXPECT_TRUE(set.grants("player.ban"));
    EXPECT_TRUE(set.grants("player.kick.now"));
    EXPECT_TRUE(set.grants("audit.read"));
    EXPECT_TRUE(set.grants("item.grant"));
    EXPECT_FALSE(set.grants("audit.verify"));
    EXPECT_FALSE(set.grants("audit"));
    EXPECT_FALSE(set.grants("player"));
    EXPECT_FALSE(set.grants("item.grants"));
    EXPECT_FALSE(set.grants(""));
    EXPECT_FALSE(set.empty());

    const PermissionSet all({"*"});
    EXPECT_TRUE(all.grants("anything.at.all"));
    EXPECT_FALSE(all.grants(""));

    const PermissionSet none;
    EXPECT_TRUE(none.empty());
    EXPECT_FALSE(none.grants("player.ban"));
}

TEST(PermissionsTest, SetAgreesWithPermissionMatches) {
    const std::vector<std::string> patterns = {"player.*",     "audit.read", "*",
                                               "item.grant.*", "player*",    ""};
    const std::vector<std::string> names = {"player.ban", "player",       "audit.read", "audit",
                                            "item.grant", "item.grant.x", "player*",    ""};
    for (const std::string& pattern : patterns) {
        const PermissionSet set({pattern});
        for (const std::string& name : names) {
            SCOPED_TRACE(pattern + " / " + name);
            EXPECT_EQ(set.grants(name), permissionMatches(pattern, name));
        }
    }
}

TEST(PermissionsTest, SetKeepsPatternsOnceInOrder) {
    const PermissionSet set({"b.*", "a.read", "b.*", "*", "a.read"});
    EXPECT_THAT(set.patterns(), ElementsAre("b.*", "a.read", "*"));
}

RoleTable defaultRoles() {
    RoleTable table;
    table.roles["admin"] = {"*"};
    table.roles["gm"] = {"player.*", "function.invoke"};
    table.roles["lead"] = {"approval.decide", "audit.read"};
    table.roles["viewer"] = {"function.list"};
    table.roles["empty"] = {};
    return table;
}

TEST(PermissionsTest, RoleTableGrantsTheUnionOfTheUsersRoles) {
    const RoleTable table = defaultRoles();
    const PermissionSet gmLead = table.permissionsFor({"gm", "lead"});
    EXPECT_TRUE(gmLead.grants("player.ban"));
    EXPECT_TRUE(gmLead.grants("function.invoke"));
    EXPECT_TRUE(gmLead.grants("approval.decide"));
    EXPECT_TRUE(gmLead.grants("audit.read"));
    EXPECT_FALSE(gmLead.grants("function.list"));
    EXPECT_FALSE(gmLead.grants("user.admin"));

    const PermissionSet viewer = table.permissionsFor({"viewer"});
    EXPECT_TRUE(viewer.grants("function.list"));
    EXPECT_FALSE(viewer.grants("player.ban"));

    EXPECT_TRUE(table.permissionsFor({"viewer", "admin"}).grants("user.admin"));
    EXPECT_TRUE(table.permissionsFor({}).empty());
    EXPECT_TRUE(table.permissionsFor({"empty"}).empty());
}

TEST(PermissionsTest, UnknownRolesGrantNothingAndAreReported) {
    const RoleTable table = defaultRoles();
    const PermissionSet set = table.permissionsFor({"ghost", "viewer", "Admin"});
    EXPECT_TRUE(set.grants("function.list"));
    EXPECT_FALSE(set.grants("user.admin")); // role names are case-sensitive
    EXPECT_THAT(set.patterns(), ElementsAre("function.list"));

    EXPECT_THAT(table.unknownRoles({"ghost", "viewer", "Admin", "ghost", "empty"}),
                ElementsAre("ghost", "Admin"));
    EXPECT_THAT(table.unknownRoles({"gm", "lead"}), IsEmpty());
    EXPECT_THAT(table.unknownRoles({}), IsEmpty());
}

} // namespace
} // namespace croupier::core
