#pragma once
// The Audit page's detail view: every field of one audit record — sequence number, time,
// actor, action, scope, function, target, outcome, message, duration, peer, the (masked)
// parameters as indented JSON, the details, and the chain links (previous hash, hash) — as
// selectable read-only rich text. GUI thread; owned by its Qt parent.

#include "croupier/client/AuditRecordInfo.h"

#include <QTextBrowser>
#include <optional>

namespace croupier::ui {

class AuditRecordView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit AuditRecordView(QWidget* parent = nullptr);

    // `note` (optional) is shown above the record, e.g. why it is shown.
    void showRecord(const client::AuditRecordInfo& record, const QString& note = {});
    void showNothing(); // the "select a record" hint
    std::optional<client::AuditRecordInfo> record() const { return m_record; }

private:
    std::optional<client::AuditRecordInfo> m_record;
};

} // namespace croupier::ui
