#pragma once
// AuditCsv: audit records as RFC 4180 CSV in UTF-8: a header row, then one line per record with
// every field of the record (time in UTC, ISO 8601 with milliseconds; the masked params and the
// details as compact JSON). Fields holding a comma, a double quote, CR or LF are quoted, with
// quotes doubled; lines end with CRLF. A text field that a spreadsheet would run as a formula
// (it starts with =, +, -, @, tab or CR and is not a number) gets a leading apostrophe: actors,
// messages and params come from users and agents. Files start with a UTF-8 byte order mark so
// spreadsheet applications read Chinese text as UTF-8. Pure functions; any thread.

#include "croupier/client/AuditRecordInfo.h"

#include <QByteArray>
#include <QString>

namespace croupier::models {

class AuditCsv {
public:
    static QByteArray byteOrderMark();
    static QByteArray headerLine();
    static QByteArray line(const client::AuditRecordInfo& record);
    // One field, defused and quoted when it must be.
    static QString field(const QString& value);
};

} // namespace croupier::models
