#include "croupier/models/AuditCsv.h"

#include <QDateTime>
#include <QStringList>

namespace croupier::models {
namespace {

constexpr const char* kColumns[] = {
    "seq",  "time_utc",    "actor",   "actor_kind", "action",  "game_id",
    "env",  "function_id", "target",  "outcome",    "message", "duration_ms",
    "peer", "params",      "details", "prev_hash",  "hash"};

QString compactJson(const nlohmann::json& json) {
    // Strings came through protobuf (valid UTF-8); replace, never throw, should one not be.
    return QString::fromStdString(
        json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

QString detailsJson(const QMap<QString, QString>& details) {
    nlohmann::json out = nlohmann::json::object();
    for (auto it = details.cbegin(); it != details.cend(); ++it) {
        out[it.key().toStdString()] = it.value().toStdString();
    }
    return compactJson(out);
}

QByteArray joinLine(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields) {
        quoted.append(AuditCsv::field(f));
    }
    return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection").
bool looksLikeFormula(const QString& value) {
    static const QString kTriggers = QStringLiteral("=+-@\t\r");
    if (value.isEmpty() || !kTriggers.contains(value.front())) {
        return false;
    }
    bool number = false;
    value.toDouble(&number);
    return !number;
}

} // namespace

QByteArray AuditCsv::byteOrderMark() {
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray AuditCsv::headerLine() {
    QStringList names;
    for (const char* name : kColumns) {
        names.append(QString::fromLatin1(name));
    }
    return joinLine(names);
}

QByteArray AuditCsv::line(const client::AuditRecordInfo& r) {
    const QString time =
        QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs);
    return joinLine({QString::number(r.seq), time, r.actor, r.actorKind, r.action, r.gameId, r.env,
                     r.functionId, r.target, r.outcome, r.message, QString::number(r.durationMs),
                     r.peer, compactJson(r.params), detailsJson(r.details), r.prevHash, r.hash});
}

QString AuditCsv::field(const QString& raw) {
    static const QString kSpecial = QStringLiteral(",\"\r\n");
    const QString value = looksLikeFormula(raw) ? QLatin1Char('\'') + raw : raw;
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (kSpecial.contains(c)) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        return value;
    }
    QString out = value;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace croupier::models
