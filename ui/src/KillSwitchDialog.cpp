#include "croupier/ui/KillSwitchDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace croupier::ui {
namespace {

QString questionText(const QString& functionId, const QString& agentId, bool enable) {
    if (agentId.isEmpty()) {
        return enable ? KillSwitchDialog::tr("Enable %1 on every agent?").arg(functionId)
                      : KillSwitchDialog::tr("Disable %1 on every agent?").arg(functionId);
    }
    return enable ? KillSwitchDialog::tr("Enable %1 on agent %2?").arg(functionId, agentId)
                  : KillSwitchDialog::tr("Disable %1 on agent %2?").arg(functionId, agentId);
}

QString consequenceText(const QString& agentId, bool enable) {
    if (enable) {
        return agentId.isEmpty()
                   ? KillSwitchDialog::tr("Calls are accepted again on every agent that serves "
                                          "it (unless disabled on that agent).")
                   : KillSwitchDialog::tr("Calls may be routed to this agent again.");
    }
    return agentId.isEmpty()
               ? KillSwitchDialog::tr("The server refuses every call to it until it is enabled "
                                      "again. Running jobs are not stopped.")
               : KillSwitchDialog::tr("Calls are no longer routed to this agent; other agents "
                                      "keep serving it.");
}

} // namespace

KillSwitchDialog::KillSwitchDialog(const QString& functionId, const QString& agentId, bool enable,
                                   QWidget* parent)
    : QDialog(parent)
    , m_functionId(functionId)
    , m_agentId(agentId)
    , m_enable(enable) {
    setObjectName(QStringLiteral("killSwitchDialog"));
    setWindowTitle(enable ? tr("Enable function") : tr("Disable function"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_question = new QLabel(questionText(functionId, agentId, enable), this);
    m_question->setObjectName(QStringLiteral("questionLabel"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont font = m_question->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_question->setFont(font);
    layout->addWidget(m_question);
    auto* consequence = new QLabel(consequenceText(agentId, enable), this);
    consequence->setObjectName(QStringLiteral("consequenceLabel"));
    consequence->setTextFormat(Qt::PlainText);
    consequence->setWordWrap(true);
    layout->addWidget(consequence);

    auto* form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Optional, recorded in the audit trail"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    auto* confirm =
        buttons->addButton(enable ? tr("&Enable") : tr("&Disable"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmPushButton"));
    confirm->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(std::max(sizeHint().width(), 440), sizeHint().height());
}

QString KillSwitchDialog::question() const {
    return m_question->text();
}

QString KillSwitchDialog::reason() const {
    return m_reason->text().trimmed();
}

} // namespace croupier::ui
