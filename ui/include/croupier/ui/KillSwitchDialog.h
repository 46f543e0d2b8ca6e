#pragma once
// The confirmation asked before the kill switch changes a function: what will happen ("Disable
// player.ban on every agent?"), what it means for callers, and an optional reason that goes to
// the audit trail. Confirm is the default button; Esc / Cancel reject. Opened non-modally
// (open()) by the RegistrationsPage, which exposes it so tests can drive it.
// GUI thread only; owns its child widgets.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace croupier::ui {

class KillSwitchDialog final : public QDialog {
    Q_OBJECT
public:
    // `agentId` empty: every agent.
    KillSwitchDialog(const QString& functionId, const QString& agentId, bool enable,
                     QWidget* parent = nullptr);

    QString functionId() const { return m_functionId; }
    QString agentId() const { return m_agentId; }
    bool enabling() const { return m_enable; }
    QString question() const;
    QString reason() const; // trimmed; may be empty

private:
    QString m_functionId;
    QString m_agentId;
    bool m_enable;
    QLabel* m_question = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace croupier::ui
