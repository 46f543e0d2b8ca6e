#pragma once
// The audit trail: an append-only, hash-chained log in the Store. Each row holds seq (1, 2, 3 ...
// server-wide) and prev_hash, the hash of the row before it ("" for seq 1); its own hash is the
// SHA-256 hex of prev_hash + "\n" + the canonical JSON of its fields (see canonicalAuditText).
// The chain continues across restarts (recover() reads the last row).
//
// Appends are group-committed by one writer thread: entries queued while a transaction commits
// go into the next one, so a durable append costs a few microseconds under load. `done` runs
// on the writer thread once the row is durable (or failed); it must not block.
//
// A batch the store refuses (disk full, a lock held elsewhere, an I/O error) is not dropped: the
// writer retries it, backing off up to Options::maxRetryDelay, until it is written or stop()
// (or Options::giveUpAfter) gives up on it. Meanwhile accepting() says no, so callers refuse new
// audited work rather than run what cannot be recorded; it also says no while more than
// Options::maxBacklog rows wait.
//
// Threads: append() from any thread, never blocks on I/O. appendSync(), query() and verify() do
// I/O: worker threads only. Callers mask sensitive params before appending.

#include "croupier/core/AuditHead.h"
#include "croupier/core/Clock.h"
#include "croupier/core/Log.h"
#include "croupier/server/Store.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace croupier::server {

struct AuditEntry {
    std::string actor;                 // username, agent id, or "system"
    std::string actorKind = "user";    // user, agent, system
    std::string action;                // "auth.login", "function.invoke", "approval.approve", ...
    std::string gameId;
    std::string env;
    std::string functionId;
    std::string target;                // job id, approval id, username, agent id ...
    nlohmann::json params;             // masked; null = none
    std::string outcome = "ok";        // "ok", "denied", or an error code name
    std::string message;
    std::int64_t durationMs = 0;
    std::string peer;
    std::map<std::string, std::string> details;
};

struct AuditVerdict {
    bool ok = true;
    std::int64_t records = 0;          // rows checked
    std::int64_t firstBrokenSeq = 0;   // 0 when ok
    std::string problem;               // e.g. "hash mismatch", "prev_hash does not match seq 41"
    core::AuditHead head;              // when ok: the last record (seq 0 for an empty chain)
};

// The text hashed for a row: prev_hash, "\n", then a JSON object of every field but hash.
std::string canonicalAuditText(const AuditRow& row);
std::string auditRowHash(const AuditRow& row);

// Walks the chain from seq 1 in pages (used by VerifyAudit and `croupier-server audit verify`).
// With `expected` (a head recorded earlier), the chain must still reach it with that hash:
// otherwise it is broken at expected.seq (rows removed from the end, or rewritten).
core::Result<AuditVerdict> verifyAuditChain(Store& store, const core::AuditHead& expected = {});

class AuditLog {
public:
    using Done = std::function<void(core::Result<std::int64_t> seq)>;
    struct Options {
        std::size_t maxBacklog = 100'000; // rows queued before accepting() says no
        std::chrono::milliseconds firstRetryDelay{20};
        std::chrono::milliseconds maxRetryDelay{2'000};
        // After failing this long a batch is given up (its callers get the error); 0 = retry
        // until stop(). For one-shot tools that must answer rather than wait.
        std::chrono::milliseconds giveUpAfter{0};
    };

    AuditLog(Store& store, core::Clock& clock, core::Logger log);
    AuditLog(Store& store, core::Clock& clock, core::Logger log, Options options);
    ~AuditLog();  // stops the writer after flushing what is queued

    // Reads the last seq and hash so the chain continues; starts the writer thread.
    core::Result<void> recover();
    void stop();

    // Stamps time, seq and hashes in queue order. `done` (optional) runs once the row is durable.
    void append(AuditEntry entry, Done done = {});
    // append() and wait for it (worker threads).
    core::Result<std::int64_t> appendSync(AuditEntry entry);

    // Whether new audited work may start (any thread, never blocks): UNAVAILABLE while the
    // store refuses the trail, RESOURCE_EXHAUSTED (retry_after_ms) while the backlog is full.
    core::Result<void> accepting() const;
    // Rows appended but not yet durable.
    std::size_t backlog() const;

    core::Result<std::vector<AuditRow>> query(const AuditFilter& filter);
    core::Result<AuditVerdict> verify(const core::AuditHead& expected = {});

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace croupier::server
