#include "WidgetKit.h"

#include "croupier/models/AgentsModel.h"

#include <QLabel>
#include <QPalette>

namespace croupier::ui {
namespace {

// The agents' status colours (online green, stale amber, offline grey), so a page's link and
// its rows speak the same colours; red when the stream stopped.
QColor stateColour(LinkState state) {
    using Status = models::AgentsModel::Status;
    switch (state) {
    case LinkState::Live:
        return models::AgentsModel::statusColour(Status::Online);
    case LinkState::Connecting:
        return models::AgentsModel::statusColour(Status::Stale);
    case LinkState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case LinkState::Idle:
        break;
    }
    return models::AgentsModel::statusColour(Status::Offline);
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
