#include "croupier/ui/RiskBadge.h"

#include "croupier/models/RiskColour.h"

#include <QPainter>

namespace croupier::ui {

RiskBadge::RiskBadge(QWidget* parent)
    : RiskBadge(core::RiskLevel::None, parent) {}

RiskBadge::RiskBadge(core::RiskLevel level, QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("riskBadge"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setRiskLevel(level);
}

void RiskBadge::setRiskLevel(core::RiskLevel level) {
    m_level = level;
    setText(textFor(level));
    setAccessibleName(text());
    updateGeometry();
    update();
    if (level == core::RiskLevel::None) {
        hide();
        return;
    }
    if (parentWidget() != nullptr) {
        show(); // undo a hide() for None; a top-level badge is shown by whoever made it
    }
}

QSize RiskBadge::sizeHint() const {
    const QFontMetrics metrics(font());
    const int height = metrics.height() + 4;
    return {metrics.horizontalAdvance(text()) + height, height};
}

// Fixed colours on a fixed fill: the pill reads the same whatever the palette.
void RiskBadge::paintEvent(QPaintEvent* /*event*/) {
    if (m_level == core::RiskLevel::None) {
        return;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QSize pill = sizeHint().boundedTo(size());
    const QRectF box(QPointF(0, (height() - pill.height()) / 2.0), QSizeF(width(), pill.height()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fillFor(m_level));
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    painter.setPen(textColorFor(m_level));
    painter.setFont(font());
    painter.drawText(box, Qt::AlignCenter, text());
}

QString RiskBadge::textFor(core::RiskLevel level) {
    switch (level) {
    case core::RiskLevel::Low:
        return tr("Low risk");
    case core::RiskLevel::Medium:
        return tr("Medium risk");
    case core::RiskLevel::High:
        return tr("High risk");
    case core::RiskLevel::None:
        break;
    }
    return {};
}

QColor RiskBadge::fillFor(core::RiskLevel level) {
    return models::riskColour(level);
}

QColor RiskBadge::textColorFor(core::RiskLevel level) {
    return level == core::RiskLevel::Medium ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

} // namespace croupier::ui
