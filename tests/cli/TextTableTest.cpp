// Table layout (CJK-aware) and the list tables of croupierctl.
#include "TextTable.h"

#include "Tables.h"
#include "TextWidth.h"
#include "TimeFormat.h"

#include <gtest/gtest.h>

using namespace croupier;
using namespace croupier::cli;

TEST(TextWidthTest, ChineseTakesTwoColumns) {
    EXPECT_EQ(displayWidth("abc"), 3u);
    EXPECT_EQ(displayWidth("封禁玩家"), 8u);
    EXPECT_EQ(displayWidth("e\xcc\x81"), 1u) << "a combining accent takes no column";
    EXPECT_EQ(displayWidth("\xff"), 1u) << "an invalid byte counts as one";
    EXPECT_EQ(truncateToWidth("封禁玩家", 5), "封禁…");
    EXPECT_EQ(truncateToWidth("abc", 3), "abc");
    EXPECT_EQ(padToWidth("封", 4), "封  ");
    EXPECT_EQ(sanitizeLine("a\nb\x1b[2Jc"), "a b [2Jc");
}

TEST(TextTableTest, ColumnsLineUpByDisplayWidth) {
    TextTable t({"ID", "NAME"});
    t.addRow({"player.ban", "封禁玩家"});
    t.addRow({"x", "ok"});
    EXPECT_EQ(t.render(), "ID          NAME\n"
                          "player.ban  封禁玩家\n"
                          "x           ok\n");
}

TEST(TextTableTest, NoTrailingSpacesAndEmptyCells) {
    TextTable t({"A", "B", "C"});
    t.addRow({"1"});
    EXPECT_EQ(t.render(), "A  B  C\n1\n");
}

TEST(TablesTest, FunctionsShowAgentsAndEnabled) {
    function::v1::FunctionInfo f;
    f.mutable_function_descriptor()->set_id("player.ban");
    f.mutable_function_descriptor()->set_name("封禁玩家");
    f.mutable_function_descriptor()->set_version("1.0.0");
    f.mutable_function_descriptor()->mutable_ui()->set_risk_level("high");
    f.set_agents_online(1);
    f.set_agents_total(2);
    f.set_enabled(false);
    EXPECT_EQ(renderFunctionsTable({f}), "ID          NAME      VERSION  RISK  AGENTS  ENABLED\n"
                                         "player.ban  封禁玩家  1.0.0    high  1/2     no\n");
}

TEST(TablesTest, AgentsShowHeartbeatAge) {
    registry::v1::AgentInfo a;
    a.set_agent_id("a1");
    a.set_status("online");
    a.set_version("2.0");
    a.set_addr("10.0.0.1:5000");
    a.add_functions("x.y");
    a.add_functions("x.z");
    a.set_last_heartbeat(1'000'000);
    const std::string table = renderAgentsTable({a}, 1'003'400);
    EXPECT_NE(table.find("a1     online  2.0      10.0.0.1:5000  2          3s ago"),
              std::string::npos)
        << table;
}

TEST(TablesTest, JobDetailsIncludeErrorAndResult) {
    function::v1::Job j;
    j.set_job_id("job_1");
    j.set_function_id("player.export");
    j.set_status("failed");
    j.set_progress(0.5);
    j.set_error_code("BOOM");
    j.set_error("disk full");
    (*j.mutable_result()->mutable_fields())["rows"].set_number_value(3);
    const std::string text = renderJobDetails(j, 0);
    EXPECT_NE(text.find("status    failed\n"), std::string::npos) << text;
    EXPECT_NE(text.find("progress  50%\n"), std::string::npos) << text;
    EXPECT_NE(text.find("error     BOOM: disk full\n"), std::string::npos) << text;
    EXPECT_NE(text.find("\"rows\": 3"), std::string::npos) << text;
}

TEST(TimeFormatTest, RelativeAges) {
    EXPECT_EQ(relativeTime(10'000, 0), "never");
    EXPECT_EQ(relativeTime(10'000, 9'500), "0s ago");
    EXPECT_EQ(relativeTime(10'000, 20'000), "0s ago") << "clock skew is not the future";
    EXPECT_EQ(relativeTime(200'000, 10'000), "3m ago");
    EXPECT_EQ(relativeTime(7'300'000, 0 + 1), "2h ago");
    EXPECT_EQ(relativeTime(3 * 86'400'000LL, 1), "2d ago");
}
