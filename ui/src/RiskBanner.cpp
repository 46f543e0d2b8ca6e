#include "croupier/ui/RiskBanner.h"

#include "WidgetKit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

namespace croupier::ui {
RiskBanner::RiskBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("riskBanner"));
    m_icon->setObjectName(QStringLiteral("riskBannerIconLabel"));
    m_text->setObjectName(QStringLiteral("riskBannerTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateIcon();
    hide();
}

void RiskBanner::setMessage(const QString& text, Kind kind) {
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    updateIcon();
    if (text.isEmpty()) {
        hide();
    } else if (parentWidget() != nullptr) {
        show(); // a top-level banner is shown by whoever made it
    }
    update();
}

QString RiskBanner::text() const {
    return m_text->text();
}

QString RiskBanner::approvalNotice(const core::ApprovalSpec& approval) {
    if (!approval.enabled) {
        return {};
    }
    QStringList roles;
    for (const std::string& role : approval.approvers) {
        roles << QString::fromStdString(role);
    }
    if (roles.isEmpty()) {
        return tr("This function needs approval by %n approver(s) before it runs.", nullptr,
                  approval.threshold);
    }
    return tr("This function needs approval by %n approver(s) (%1) before it runs.", nullptr,
              approval.threshold)
        .arg(roles.join(QStringLiteral(", ")));
}

QColor RiskBanner::accentFor(Kind kind) {
    return kind == Kind::Warning ? QColor(0xf5, 0x9e, 0x0b) : QColor(0x3b, 0x82, 0xf6);
}

void RiskBanner::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = accentFor(m_kind);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(blended(palette().color(QPalette::Window), accent, 0.16));
    painter.drawRoundedRect(box, 6, 6);
    QFrame::paintEvent(event);
}

void RiskBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        updateIcon();
    }
    QFrame::changeEvent(event);
}

void RiskBanner::updateIcon() {
    const auto pixmap =
        m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

} // namespace croupier::ui
