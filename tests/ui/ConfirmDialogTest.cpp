#include "croupier/ui/ConfirmDialog.h"

#include "croupier/ui/RiskBadge.h"
#include "croupier/ui/RiskBanner.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using nlohmann::json;

core::Descriptor descriptor(const json& ui, const json& extra = json::object()) {
    json d = {{"id", "player.ban"},
              {"name", "封禁玩家"},
              {"params",
               {{"type", "object"},
                {"properties",
                 {{"player_id", {{"type", "string"}}},
                  {"duration", {{"type", "integer"}}},
                  {"password", {{"type", "string"}, {"format", "password"}}}}}}},
              {"ui", ui}};
    d.update(extra);
    auto parsed = core::Descriptor::parse(d);
    if (!parsed) {
        ADD_FAILURE() << parsed.error().message;
        return *core::Descriptor::parse({{"id", "failed.parse"}});
    }
    return *parsed;
}

const json kHighRisk = {{"risk_level", "high"},
                        {"risk_warning", "高风险操作,封禁后玩家无法登录"},
                        {"confirm_message", "确认封禁玩家 {player_id}?"}};
const json kApproval = {
    {"auth", {{"approval", {{"enabled", true}, {"threshold", 2}, {"approvers", {"lead"}}}}}}};
const json kPayload = {{"player_id", "p_123"}, {"duration", 24}, {"password", "hunter2"}};

TEST(ConfirmDialogTest, ShowsTheConfirmMessageWithTheEnteredValues) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    EXPECT_EQ(dialog.message(), QStringLiteral("确认封禁玩家 p_123?"));
    auto* label = child<QLabel>(dialog, "confirmMessageLabel");
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->text(), QStringLiteral("确认封禁玩家 p_123?"));
}

TEST(ConfirmDialogTest, AMissingValueStaysVisibleAsItsPlaceholder) {
    ConfirmDialog dialog(descriptor(kHighRisk), json{{"duration", 24}});
    EXPECT_EQ(dialog.message(), QStringLiteral("确认封禁玩家 {player_id}?"));
}

TEST(ConfirmDialogTest, MarkupInTheDescriptorIsShownAsText) {
    ConfirmDialog dialog(descriptor({{"confirm_message", "<b>ban</b> {player_id}"}}), kPayload);
    auto* label = child<QLabel>(dialog, "confirmMessageLabel");
    ASSERT_NE(label, nullptr);
    EXPECT_EQ(label->textFormat(), Qt::PlainText);
    EXPECT_EQ(label->text(), QStringLiteral("<b>ban</b> p_123"));
}

TEST(ConfirmDialogTest, HighRiskConfirmUnlocksOnlyForTheExactTarget) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    auto* edit = child<QLineEdit>(dialog, "confirmTargetLineEdit");
    auto* confirm = child<QPushButton>(dialog, "confirmPushButton");
    ASSERT_TRUE(edit && confirm);
    EXPECT_EQ(dialog.target(), QStringLiteral("p_123"));
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("p_12"));
    EXPECT_FALSE(confirm->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("3"));
    EXPECT_TRUE(confirm->isEnabled());
    QTest::keyClick(edit, Qt::Key_Backspace);
    EXPECT_FALSE(confirm->isEnabled());
    edit->setText(QStringLiteral("P_123"));
    EXPECT_FALSE(confirm->isEnabled());
    edit->setText(QStringLiteral("p_1234"));
    EXPECT_FALSE(confirm->isEnabled());
}

TEST(ConfirmDialogTest, EnterConfirmsOnlyOnceTheTargetIsTyped) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    auto* edit = child<QLineEdit>(dialog, "confirmTargetLineEdit");
    ASSERT_NE(edit, nullptr);
    QTest::keyClick(edit, Qt::Key_Return);
    dialog.accept(); // not even a direct accept() gets through the lock
    EXPECT_EQ(accepted.count(), 0);
    EXPECT_TRUE(dialog.isVisible());
    QTest::keyClicks(edit, QStringLiteral("p_123"));
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}

TEST(ConfirmDialogTest, EscapeRejects) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

TEST(ConfirmDialogTest, CancelRejects) {
    ConfirmDialog dialog(descriptor({{"risk_level", "low"}}), kPayload);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    auto* cancel = child<QPushButton>(dialog, "cancelPushButton");
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(rejected.count(), 1);
}

TEST(ConfirmDialogTest, PayloadIsShownWithSensitiveFieldsMasked) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    auto* view = child<QPlainTextEdit>(dialog, "payloadPlainTextEdit");
    ASSERT_NE(view, nullptr);
    const QString shown = view->toPlainText();
    EXPECT_EQ(shown, dialog.payloadText());
    EXPECT_FALSE(shown.contains(QStringLiteral("hunter2"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("\"password\": \"******\""))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("\"player_id\": \"p_123\"")));
    EXPECT_TRUE(shown.contains(QStringLiteral("\"duration\": 24")));
    EXPECT_EQ(json::parse(shown.toStdString()).at("duration"), json(24));
}

TEST(ConfirmDialogTest, ASecretPlaceholderIsMaskedAndNotAskedFor) {
    ConfirmDialog dialog(
        descriptor({{"risk_level", "high"}, {"confirm_message", "Set {password} for {player_id}"}}),
        kPayload);
    EXPECT_EQ(dialog.message(), QStringLiteral("Set ****** for p_123"));
    EXPECT_EQ(dialog.target(), QStringLiteral("player.ban"));
}

TEST(ConfirmDialogTest, WithoutAPlaceholderTheFunctionIdIsTyped) {
    ConfirmDialog dialog(descriptor({{"risk_level", "high"}, {"confirm_message", "确认?"}}),
                         kPayload);
    auto* edit = child<QLineEdit>(dialog, "confirmTargetLineEdit");
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(dialog.target(), QStringLiteral("player.ban"));
    QTest::keyClicks(edit, QStringLiteral("player.ban"));
    EXPECT_TRUE(dialog.confirmEnabled());
}

TEST(ConfirmDialogTest, LowerRiskNeedsNoTypingAndEnterConfirms) {
    ConfirmDialog dialog(descriptor({{"risk_level", "medium"}, {"confirm_message", "ok?"}}),
                         kPayload);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("confirmTargetLineEdit")), nullptr);
    EXPECT_FALSE(dialog.requiresTypedTarget());
    EXPECT_TRUE(dialog.confirmEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(accepted.count(), 1);
}

TEST(ConfirmDialogTest, WithoutAConfirmMessageItAsksAboutTheFunction) {
    ConfirmDialog dialog(descriptor(json::object()), kPayload);
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("封禁玩家")));
}

TEST(ConfirmDialogTest, ShowsRiskBadgeAndWarning) {
    ConfirmDialog dialog(descriptor(kHighRisk), kPayload);
    auto* badge = dialog.findChild<RiskBadge*>();
    ASSERT_NE(badge, nullptr);
    EXPECT_EQ(badge->text(), RiskBadge::textFor(core::RiskLevel::High));
    auto* warning = child<RiskBanner>(dialog, "riskWarningBanner");
    ASSERT_NE(warning, nullptr);
    EXPECT_EQ(warning->text(), QStringLiteral("高风险操作,封禁后玩家无法登录"));
    EXPECT_FALSE(warning->isHidden());
}

TEST(ConfirmDialogTest, SaysWhenTheCallNeedsApproval) {
    ConfirmDialog dialog(descriptor(kHighRisk, kApproval), kPayload);
    auto* notice = child<RiskBanner>(dialog, "approvalNoticeBanner");
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->text().contains(QStringLiteral("2")));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("lead")));
    auto* confirm = child<QPushButton>(dialog, "confirmPushButton");
    ASSERT_NE(confirm, nullptr);
    EXPECT_EQ(confirm->text(), QStringLiteral("Send for approval"));

    ConfirmDialog plain(descriptor(kHighRisk), kPayload);
    EXPECT_EQ(plain.findChild<RiskBanner*>(QStringLiteral("approvalNoticeBanner")), nullptr);
}

} // namespace
} // namespace croupier::ui
