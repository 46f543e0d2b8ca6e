#include "SqliteErrors.h"

#include <sqlite3.h>
#include <string>

namespace croupier::server::sqlite {

using core::Error;
using core::ErrorCode;

namespace {

// The Store contract's codes: corruption is INTERNAL, I/O and lock trouble UNAVAILABLE.
ErrorCode codeFor(int rc) {
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_ERROR:
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
    case SQLITE_SCHEMA:
        return ErrorCode::Internal;
    case SQLITE_CONSTRAINT:
        return ErrorCode::FailedPrecondition;
    case SQLITE_TOOBIG:
        return ErrorCode::InvalidArgument;
    default:
        return ErrorCode::Unavailable;
    }
}

} // namespace

Error storeError(int rc, std::string_view what) {
    return Error(codeFor(rc), std::string(what) + " failed: " + sqlite3_errstr(rc),
                 {{"sqlite_code", std::to_string(rc)}});
}

Error openError(int rc, const std::filesystem::path& file, std::string_view what) {
    const int primary = rc & 0xff;
    const ErrorCode code =
        (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            ? ErrorCode::DataLoss
            : (primary == SQLITE_MISUSE ? ErrorCode::Internal : ErrorCode::Unavailable);
    return Error(code, std::string(what) + " " + file.string() + " failed: " + sqlite3_errstr(rc),
                 {{"path", file.string()}, {"sqlite_code", std::to_string(rc)}});
}

} // namespace croupier::server::sqlite
