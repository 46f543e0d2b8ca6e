#pragma once
// AuditCsv: audit records as RFC 4180 CSV in UTF-8: a header row, then one line per record with
// every field of the record (time in UTC, ISO 8601 with milliseconds; the masked params and the
// details as compact JSON). Fields holding a comma, a double quote, CR or LF are quoted, with
// quotes doubled; lines end with CRLF. Pure functions; any thread.

#include "croupier/client/AuditRecordInfo.h"

#include <QByteArray>
#include <QString>

namespace croupier::models {

class AuditCsv {
public:
    static QByteArray headerLine();
    static QByteArray line(const client::AuditRecordInfo& record);
    // One field, quoted when it must be.
    static QString field(const QString& value);
};

} // namespace croupier::models
