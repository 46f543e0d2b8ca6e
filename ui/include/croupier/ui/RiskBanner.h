#pragma once
// A banner above a form: the descriptor's ui.risk_warning (warning icon, amber) or a notice such
// as "This function needs approval by 2 of: lead" (information icon, blue). Text is plain (the
// descriptor is not trusted to carry markup) and wraps. Hidden while its text is empty.
// Its tint is blended from the palette's window colour, so it reads on light and dark palettes.
// GUI thread only; owned by its Qt parent.

#include "croupier/core/Descriptor.h"

#include <QFrame>

class QLabel;

namespace croupier::ui {

class RiskBanner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Warning, Notice };

    explicit RiskBanner(QWidget* parent = nullptr);

    // Shows `text` in the given style; an empty text hides the banner.
    void setMessage(const QString& text, Kind kind = Kind::Warning);
    QString text() const;
    Kind kind() const { return m_kind; }

    // "This function needs approval by 2 approvers (lead, admin) before it runs." in the UI
    // language; empty when approval is not enabled.
    static QString approvalNotice(const core::ApprovalSpec& approval);
    // The accent colour of a kind (icon side stripe and border).
    static QColor accentFor(Kind kind);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    Kind m_kind = Kind::Warning;
};

} // namespace croupier::ui
