#include "SqliteConnection.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <system_error>
#include <unistd.h>

namespace croupier::server {

using core::ErrorCode;
using core::Result;
using core::Unexpected;
using sqlite::openError;

SqliteConnection::~SqliteConnection() {
    for (auto& [sql, stmt] : m_cache) {
        sqlite3_finalize(stmt);
    }
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::filesystem::path& file,
                                                                 const SqliteOptions& options) {
    sqlite3* db = nullptr;
    const int mode =
        options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(file.c_str(), &db, mode | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(db); // allocated even on failure
        return Unexpected(openError(rc, file, "opening database"));
    }
    auto conn = std::make_unique<SqliteConnection>(db);
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, std::max(0, options.busyTimeoutMs));
    for (const char* sql :
         {"PRAGMA foreign_keys = ON",
          options.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"}) {
        if (auto set = conn->pragma(sql, file); !set) {
            return Unexpected(set.error());
        }
    }
    return conn;
}

SqliteStatement SqliteConnection::prepare(const char* sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK) {
            return SqliteStatement(nullptr, rc);
        }
        it = m_cache.emplace(sql, stmt).first;
    }
    return SqliteStatement(it->second, SQLITE_OK);
}

Result<void> SqliteConnection::pragma(const char* sql, const std::filesystem::path& file) {
    SqliteStatement st = prepare(sql);
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        return Unexpected(openError(rc, file, "opening database"));
    }
    return {};
}

Result<void> SqliteConnection::enableWal(const std::filesystem::path& file) {
    SqliteStatement st = prepare("PRAGMA journal_mode = WAL");
    const int rc = st.step();
    if (rc != SQLITE_ROW) {
        return Unexpected(openError(rc, file, "opening database"));
    }
    if (st.text(0) != "wal") {
        return Unexpected(ErrorCode::Unavailable,
                          "opening database " + file.string() + " failed: WAL mode unavailable",
                          {{"path", file.string()}});
    }
    return {};
}

namespace sqlite {

Result<void> createPrivateFile(const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec) {
            return Unexpected(ErrorCode::Unavailable,
                              "creating directory " + file.parent_path().string() +
                                  " failed: " + ec.message(),
                              {{"path", file.parent_path().string()}});
        }
    }
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
    } else if (errno != EEXIST) {
        return Unexpected(ErrorCode::Unavailable,
                          "creating database " + file.string() +
                              " failed: " + std::generic_category().message(errno),
                          {{"path", file.string()}});
    }
    return {};
}

} // namespace sqlite

} // namespace croupier::server
