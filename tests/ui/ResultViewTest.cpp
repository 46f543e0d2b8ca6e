#include "croupier/ui/ResultView.h"

#include "croupier/ui/ErrorBanner.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using nlohmann::json;
using Kind = client::CallError::Kind;

const json kBanSchema = json::parse(R"({
    "type": "object",
    "properties": {
        "success": {"type": "boolean", "title": "成功"},
        "ban_id": {"type": "string", "title": "封禁ID"}
    }
})");

const json kListSchema = json::parse(R"({
    "type": "array",
    "items": {"type": "object", "properties": {
        "id": {"type": "string", "title": "Player"},
        "level": {"type": "integer", "title": "Level"}
    }}
})");

QString cell(const QTableWidget& table, int row, int column) {
    const QTableWidgetItem* item = table.item(row, column);
    return item == nullptr ? QStringLiteral("<none>") : item->text();
}

QString header(const QTableWidget& table, int column) {
    return table.model()->headerData(column, Qt::Horizontal).toString();
}

// The page a user sees: the stacked widget's current page.
QWidget* visiblePage(const ResultView& view) {
    auto* pages = view.findChild<QStackedWidget*>();
    return pages == nullptr ? nullptr : pages->currentWidget();
}

TEST(ResultViewTest, ObjectIsAFieldValueTableWithSchemaTitles) {
    ResultView view;
    view.setResultSchema(kBanSchema);
    view.setResult({{"success", true}, {"ban_id", "b_9"}, {"extra", 3}});
    auto* table = child<QTableWidget>(view, "resultTableWidget");
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(view.content(), ResultView::Content::Table);
    EXPECT_EQ(visiblePage(view), table);
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_EQ(table->columnCount(), 2);
    // Declared fields first, with their titles; then the undeclared one by its key.
    EXPECT_EQ(cell(*table, 0, 0), QStringLiteral("封禁ID"));
    EXPECT_EQ(cell(*table, 0, 1), QStringLiteral("b_9"));
    EXPECT_EQ(cell(*table, 1, 0), QStringLiteral("成功"));
    EXPECT_EQ(cell(*table, 1, 1), QStringLiteral("Yes"));
    EXPECT_EQ(cell(*table, 2, 0), QStringLiteral("extra"));
    EXPECT_EQ(cell(*table, 2, 1), QStringLiteral("3"));
}

TEST(ResultViewTest, WithoutASchemaKeysAreTheTitles) {
    ResultView view;
    view.setResult({{"count", 2}, {"nested", {{"a", 1.5}}}});
    auto* table = child<QTableWidget>(view, "resultTableWidget");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(cell(*table, 0, 0), QStringLiteral("count"));
    EXPECT_EQ(cell(*table, 1, 1), QStringLiteral("{\"a\":1.5}"));
}

TEST(ResultViewTest, ArrayOfObjectsIsATableWithAColumnPerProperty) {
    ResultView view;
    view.setResultSchema(kListSchema);
    view.setResult(json::array({{{"id", "p_1"}, {"level", 10}},
                                {{"id", "p_2"}, {"level", 12}, {"guild", "g"}},
                                {{"id", "p_3"}}}));
    auto* table = child<QTableWidget>(view, "resultTableWidget");
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_EQ(table->columnCount(), 3);
    EXPECT_EQ(header(*table, 0), QStringLiteral("Player"));
    EXPECT_EQ(header(*table, 1), QStringLiteral("Level"));
    EXPECT_EQ(header(*table, 2), QStringLiteral("guild"));
    EXPECT_EQ(cell(*table, 1, 0), QStringLiteral("p_2"));
    EXPECT_EQ(cell(*table, 1, 1), QStringLiteral("12"));
    EXPECT_EQ(cell(*table, 1, 2), QStringLiteral("g"));
    EXPECT_EQ(cell(*table, 2, 1), QString());
}

TEST(ResultViewTest, ScalarIsText) {
    ResultView view;
    view.setResult("done: 3 mails sent");
    auto* label = child<QLabel>(view, "resultTextLabel");
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(view.content(), ResultView::Content::Text);
    EXPECT_EQ(visiblePage(view), label);
    EXPECT_EQ(label->text(), QStringLiteral("done: 3 mails sent"));
    view.setResult(42);
    EXPECT_EQ(label->text(), QStringLiteral("42"));
}

TEST(ResultViewTest, RawToggleShowsPrettyJsonAndBack) {
    ResultView view;
    const json result = {{"ban_id", "b_9"}, {"success", true}};
    view.setResult(result);
    auto* toggle = child<QToolButton>(view, "rawJsonToolButton");
    auto* raw = child<QPlainTextEdit>(view, "rawJsonPlainTextEdit");
    ASSERT_TRUE(toggle && raw);
    EXPECT_TRUE(toggle->isCheckable());
    EXPECT_FALSE(view.rawShown());
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_TRUE(view.rawShown());
    EXPECT_EQ(visiblePage(view), raw);
    EXPECT_EQ(raw->toPlainText(), QString::fromStdString(result.dump(2)));
    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(view.rawShown());
    EXPECT_EQ(visiblePage(view), view.findChild<QTableWidget*>());
}

TEST(ResultViewTest, CopyPutsTheJsonOnTheClipboard) {
    ResultView view;
    const json result = json::array({{{"id", "玩家"}}});
    view.setResult(result);
    QApplication::clipboard()->clear();
    auto* copy = child<QToolButton>(view, "copyToolButton");
    ASSERT_NE(copy, nullptr);
    QTest::mouseClick(copy, Qt::LeftButton);
    const std::string copied = QApplication::clipboard()->text().toStdString();
    EXPECT_EQ(json::parse(copied, nullptr, false), result) << copied;
}

TEST(ResultViewTest, ErrorShowsTheHumanMessageAndFieldErrors) {
    ResultView view;
    view.setResult({{"a", 1}});
    client::CallError error;
    error.kind = Kind::InvalidArgument;
    error.message = QStringLiteral("Some parameters are not valid.");
    error.fields = {
        {QStringLiteral("/duration"), QStringLiteral("minimum"), QStringLiteral("must be >= 1")}};
    view.setError(error);
    EXPECT_EQ(view.content(), ResultView::Content::Error);
    EXPECT_EQ(view.errorText(), error.message);
    EXPECT_EQ(view.fieldErrors(), QStringList{QStringLiteral("/duration: must be >= 1")});
    auto* details = child<QLabel>(view, "errorDetailsLabel");
    ASSERT_NE(details, nullptr);
    EXPECT_TRUE(details->text().contains(QStringLiteral("/duration: must be >= 1")));
    auto* banner = view.findChild<ErrorBanner*>();
    ASSERT_NE(banner, nullptr);
    EXPECT_TRUE(visiblePage(view)->isAncestorOf(banner));
    EXPECT_TRUE(banner->findChild<QToolButton*>()->isHidden()); // nothing to dismiss here
    EXPECT_TRUE(child<QToolButton>(view, "rawJsonToolButton")->isHidden()); // no JSON to show
    EXPECT_TRUE(child<QToolButton>(view, "copyToolButton")->isHidden());
}

TEST(ResultViewTest, AResultAfterAnErrorReplacesIt) {
    ResultView view;
    view.setError(client::CallError{});
    view.setResult("ok");
    EXPECT_EQ(view.content(), ResultView::Content::Text);
    EXPECT_TRUE(view.errorText().isEmpty());
    EXPECT_TRUE(view.fieldErrors().isEmpty());
}

TEST(ResultViewTest, EmptyResultsSaySo) {
    ResultView view;
    view.setResult(nullptr);
    EXPECT_EQ(view.content(), ResultView::Content::Text);
    EXPECT_FALSE(child<QLabel>(view, "resultTextLabel")->text().isEmpty());
    view.setResult(json::array());
    EXPECT_EQ(view.content(), ResultView::Content::Text);
}

client::CallError callError(Kind kind, const QString& message) {
    client::CallError error;
    error.kind = kind;
    error.message = message;
    return error;
}

TEST(ErrorBannerTest, RateLimitedSaysWhenToRetry) {
    client::CallError error = callError(Kind::RateLimited, QStringLiteral("Too many calls."));
    error.retryAfterMs = 2100;
    EXPECT_EQ(ErrorBanner::describe(error), QStringLiteral("Too many calls. Retry in 3 s."));
}

TEST(ErrorBannerTest, PermissionDeniedNamesThePermission) {
    client::CallError error = callError(Kind::PermissionDenied, QStringLiteral("Not allowed."));
    error.permission = QStringLiteral("player.ban");
    EXPECT_EQ(ErrorBanner::describe(error),
              QStringLiteral("Not allowed. Missing permission: player.ban."));
    error.message = QStringLiteral("You need player.ban.");
    EXPECT_EQ(ErrorBanner::describe(error), QStringLiteral("You need player.ban."));
}

TEST(ErrorBannerTest, AnEmptyMessageFallsBackToOneForItsKind) {
    EXPECT_EQ(ErrorBanner::describe(callError(Kind::NoAgent, {})),
              QStringLiteral("No agent is online for this function."));
    EXPECT_EQ(ErrorBanner::describe(callError(Kind::Timeout, QStringLiteral("  "))),
              QStringLiteral("The call timed out."));
}

TEST(ErrorBannerTest, ShowsAndDismisses) {
    QWidget window;
    auto* banner = new ErrorBanner(&window);
    EXPECT_TRUE(banner->isHidden());
    banner->showError(callError(Kind::Unavailable, QStringLiteral("Server unreachable.")));
    EXPECT_FALSE(banner->isHidden());
    EXPECT_EQ(banner->text(), QStringLiteral("Server unreachable."));
    QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
    auto* close = child<QToolButton>(*banner, "dismissToolButton");
    ASSERT_NE(close, nullptr);
    window.show();
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_EQ(dismissed.count(), 1);
    EXPECT_TRUE(banner->isHidden());
}

} // namespace
} // namespace croupier::ui
