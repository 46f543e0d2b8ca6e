#include "WidgetKit.h"

#include <QLabel>
#include <QPalette>

namespace croupier::ui {
namespace {

QColor stateColour(LinkState state) {
    switch (state) {
    case LinkState::Live:
        return QColor(0x2e, 0x7d, 0x32);
    case LinkState::Connecting:
        return QColor(0xef, 0x8f, 0x00);
    case LinkState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case LinkState::Idle:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

} // namespace

QLabel* plainLabel(const QString& text, QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QColor blended(const QColor& base, const QColor& tint, double amount) {
    return QColor::fromRgbF(
        static_cast<float>(base.redF() * (1 - amount) + tint.redF() * amount),
        static_cast<float>(base.greenF() * (1 - amount) + tint.greenF() * amount),
        static_cast<float>(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

void showLinkState(QLabel& label, LinkState state, const QString& text, const QString& toolTip) {
    label.setText(QStringLiteral("● ") + text);
    QPalette palette = label.palette();
    palette.setColor(QPalette::WindowText, stateColour(state));
    label.setPalette(palette);
    label.setToolTip(toolTip);
}

} // namespace croupier::ui
