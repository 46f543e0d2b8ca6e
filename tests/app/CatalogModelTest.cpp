// CatalogModel + CatalogFilterModel: the tree the catalog shows, checked by
// QAbstractItemModelTester on every change.
#include "croupier/models/CatalogFilterModel.h"
#include "croupier/models/CatalogModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>

#include <gtest/gtest.h>

using namespace croupier;
using client::FunctionInfo;
using models::CatalogModel;
using nlohmann::json;

namespace {

FunctionInfo fn(const std::string& id, const std::string& name, const std::string& category,
                json extra = json::object()) {
    json d = {{"id", id}, {"name", name}, {"category", category}, {"version", "1.0.0"},
              {"description", name + " description"},
              {"auth", {{"permission", id}}}};
    d.merge_patch(extra);
    auto parsed = core::Descriptor::parse(d);
    EXPECT_TRUE(parsed) << (parsed ? "" : parsed.error().message);
    FunctionInfo f;
    f.descriptor = std::make_shared<const core::Descriptor>(std::move(*parsed));
    f.gameId = "game";
    f.env = "dev";
    f.agentsOnline = 1;
    return f;
}

QStringList rowsUnder(const QAbstractItemModel& m, const QModelIndex& parent = {}) {
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        out << m.index(r, CatalogModel::IdColumn, parent).data().toString();
    }
    return out;
}

class CatalogModelTest : public ::testing::Test {
protected:
    CatalogModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST_F(CatalogModelTest, GroupsFunctionsByCategoryInSortedOrder) {
    model.setFunctions({fn("player.ban", "封禁玩家", "player"), fn("guild.disband", "解散公会", "guild"),
                        fn("player.get", "查询玩家", "player")});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), "guild");
    EXPECT_EQ(model.index(1, 0).data().toString(), "player");
    EXPECT_EQ(rowsUnder(model, model.index(1, 0)), QStringList({"player.ban", "player.get"}));
    EXPECT_EQ(model.index(0, 0, model.index(1, 0)).data().toString(), "封禁玩家");
    EXPECT_EQ(model.functionCount(), 3);
}

TEST_F(CatalogModelTest, UpsertAddsReplacesAndMovesBetweenCategories) {
    model.setFunctions({fn("player.ban", "Ban", "player")});
    model.upsertFunction(fn("item.grant", "Grant", "item"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), "item");

    auto disabled = fn("player.ban", "Ban", "player");
    disabled.enabled = false;
    model.upsertFunction(disabled);
    EXPECT_EQ(model.functionCount(), 2);
    EXPECT_FALSE(model.indexOf("player.ban").data(CatalogModel::AvailableRole).toBool());

    model.upsertFunction(fn("player.ban", "Ban", "moderation"));
    EXPECT_EQ(model.functionCount(), 2);
    EXPECT_EQ(model.indexOf("player.ban").parent().data().toString(), "moderation");
    EXPECT_EQ(model.rowCount(), 2) << "the emptied 'player' category goes away";
}

TEST_F(CatalogModelTest, RemovingTheLastFunctionRemovesItsCategory) {
    model.setFunctions({fn("player.ban", "Ban", "player"), fn("item.grant", "Grant", "item")});
    model.removeFunction("item.grant");
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0).data().toString(), "player");
    model.removeFunction("no.such"); // ignored
    EXPECT_EQ(model.functionCount(), 1);
}

TEST_F(CatalogModelTest, AFunctionTheUserMayNotCallIsGreyedWithTheReason) {
    model.setFunctions({fn("player.ban", "Ban", "player"), fn("player.get", "Get", "player")});
    client::UserInfo gm;
    gm.username = "gm1";
    gm.permissions = {"player.get"};
    model.setUser(gm);
    const QModelIndex ban = model.indexOf("player.ban");
    EXPECT_FALSE(ban.data(CatalogModel::AllowedRole).toBool());
    EXPECT_EQ(ban.data(CatalogModel::ReasonRole).toString(), "You lack the permission player.ban");
    EXPECT_TRUE(ban.data(Qt::ToolTipRole).toString().contains("player.ban"));
    EXPECT_TRUE(ban.data(Qt::ForegroundRole).isValid());
    const QModelIndex get = model.indexOf("player.get");
    EXPECT_TRUE(get.data(CatalogModel::AllowedRole).toBool());
    EXPECT_EQ(get.data(CatalogModel::ReasonRole).toString(), "");
}

TEST_F(CatalogModelTest, ShowsRiskApprovalAndAvailability) {
    auto ban = fn("player.ban", "Ban", "player",
                  {{"ui", {{"risk_level", "high"}}},
                   {"auth", {{"approval", {{"enabled", true}, {"threshold", 2}}}}}});
    ban.agentsOnline = 0;
    model.setFunctions({ban});
    const QModelIndex i = model.indexOf("player.ban");
    EXPECT_EQ(i.data(CatalogModel::RiskLevelRole).toInt(), static_cast<int>(core::RiskLevel::High));
    EXPECT_TRUE(i.data(CatalogModel::NeedsApprovalRole).toBool());
    EXPECT_FALSE(i.data(CatalogModel::AvailableRole).toBool());
    EXPECT_EQ(i.data(CatalogModel::ReasonRole).toString(), "No agent online");
    EXPECT_EQ(i.siblingAtColumn(CatalogModel::StatusColumn).data().toString(), "no agent online");
    EXPECT_FALSE(i.data(Qt::DecorationRole).value<QIcon>().isNull()) << "the risk dot";

    ban.agentsOnline = 1;
    model.upsertFunction(ban);
    EXPECT_EQ(model.indexOf("player.ban").siblingAtColumn(CatalogModel::StatusColumn).data(),
              "needs 2 approval(s)");
}

TEST_F(CatalogModelTest, SearchMatchesIdNameAndDescriptionIncludingChinese) {
    model.setFunctions({fn("player.ban", "封禁玩家", "player"), fn("guild.disband", "解散公会", "guild"),
                        fn("item.grant", "发放道具", "item")});
    models::CatalogFilterModel filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);

    filter.setSearchText("封禁");
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(rowsUnder(filter, filter.index(0, 0)), QStringList({"player.ban"}));

    filter.setSearchText("DISBAND");
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(rowsUnder(filter, filter.index(0, 0)), QStringList({"guild.disband"}));

    filter.setSearchText("道具 description");
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data().toString(), "item");

    filter.setSearchText("nothing-matches");
    EXPECT_EQ(filter.rowCount(), 0);

    filter.setSearchText("");
    EXPECT_EQ(filter.rowCount(), 3);
}

} // namespace
