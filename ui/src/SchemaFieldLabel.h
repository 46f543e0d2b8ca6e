#pragma once
// The left-column label of a form field: plain text (cheap to lay out — a 200-field form has
// 200 of them, and rich-text labels cost a QTextDocument each) followed, for required fields,
// by a red " *" painted after the text. GUI thread only; owned by its Qt parent.

#include <QLabel>

namespace croupier::ui {

class SchemaFieldLabel : public QLabel {
    Q_OBJECT

public:
    SchemaFieldLabel(const QString& text, bool required, QWidget* parent = nullptr);

    bool isRequired() const { return m_required; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int markerWidth() const;

    bool m_required;
};

} // namespace croupier::ui
