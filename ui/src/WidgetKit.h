#pragma once
// Small pieces the ui/ widgets share. GUI thread.

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace croupier::ui {

// A word-wrapped label showing `text` as plain text (names, reasons and payloads are never
// markup).
QLabel* plainLabel(const QString& text, QWidget* parent, const QString& objectName);

// `base` moved `amount` (0..1) of the way towards `tint`: banner backgrounds that follow the
// palette.
QColor blended(const QColor& base, const QColor& tint, double amount);

// The "● Live" label of the live pages (Registrations, Approvals): one look for the state of a
// page's stream everywhere: green when live, amber while (re)connecting, red when it stopped,
// grey when not watching.
enum class LinkState { Live, Connecting, Failed, Idle };

// Shows "● " + text in the state's colour, with `toolTip`.
void showLinkState(QLabel& label, LinkState state, const QString& text, const QString& toolTip);

} // namespace croupier::ui
