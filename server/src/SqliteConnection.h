#pragma once
// One SQLite connection plus its prepared-statement cache (internal to the server library).
//
// Threads: not thread-safe; the SqliteStore mutex that guards the connection (m_writeMutex or
// m_readMutex) must be held for every call, including while a borrowed SqliteStatement lives.
// Ownership: owns the sqlite3 handle and every cached sqlite3_stmt; finalizes and closes them on
// destruction.

#include "SqliteStatement.h"
#include "croupier/core/Result.h"
#include "croupier/server/SqliteStore.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <unordered_map>

namespace croupier::server {

class SqliteConnection {
public:
    explicit SqliteConnection(sqlite3* db)
        : m_db(db) {}
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;
    ~SqliteConnection();

    // Opens `file` read-write with foreign keys on and the synchronous level from `options`.
    static core::Result<std::unique_ptr<SqliteConnection>> open(const std::filesystem::path& file,
                                                                const SqliteOptions& options);

    // Returns the cached statement for `sql`, preparing it on first use.
    SqliteStatement prepare(const char* sql);

    // Runs one pragma (or other statement) at open time, ignoring any row it returns; failures
    // name `file`.
    core::Result<void> pragma(const char* sql, const std::filesystem::path& file);

    // Switches the database to WAL mode. The first statement that reads the file, so a file that
    // is not a database fails here.
    core::Result<void> enableWal(const std::filesystem::path& file);

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT; rolls back when anything fails.
    template <class Body> core::Result<void> transaction(std::string_view what, Body&& body) {
        {
            SqliteStatement begin = prepare("BEGIN IMMEDIATE");
            if (auto started = sqlite::run(begin, what); !started) {
                return started;
            }
        }
        core::Result<void> result = body();
        if (result) {
            SqliteStatement commit = prepare("COMMIT");
            result = sqlite::run(commit, what);
        }
        if (!result && sqlite3_get_autocommit(m_db) == 0) {
            SqliteStatement rollback = prepare("ROLLBACK");
            (void)rollback.step();
        }
        return result;
    }

    std::int64_t changes() const { return sqlite3_changes64(m_db); }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db;
    std::unordered_map<std::string, sqlite3_stmt*> m_cache;
};

namespace sqlite {

// Creates the directory and, when missing, an empty database file readable by the owner only
// (SQLite gives its -wal and -shm files the same mode): it holds payloads and call results.
core::Result<void> createPrivateFile(const std::filesystem::path& file);

} // namespace sqlite

} // namespace croupier::server
