#include "croupier/ui/ErrorBanner.h"

#include "WidgetKit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <cmath>

namespace croupier::ui {
namespace {

using Kind = client::CallError::Kind;

const QColor kAccent(0xdc, 0x26, 0x26);

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("errorBanner"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("errorBannerTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("dismissToolButton"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateIcon();
    hide();
}

void ErrorBanner::showError(const client::CallError& error) {
    showMessage(describe(error));
    m_text->setToolTip(error.serverMessage);
}

void ErrorBanner::showMessage(const QString& text) {
    m_text->setText(text);
    m_text->setToolTip({});
    setAccessibleName(text);
    if (text.isEmpty()) {
        hide();
    } else if (parentWidget() != nullptr) {
        show(); // a top-level banner is shown by whoever made it
    }
}

void ErrorBanner::dismiss() {
    hide();
    Q_EMIT dismissed();
}

void ErrorBanner::setDismissible(bool dismissible) {
    m_close->setVisible(dismissible);
}

QString ErrorBanner::text() const {
    return m_text->text();
}

QString ErrorBanner::describe(const client::CallError& error) {
    const QString message =
        error.message.trimmed().isEmpty() ? defaultMessage(error.kind) : error.message.trimmed();
    const QString next = hint(error);
    return next.isEmpty() ? message : message + QLatin1Char(' ') + next;
}

QString ErrorBanner::hint(const client::CallError& error) {
    if (error.kind == Kind::RateLimited && error.retryAfterMs > 0) {
        const int seconds =
            static_cast<int>(std::ceil(static_cast<double>(error.retryAfterMs) / 1000.0));
        return tr("Retry in %n s.", nullptr, seconds);
    }
    if (error.kind == Kind::PermissionDenied && !error.permission.isEmpty() &&
        !error.message.contains(error.permission)) {
        return tr("Missing permission: %1.").arg(error.permission);
    }
    return {};
}

QString ErrorBanner::defaultMessage(Kind kind) {
    switch (kind) {
    case Kind::Unauthenticated:
        return tr("Your session has ended. Please sign in again.");
    case Kind::PermissionDenied:
        return tr("You do not have permission to do this.");
    case Kind::InvalidArgument:
        return tr("Some parameters are not valid.");
    case Kind::NotFound:
        return tr("It was not found.");
    case Kind::Disabled:
        return tr("This function is disabled.");
    case Kind::FailedPrecondition:
        return tr("This cannot be done right now.");
    case Kind::NoAgent:
        return tr("No agent is online for this function.");
    case Kind::Unavailable:
        return tr("The server cannot be reached.");
    case Kind::Timeout:
        return tr("The call timed out.");
    case Kind::RateLimited:
        return tr("Too many calls; slow down.");
    case Kind::AlreadyExists:
        return tr("It already exists.");
    case Kind::Cancelled:
        return tr("The call was canceled.");
    default:
        break; // Internal, and kinds added later
    }
    return tr("Something went wrong on the server.");
}

void ErrorBanner::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kAccent, 1));
    painter.setBrush(blended(palette().color(QPalette::Window), kAccent, 0.16));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    QFrame::paintEvent(event);
}

void ErrorBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        updateIcon();
    }
    QFrame::changeEvent(event);
}

void ErrorBanner::updateIcon() {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
}

} // namespace croupier::ui
