#include "SchemaFieldLabel.h"

#include "SchemaErrorText.h"

#include <QPainter>
#include <QStyle>

namespace croupier::ui {
namespace {

const QString kMarker = QStringLiteral(" *");

} // namespace

SchemaFieldLabel::SchemaFieldLabel(const QString& text, bool required, QWidget* parent)
    : QLabel(text, parent)
    , m_required(required) {
    setTextFormat(Qt::PlainText);
    // At the top of a row that may grow (help and error lines under the editor); the form
    // layout adds a margin so the text lines up with a single-line editor's text.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (required) {
        setAccessibleName(tr("%1 (required)").arg(text));
    }
}

QSize SchemaFieldLabel::sizeHint() const {
    return QLabel::sizeHint() + QSize(markerWidth(), 0);
}

QSize SchemaFieldLabel::minimumSizeHint() const {
    return QLabel::minimumSizeHint() + QSize(markerWidth(), 0);
}

int SchemaFieldLabel::markerWidth() const {
    return m_required ? fontMetrics().horizontalAdvance(kMarker) : 0;
}

void SchemaFieldLabel::paintEvent(QPaintEvent* event) {
    QLabel::paintEvent(event);
    if (!m_required) {
        return;
    }
    const QRect area = contentsRect();
    const int textWidth = fontMetrics().horizontalAdvance(text());
    QPainter painter(this);
    painter.setPen(SchemaErrorText::color(palette()));
    const QRect marker(area.left() + textWidth, area.top(), markerWidth(), area.height());
    painter.drawText(marker, static_cast<int>(alignment()), kMarker);
}

} // namespace croupier::ui
