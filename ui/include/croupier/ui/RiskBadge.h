#pragma once
// A small coloured pill naming a function's risk level (descriptor ui.risk_level): green "Low
// risk", amber "Medium risk", red "High risk". RiskLevel::None hides the badge (nothing to say).
// The pill carries its own fill and text colours, so it reads the same on light and dark
// palettes. GUI thread only; owned by its Qt parent.

#include "croupier/core/Descriptor.h"

#include <QColor>
#include <QLabel>

namespace croupier::ui {

class RiskBadge : public QLabel {
    Q_OBJECT
public:
    explicit RiskBadge(QWidget* parent = nullptr);
    explicit RiskBadge(core::RiskLevel level, QWidget* parent = nullptr);

    void setRiskLevel(core::RiskLevel level);
    core::RiskLevel riskLevel() const { return m_level; }

    // "Low risk" / "Medium risk" / "High risk" in the UI language; empty for None.
    static QString textFor(core::RiskLevel level);
    // The pill's fill; invalid for None.
    static QColor fillFor(core::RiskLevel level);
    // A text colour readable on fillFor(level).
    static QColor textColorFor(core::RiskLevel level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    core::RiskLevel m_level = core::RiskLevel::None;
};

} // namespace croupier::ui
