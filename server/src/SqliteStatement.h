#pragma once
// A cached prepared statement borrowed for one call (internal to the server library). Reset on
// destruction, so a read snapshot never outlives the call. A failed prepare or bind is remembered
// and reported by step().
//
// Threads and ownership: the SqliteConnection that handed it out owns (and finalizes) the
// sqlite3_stmt; use it only while holding that connection's mutex, and drop it before the call
// that borrowed it returns.

#include "SqliteErrors.h"
#include "croupier/core/Result.h"

#include <cstdint>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace croupier::server {

class SqliteStatement {
public:
    SqliteStatement(sqlite3_stmt* stmt, int rc)
        : m_stmt(stmt)
        , m_rc(rc) {}
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    ~SqliteStatement() {
        if (m_stmt != nullptr) {
            sqlite3_reset(m_stmt);
            sqlite3_clear_bindings(m_stmt);
        }
    }

    void bindText(int i, std::string_view v) {
        // data() of an empty view may be null, which SQLite would store as NULL.
        remember(sqlite3_bind_text(m_stmt, i, v.empty() ? "" : v.data(), static_cast<int>(v.size()),
                                   SQLITE_TRANSIENT));
    }
    void bindBlob(int i, std::string_view v) {
        remember(sqlite3_bind_blob(m_stmt, i, v.empty() ? "" : v.data(), static_cast<int>(v.size()),
                                   SQLITE_TRANSIENT));
    }
    void bindInt(int i, std::int64_t v) { remember(sqlite3_bind_int64(m_stmt, i, v)); }
    void bindReal(int i, double v) { remember(sqlite3_bind_double(m_stmt, i, v)); }

    int step() { return m_rc != SQLITE_OK ? m_rc : sqlite3_step(m_stmt); }

    std::string text(int col) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(m_stmt, col));
    }
    std::string blob(int col) const {
        const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
        return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(m_stmt, col));
    }
    std::int64_t integer(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }

private:
    void remember(int rc) {
        if (m_rc == SQLITE_OK) {
            m_rc = rc;
        }
    }

    sqlite3_stmt* m_stmt;
    int m_rc;
};

namespace sqlite {

// Runs a statement that returns no rows.
inline core::Result<void> run(SqliteStatement& st, std::string_view what) {
    const int rc = st.step();
    if (rc != SQLITE_DONE) {
        return core::Unexpected(storeError(rc, what));
    }
    return {};
}

// Runs a query and converts each row with `read`.
template <class Row, class Read>
core::Result<std::vector<Row>> collect(SqliteStatement& st, Read read, std::string_view what) {
    std::vector<Row> rows;
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
        rows.push_back(read(st));
    }
    if (rc != SQLITE_DONE) {
        return core::Unexpected(storeError(rc, what));
    }
    return rows;
}

// Like collect, for rows whose conversion can fail (a corrupt JSON column): `read` returns
// Result<Row> and the first failure is the answer.
template <class Row, class Read>
core::Result<std::vector<Row>> collectChecked(SqliteStatement& st, Read read,
                                              std::string_view what) {
    std::vector<Row> rows;
    int rc = SQLITE_OK;
    while ((rc = st.step()) == SQLITE_ROW) {
        core::Result<Row> row = read(st);
        if (!row) {
            return core::Unexpected(row.error());
        }
        rows.push_back(std::move(*row));
    }
    if (rc != SQLITE_DONE) {
        return core::Unexpected(storeError(rc, what));
    }
    return rows;
}

} // namespace sqlite

} // namespace croupier::server
