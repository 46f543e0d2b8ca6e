#pragma once
// The Audit page's filter bar: actor, action (an editable list of the known action prefixes),
// function, game, env, outcome (editable: "ok", "denied" or an error code) and an optional
// from/to time range ("any" while its box is unticked). Enter in any field or the Apply button
// asks to apply (applyRequested); Clear empties every field and asks too. It only turns the
// fields into a client::AuditQuery; the page runs it. GUI thread; owned by its Qt parent.

#include "croupier/client/AuditRecordInfo.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace croupier::ui {

class AuditFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(QWidget* parent = nullptr);

    client::AuditQuery query() const;
    void setQuery(const client::AuditQuery& query);
    void clear();
    // Why the fields cannot be applied (human text), or "" when they can.
    QString problem() const;

signals:
    void applyRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* addLineEdit(const char* name, const QString& placeholder);
    QComboBox* addCombo(const char* name, const QString& placeholder, const QStringList& items);
    QDateTimeEdit* addDateTime(const char* name, QCheckBox* toggle, bool endOfDay);
    void buildLayout();

    QLineEdit* m_actor = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_function = nullptr;
    QLineEdit* m_game = nullptr;
    QLineEdit* m_env = nullptr;
    QComboBox* m_outcome = nullptr;
    QCheckBox* m_fromOn = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_toOn = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace croupier::ui
