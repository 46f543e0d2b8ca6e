// What croupierctl prints about approvals, users and the audit trail.
#include "ApprovalTables.h"
#include "AuditTables.h"
#include "UserTables.h"
#include "croupier/proto/JsonStruct.h"

#include <gtest/gtest.h>

using namespace croupier;
using namespace croupier::cli;

namespace {

constexpr std::int64_t kNow = 1'714'536'000'000;

approval::v1::Approval pendingBan() {
    approval::v1::Approval a;
    a.set_approval_id("apr_1");
    a.set_game_id("game");
    a.set_env("dev");
    a.set_function_id("player.ban");
    a.set_function_name("封禁玩家");
    a.set_state("pending");
    a.set_requester("gm1");
    a.set_threshold(2);
    a.set_approvals(1);
    a.add_approver_roles("lead");
    a.add_approver_roles("admin");
    a.set_created_at(kNow - 120'000);
    a.set_expires_at(kNow + 3 * 3'600'000);
    a.set_payload_hash("ab12");
    a.set_risk_level("high");
    a.set_risk_warning("高风险操作");
    EXPECT_FALSE(
        proto::toStruct({{"player_id", "p42"}, {"password", "******"}}, a.mutable_payload()));
    auto* d = a.add_decisions();
    d->set_approver("lead1");
    d->set_decision("approve");
    d->set_comment("ok\nfine");
    d->set_at(kNow - 60'000);
    return a;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(ApprovalTablesTest, ListShowsProgressExpiryAndWhetherYouMayDecide) {
    auto mine = pendingBan();
    auto other = pendingBan();
    other.set_approval_id("apr_2");
    other.set_state("executed");
    other.set_approvals(2);
    other.set_can_decide(false);
    mine.set_can_decide(true);
    const std::string table = renderApprovalsTable({mine, other}, kNow);
    EXPECT_EQ(table.substr(0, table.find('\n')),
              "ID     FUNCTION    SCOPE     STATE     APPROVALS  REQUESTER  CREATED  EXPIRES  YOU");
    EXPECT_TRUE(contains(table, "\napr_1  player.ban  game/dev  pending   1/2        gm1        "
                                "2m ago   in 3h    can decide\n"))
        << table;
    EXPECT_TRUE(contains(table, "\napr_2  player.ban  game/dev  executed  2/2        gm1        "
                                "2m ago   -        -\n"))
        << table;
}

TEST(ApprovalTablesTest, ShowHasThePayloadTheDecisionsAndTheVerdict) {
    auto a = pendingBan();
    a.set_cannot_decide_reason("you requested it");
    const std::string text = renderApprovalDetails(a, kNow);
    EXPECT_TRUE(contains(text, "function   player.ban (封禁玩家)\n")) << text;
    EXPECT_TRUE(contains(text, "approvals  1 of 2 (approvers: lead, admin)\n")) << text;
    EXPECT_TRUE(contains(text, "risk       high  高风险操作\n")) << text;
    EXPECT_TRUE(contains(text, "\"player_id\": \"p42\"")) << text;
    EXPECT_TRUE(contains(text, "\"password\": \"******\"")) << "shown as the server masked it";
    EXPECT_TRUE(contains(text, "  lead1  approve  \"ok fine\"\n")) << text;
    EXPECT_TRUE(contains(text, "(in 3h)")) << text;
    EXPECT_TRUE(contains(text, "you cannot decide: you requested it\n")) << text;
    a.set_can_decide(true);
    EXPECT_TRUE(contains(renderApprovalDetails(a, kNow), "you may approve or reject it\n"));
}

TEST(ApprovalTablesTest, WatchLinesSayWhatChanged) {
    const auto before = pendingBan();
    EXPECT_EQ(*describeApprovalChange(nullptr, before),
              "+ apr_1  player.ban  game/dev  pending  1/2 approvals  requested by gm1");
    auto approved = before;
    approved.set_approvals(2);
    approved.set_state("executed");
    approved.set_job_id("job_9");
    EXPECT_EQ(*describeApprovalChange(&before, approved),
              "~ apr_1  player.ban  game/dev  executed  2/2 approvals  requested by gm1  job job_9"
              "  (state pending -> executed)");
    auto voted = before;
    auto* d = voted.add_decisions();
    d->set_approver("lead2");
    d->set_decision("approve");
    EXPECT_TRUE(contains(*describeApprovalChange(&before, voted), "(approve by lead2)"));
    EXPECT_FALSE(describeApprovalChange(&before, before).has_value()) << "nothing changed";
}

TEST(ApprovalTablesTest, DecisionOutcomes) {
    auto a = pendingBan();
    EXPECT_EQ(describeDecisionOutcome(a), "approval apr_1: pending, 1 of 2 approvals");
    a.set_state("executed");
    a.set_job_id("job_9");
    EXPECT_EQ(describeDecisionOutcome(a), "approval apr_1: executed as job job_9; follow with "
                                          "`croupierctl job follow job_9`");
    a.set_state("rejected");
    a.set_reason("wrong player");
    EXPECT_EQ(describeDecisionOutcome(a), "approval apr_1: rejected (wrong player)");
    EXPECT_EQ(sentForApprovalLine("apr_7", "pending"),
              "sent for approval: apr_7 (state pending); follow with `croupierctl approvals show "
              "apr_7`");
}

TEST(UserTablesTest, WhoAmIAndTheLoginLine) {
    auth::v1::WhoAmIResponse who;
    auto* u = who.mutable_user();
    u->set_username("alice");
    u->set_display_name("Alice");
    u->add_roles("gm");
    u->add_roles("lead");
    u->add_permissions("player.*");
    auto* s = u->add_scopes();
    s->set_game_id("game");
    s->set_env("dev");
    who.set_token_expires_at(kNow + 12 * 3'600'000);
    const std::string text = renderWhoAmI(who, kNow);
    EXPECT_TRUE(contains(text, "user         alice (Alice)\n")) << text;
    EXPECT_TRUE(contains(text, "roles        gm, lead\n")) << text;
    EXPECT_TRUE(contains(text, "permissions  player.*\n")) << text;
    EXPECT_TRUE(contains(text, "scopes       game/dev\n")) << text;
    EXPECT_TRUE(contains(text, "(in 12h)\n")) << text;
    EXPECT_TRUE(contains(text, "last login   never\n")) << text;
    const std::string line = signedInLine(*u, kNow + 12 * 3'600'000, kNow);
    EXPECT_EQ(line.rfind("signed in as alice (roles gm, lead), token expires 2024-", 0), 0u)
        << line;
    EXPECT_TRUE(contains(line, "(in 12h)")) << line;
}

TEST(UserTablesTest, UsersAndScopes) {
    auth::v1::UserInfo u;
    u.set_username("bob");
    u.add_roles("gm");
    u.set_disabled(true);
    EXPECT_EQ(describeUser(u), "bob: roles gm; scopes every scope; disabled");
    const std::string table = renderUsersTable({u}, kNow);
    EXPECT_TRUE(contains(table, "bob   -     gm     every scope  disabled  never")) << table;

    auto scope = parseScope("*/prod");
    ASSERT_TRUE(scope.has_value());
    EXPECT_EQ(scope->game_id(), "*");
    EXPECT_EQ(scope->env(), "prod");
    for (const char* bad : {"game", "/dev", "game/", "a/b/c", ""}) {
        EXPECT_FALSE(parseScope(bad).has_value()) << bad;
    }
}

TEST(AuditTablesTest, RecordsAndTheVerdict) {
    audit::v1::AuditRecord r;
    r.set_seq(7);
    r.set_timestamp(kNow);
    r.set_actor("root");
    r.set_action("function.invoke");
    r.set_game_id("game");
    r.set_env("dev");
    r.set_function_id("calc.add");
    r.set_outcome("ok");
    r.set_duration_ms(3);
    r.set_message("line1\nline2");
    const std::string table = renderAuditTable({r});
    EXPECT_EQ(table.substr(0, table.find('\n')),
              "SEQ  TIME                 ACTOR  ACTION           SCOPE     FUNCTION  TARGET  "
              "OUTCOME  MS  MESSAGE");
    EXPECT_TRUE(contains(table, "\n7    2024-05-01 ")) << table;
    EXPECT_TRUE(contains(table, "  root   function.invoke  game/dev  calc.add  -       ok       "
                                "3   line1 line2\n"))
        << table;

    audit::v1::VerifyAuditResponse v;
    v.set_ok(true);
    v.set_records(12);
    EXPECT_EQ(describeVerify(v), "OK: 12 records checked, the chain is intact");
    v.set_head_seq(12);
    v.set_head_hash(std::string(64, 'a'));
    EXPECT_EQ(describeVerify(v),
              "OK: 12 records checked, the chain is intact; head 12:" + std::string(64, 'a'));
    v.set_ok(false);
    v.set_first_broken_seq(5);
    v.set_problem("hash mismatch");
    EXPECT_EQ(describeVerify(v), "BROKEN at seq 5: hash mismatch (12 records checked)");
}
