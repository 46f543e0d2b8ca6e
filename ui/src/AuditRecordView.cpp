#include "croupier/ui/AuditRecordView.h"

#include "croupier/models/AuditModel.h"

#include <QDateTime>

namespace croupier::ui {
namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& name, const QString& valueHtml) {
    return QStringLiteral("<tr><th align=left valign=top style='padding-right:12px'>%1</th>"
                          "<td valign=top>%2</td></tr>")
        .arg(esc(name), valueHtml);
}

QString mono(const QString& s) {
    return QStringLiteral("<code>%1</code>").arg(s.isEmpty() ? QStringLiteral("—") : esc(s));
}

QString pre(const QString& s) {
    return QStringLiteral("<pre style='margin:0'>%1</pre>").arg(esc(s));
}

QString plain(const QString& s) {
    return s.isEmpty() ? QStringLiteral("—") : esc(s);
}

QString detailsHtml(const QMap<QString, QString>& details) {
    if (details.isEmpty()) {
        return QStringLiteral("—");
    }
    QString out = QStringLiteral("<table cellspacing=0 cellpadding=1>");
    for (auto it = details.cbegin(); it != details.cend(); ++it) {
        out += QStringLiteral("<tr><td style='padding-right:8px'><code>%1</code></td>"
                              "<td>%2</td></tr>")
                   .arg(esc(it.key()), esc(it.value()));
    }
    return out + QStringLiteral("</table>");
}

} // namespace

AuditRecordView::AuditRecordView(QWidget* parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("auditRecordTextBrowser"));
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    showNothing();
}

void AuditRecordView::showNothing() {
    m_record.reset();
    setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(esc(tr("Select a record to see all of its fields."))));
}

void AuditRecordView::showRecord(const client::AuditRecordInfo& r, const QString& note) {
    using models::AuditModel;
    m_record = r;
    const QString utc =
        QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    const QString actor =
        r.actorKind.isEmpty() ? plain(r.actor) : esc(tr("%1 (%2)").arg(r.actor, r.actorKind));
    const QString scope = AuditModel::scopeText(r);
    const QString duration = AuditModel::durationText(r.durationMs);
    const QString params = r.params.empty()
                               ? QStringLiteral("—")
                               : pre(QString::fromStdString(r.params.dump(
                                     2, ' ', false, nlohmann::json::error_handler_t::replace)));
    QString html;
    if (!note.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(note));
    }
    html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
    html += row(tr("Record"), esc(QStringLiteral("#%1").arg(r.seq)));
    html +=
        row(tr("Time"), esc(AuditModel::timeText(r.timestampMs)) +
                            QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(esc(utc)));
    html += row(tr("Actor"), actor);
    html += row(tr("Action"), mono(r.action));
    html += row(tr("Scope"), scope.isEmpty() ? esc(tr("none")) : esc(scope));
    html += row(tr("Function"), plain(r.functionId));
    html += row(tr("Target"), plain(r.target));
    html += row(tr("Outcome"), plain(r.outcome));
    html += row(tr("Message"), plain(r.message));
    html += row(tr("Duration"), plain(duration));
    html += row(tr("Peer"), plain(r.peer));
    html += row(tr("Parameters"), params);
    html += row(tr("Details"), detailsHtml(r.details));
    html += row(tr("Previous hash"), mono(r.prevHash));
    html += row(tr("Hash"), mono(r.hash));
    html += QStringLiteral("</table>");
    setHtml(html);
}

} // namespace croupier::ui
