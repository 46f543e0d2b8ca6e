#pragma once
// Sign-in: the connection profile, user name and password, a status line (local server
// progress, "signing in…", errors) and a notice line (no keychain, session expired). It only
// collects input and shows state; the owner does the signing in (loginRequested) and closes it
// with accept() on success. Esc cancels. GUI thread.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace croupier::ui {

class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);

    // `names` as stored; `labels` as shown (the local profile translated), same order.
    void setProfiles(const QStringList& names, const QStringList& labels, const QString& current);
    void setUsername(const QString& username);
    QString profileName() const;
    QString username() const;
    void setBusy(bool busy, const QString& status = {});
    void setError(const QString& error);
    void setNotice(const QString& notice);
    QString errorText() const;
    QString noticeText() const;

signals:
    void loginRequested(const QString& profile, const QString& username, const QString& password);

private:
    void request();

    QComboBox* m_profile = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_notice = nullptr;
    QPushButton* m_signIn = nullptr;
};

} // namespace croupier::ui
