#pragma once
// A dismissible inline message bar for a failed call (client::CallError): the human message in
// the UI language plus what the user can do about it ("Missing permission: player.ban.",
// "Retry in 3 s."). Plain text only. Hidden until showError(); the close button hides it and
// emits dismissed(). Tinted from the palette's window colour (light and dark palettes).
// GUI thread only; owned by its Qt parent.

#include "croupier/client/CallError.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace croupier::ui {

class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget* parent = nullptr);

    void showError(const client::CallError& error);
    void showMessage(const QString& text); // an error that is not a CallError
    void dismiss();
    QString text() const;
    // Whether the close button is offered (default true); off where the error is the content
    // itself, as in ResultView.
    void setDismissible(bool dismissible);

    // The full sentence shown for `error`: its message (or a default for its kind when the
    // message is empty) followed by hint().
    static QString describe(const client::CallError& error);
    // What to do next: "Retry in 3 s." (RateLimited), "Missing permission: x." (PermissionDenied,
    // unless the message names it already); empty otherwise.
    static QString hint(const client::CallError& error);
    static QString defaultMessage(client::CallError::Kind kind);

Q_SIGNALS:
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_close = nullptr;
};

} // namespace croupier::ui
