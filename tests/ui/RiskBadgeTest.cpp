#include "croupier/ui/RiskBadge.h"

#include "croupier/ui/ErrorBanner.h"
#include "croupier/ui/RiskBanner.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <cmath>
#include <gtest/gtest.h>

namespace croupier::ui {
namespace {

using core::RiskLevel;

// WCAG relative luminance and contrast ratio: 4.5 is the floor for normal text.
double luminance(const QColor& color) {
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(RiskBadgeTest, TextPerLevel) {
    QWidget parent;
    auto* badge = new RiskBadge(&parent);
    badge->setRiskLevel(RiskLevel::Low);
    EXPECT_EQ(badge->text(), QStringLiteral("Low risk"));
    badge->setRiskLevel(RiskLevel::Medium);
    EXPECT_EQ(badge->text(), QStringLiteral("Medium risk"));
    badge->setRiskLevel(RiskLevel::High);
    EXPECT_EQ(badge->text(), QStringLiteral("High risk"));
    EXPECT_EQ(badge->riskLevel(), RiskLevel::High);
    EXPECT_FALSE(badge->isHidden());
}

TEST(RiskBadgeTest, NoRiskLevelShowsNoBadge) {
    QWidget parent;
    auto* badge = new RiskBadge(RiskLevel::High, &parent);
    EXPECT_FALSE(badge->isHidden());
    badge->setRiskLevel(RiskLevel::None);
    EXPECT_TRUE(badge->isHidden());
    EXPECT_TRUE(badge->text().isEmpty());
    badge->setRiskLevel(RiskLevel::Low);
    EXPECT_FALSE(badge->isHidden());
}

TEST(RiskBadgeTest, LevelsLookDifferentAndTheirTextIsReadable) {
    const QColor low = RiskBadge::fillFor(RiskLevel::Low);
    const QColor medium = RiskBadge::fillFor(RiskLevel::Medium);
    const QColor high = RiskBadge::fillFor(RiskLevel::High);
    EXPECT_NE(low, medium);
    EXPECT_NE(medium, high);
    EXPECT_NE(low, high);
    EXPECT_GT(high.red(), high.green()); // red is red
    EXPECT_GT(low.green(), low.red());   // green is green
    for (RiskLevel level : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}) {
        EXPECT_GE(contrast(RiskBadge::fillFor(level), RiskBadge::textColorFor(level)), 4.5)
            << RiskBadge::textFor(level).toStdString();
    }
}

TEST(RiskBannerTest, HiddenWhileEmpty) {
    QWidget parent;
    auto* banner = new RiskBanner(&parent);
    EXPECT_TRUE(banner->isHidden());
    banner->setMessage(QStringLiteral("高风险操作,封禁后玩家无法登录"));
    EXPECT_FALSE(banner->isHidden());
    EXPECT_EQ(banner->text(), QStringLiteral("高风险操作,封禁后玩家无法登录"));
    EXPECT_EQ(banner->kind(), RiskBanner::Kind::Warning);
    banner->setMessage({});
    EXPECT_TRUE(banner->isHidden());
}

TEST(RiskBannerTest, ApprovalNoticeNamesTheCountAndRoles) {
    core::ApprovalSpec approval;
    EXPECT_TRUE(RiskBanner::approvalNotice(approval).isEmpty());
    approval.enabled = true;
    approval.threshold = 2;
    EXPECT_EQ(RiskBanner::approvalNotice(approval),
              QStringLiteral("This function needs approval by 2 approver(s) before it runs."));
    approval.approvers = {"lead", "admin"};
    EXPECT_EQ(RiskBanner::approvalNotice(approval),
              QStringLiteral(
                  "This function needs approval by 2 approver(s) (lead, admin) before it runs."));
}

} // namespace
} // namespace croupier::ui
