#include "croupier/ui/LoginDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace croupier::ui {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Sign in to Croupier"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("usernameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_profile);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInPushButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::request);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setProfiles(const QStringList& names, const QStringList& labels,
                              const QString& current) {
    m_profile->clear();
    for (int i = 0; i < names.size(); ++i) {
        m_profile->addItem(i < labels.size() ? labels[i] : names[i], names[i]);
    }
    m_profile->setCurrentIndex(std::max(0, static_cast<int>(names.indexOf(current))));
}

void LoginDialog::setUsername(const QString& username) {
    m_user->setText(username);
    (username.isEmpty() ? m_user : m_password)->setFocus();
}

QString LoginDialog::profileName() const {
    return m_profile->currentData().toString();
}

QString LoginDialog::username() const {
    return m_user->text().trimmed();
}

void LoginDialog::setBusy(bool busy, const QString& status) {
    m_signIn->setEnabled(!busy);
    m_profile->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_status->setText(status);
    if (busy) {
        m_error->hide();
    }
}

void LoginDialog::setError(const QString& error) {
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

void LoginDialog::setNotice(const QString& notice) {
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginDialog::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

QString LoginDialog::noticeText() const {
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void LoginDialog::request() {
    if (username().isEmpty()) {
        setError(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    emit loginRequested(profileName(), username(), m_password->text());
}

} // namespace croupier::ui
