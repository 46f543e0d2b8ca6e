#pragma once
// The confirmation asked before a call is sent: the function, its risk badge and warning, the
// descriptor's ui.confirm_message rendered with the entered values, the exact payload that will
// be sent (sensitive fields masked), and whether it will wait for approval. For a high-risk
// function the Confirm button stays disabled until the operator types the target (the first
// placeholder's value, or the function id when there is none to ask for). Esc / Cancel reject;
// Enter confirms only while Confirm is enabled.
// GUI thread only; modal or not as the caller opens it; owns its child widgets. Keeps no copy
// of the unmasked payload.

#include "croupier/core/Descriptor.h"

#include <QDialog>
#include <nlohmann/json.hpp>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace croupier::ui {

class ConfirmDialog : public QDialog {
    Q_OBJECT
public:
    ConfirmDialog(const core::Descriptor& descriptor, const nlohmann::json& payload,
                  QWidget* parent = nullptr);

    QString message() const;     // the rendered confirmation sentence
    QString payloadText() const; // the masked, indented payload as shown
    bool requiresTypedTarget() const { return !m_target.isEmpty(); }
    QString target() const { return m_target; } // what must be typed; empty unless high risk
    bool confirmEnabled() const;

    // Refused while Confirm is disabled, whatever asked for it.
    void accept() override;

private:
    void buildHeader(const core::Descriptor& descriptor);
    void buildMessage(const core::Descriptor& descriptor, const nlohmann::json& payload);
    void buildPayload(const core::Descriptor& descriptor, const nlohmann::json& payload);
    void buildTargetInput(const core::Descriptor& descriptor, const nlohmann::json& payload);
    void buildButtons(const core::Descriptor& descriptor);
    void updateConfirmButton();

    QString m_target;
    QLabel* m_message = nullptr;
    QPlainTextEdit* m_payload = nullptr;
    QLineEdit* m_targetEdit = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace croupier::ui
