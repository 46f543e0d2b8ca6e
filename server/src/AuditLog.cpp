// AuditLog: the hash chain (canonical text, hashes, verification) and the group-committing
// writer thread.
#include "croupier/server/AuditLog.h"

#include "croupier/core/Crypto.h"

#include <condition_variable>
#include <future>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;
using Json = nlohmann::json;

// Rows per store transaction: big enough to amortise the commit, small enough to keep one
// transaction (and the done callbacks waiting on it) short.
constexpr std::size_t kMaxBatch = 2048;
// Rows per scanAudit() page while verifying.
constexpr int kVerifyPage = 1000;

// Embeds a stored JSON column in the canonical object, so the hash does not depend on how a
// store spells the JSON text. Text that does not parse goes in under another key, so it cannot
// collide with a well-formed value.
void embedJsonColumn(Json& object, const char* key, const std::string& text) {
    if (text.empty()) {
        object[key] = nullptr;
        return;
    }
    auto parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded()) {
        object[std::string(key) + "_text"] = text;
    } else {
        object[key] = std::move(parsed);
    }
}

// `text` with invalid UTF-8 sequences replaced by U+FFFD (JSON text cannot carry them).
std::string validUtf8(const std::string& text) {
    try {
        (void)Json(text).dump();
        return text;
    } catch (const Json::exception&) {
    }
    const auto quoted = Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
    return Json::parse(quoted).get<std::string>();
}

// Compact JSON text of `value` (invalid UTF-8 replaced), or "" for null.
std::string jsonColumn(const Json& value) {
    if (value.is_null()) {
        return {};
    }
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string detailsColumn(const std::map<std::string, std::string>& details) {
    if (details.empty()) {
        return {};
    }
    return jsonColumn(Json(details));
}

// Everything of a row but seq, time and the hashes (filled in later), with text made safe.
AuditRow rowFromEntry(const AuditEntry& e) {
    AuditRow row;
    row.actor = validUtf8(e.actor);
    row.actorKind = validUtf8(e.actorKind);
    row.action = validUtf8(e.action);
    row.gameId = validUtf8(e.gameId);
    row.env = validUtf8(e.env);
    row.functionId = validUtf8(e.functionId);
    row.target = validUtf8(e.target);
    row.paramsJson = jsonColumn(e.params);
    row.outcome = validUtf8(e.outcome);
    row.message = validUtf8(e.message);
    row.durationMs = e.durationMs;
    row.peer = validUtf8(e.peer);
    row.detailsJson = detailsColumn(e.details);
    return row;
}

AuditVerdict broken(std::int64_t seq, std::string problem, std::int64_t records) {
    AuditVerdict v;
    v.ok = false;
    v.firstBrokenSeq = seq;
    v.problem = std::move(problem);
    v.records = records;
    return v;
}

// The problem with `row` given the seq and prev_hash the chain expects there, or "".
std::string rowProblem(const AuditRow& row, std::int64_t expectedSeq,
                       const std::string& expectedPrev) {
    if (row.seq != expectedSeq) {
        return "record missing (the next record is seq " + std::to_string(row.seq) + ")";
    }
    if (row.prevHash != expectedPrev) {
        return expectedSeq == 1
                   ? std::string("prev_hash of the first record is not empty")
                   : "prev_hash does not match the hash of seq " + std::to_string(expectedSeq - 1);
    }
    if (auditRowHash(row) != row.hash) {
        return "hash mismatch (the record was changed after it was written)";
    }
    return {};
}

} // namespace

std::string canonicalAuditText(const AuditRow& row) {
    Json j = {{"seq", row.seq},         {"timestamp", row.timestampMs},
              {"actor", row.actor},     {"actor_kind", row.actorKind},
              {"action", row.action},   {"game_id", row.gameId},
              {"env", row.env},         {"function_id", row.functionId},
              {"target", row.target},   {"outcome", row.outcome},
              {"message", row.message}, {"duration_ms", row.durationMs},
              {"peer", row.peer},       {"prev_hash", row.prevHash}};
    embedJsonColumn(j, "params", row.paramsJson);
    embedJsonColumn(j, "details", row.detailsJson);
    try {
        return row.prevHash + "\n" + j.dump();
    } catch (const Json::exception&) {
        // Only a row edited outside the server holds invalid UTF-8; mark it so it cannot hash
        // like the valid text the replacement characters spell.
        j["invalid_utf8"] = true;
        return row.prevHash + "\n" + j.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

std::string auditRowHash(const AuditRow& row) {
    return core::sha256Hex(canonicalAuditText(row));
}

// Reports the first record that breaks the chain: a missing seq (a deleted row), a prev_hash
// that is not the previous row's hash, or a hash that does not match the row's contents.
// `records` counts the rows read, the broken one included.
core::Result<AuditVerdict> verifyAuditChain(Store& store) {
    std::int64_t expectedSeq = 1;
    std::string expectedPrev;
    std::int64_t records = 0;
    while (true) {
        auto page = store.scanAudit(expectedSeq, kVerifyPage);
        if (!page) {
            return Unexpected(page.error());
        }
        for (const auto& row : *page) {
            if (row.seq == expectedSeq) {
                ++records;
            }
            if (auto problem = rowProblem(row, expectedSeq, expectedPrev); !problem.empty()) {
                return broken(expectedSeq, std::move(problem), records);
            }
            expectedPrev = row.hash;
            ++expectedSeq;
        }
        if (page->size() < static_cast<std::size_t>(kVerifyPage)) {
            break;
        }
    }
    AuditVerdict verdict;
    verdict.records = records;
    return verdict;
}

// --- the writer ---

struct AuditLog::Impl {
    Impl(Store& s, core::Clock& c, core::Logger l)
        : store(s)
        , clock(c)
        , log(std::move(l)) {}

    void writerLoop();
    void writeBatch(std::vector<AuditRow>& rows, std::vector<Done>& dones);
    void resyncAfterFailure();

    Store& store;
    core::Clock& clock;
    core::Logger log;

    std::mutex mutex; // guards rows, dones, running, stopped
    std::condition_variable wake;
    std::vector<AuditRow> rows; // queued, in append order; dones[i] belongs to rows[i]
    std::vector<Done> dones;
    bool running = false; // the writer thread was started
    bool stopped = false; // stop() began: append() refuses
    std::thread writer;
    std::mutex joinMutex; // serialises stop()

    // The chain head: written by recover() before the writer starts, then by the writer only.
    std::int64_t lastSeq = 0;
    std::string lastHash;
};

void AuditLog::Impl::writerLoop() {
    std::vector<AuditRow> batch;
    std::vector<Done> batchDones;
    while (true) {
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return !rows.empty() || stopped; });
            if (rows.empty()) {
                return; // stopped and flushed
            }
            if (rows.size() <= kMaxBatch) {
                batch.swap(rows);
                batchDones.swap(dones);
            } else {
                const auto n = static_cast<std::ptrdiff_t>(kMaxBatch);
                batch.assign(std::make_move_iterator(rows.begin()),
                             std::make_move_iterator(rows.begin() + n));
                batchDones.assign(std::make_move_iterator(dones.begin()),
                                  std::make_move_iterator(dones.begin() + n));
                rows.erase(rows.begin(), rows.begin() + n);
                dones.erase(dones.begin(), dones.begin() + n);
            }
        }
        writeBatch(batch, batchDones);
        batch.clear();
        batchDones.clear();
    }
}

// Chains the batch onto the head, stores it in one transaction, then reports to every caller.
void AuditLog::Impl::writeBatch(std::vector<AuditRow>& batch, std::vector<Done>& batchDones) {
    std::int64_t seq = lastSeq;
    std::string prev = lastHash;
    for (auto& row : batch) {
        row.seq = ++seq;
        row.prevHash = std::move(prev);
        row.hash = auditRowHash(row);
        prev = row.hash;
    }
    auto stored = store.appendAudit(batch);
    if (stored) {
        lastSeq = seq;
        lastHash = std::move(prev);
    } else {
        // Params stay out of the log even on failure: only the count and the store's error.
        log.error("audit append failed; the records were not written",
                  {{"records", std::to_string(batch.size())},
                   {"first_action", batch.front().action},
                   {"error", stored.error().message}});
        resyncAfterFailure();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!batchDones[i]) {
            continue;
        }
        if (stored) {
            batchDones[i](batch[i].seq);
        } else {
            batchDones[i](Unexpected(stored.error()));
        }
    }
}

// A failed transaction wrote nothing; re-read the head in case the store says otherwise, so
// the next batch continues exactly after the last durable row.
void AuditLog::Impl::resyncAfterFailure() {
    auto last = store.lastAudit();
    if (!last) {
        return; // keep the head as it was before the failed batch
    }
    lastSeq = *last ? (*last)->seq : 0;
    lastHash = *last ? (*last)->hash : std::string();
}

AuditLog::AuditLog(Store& store, core::Clock& clock, core::Logger log)
    : m_impl(std::make_unique<Impl>(store, clock, std::move(log))) {}

AuditLog::~AuditLog() {
    stop();
}

core::Result<void> AuditLog::recover() {
    {
        std::lock_guard lock(m_impl->mutex);
        if (m_impl->stopped) {
            return Unexpected(ErrorCode::FailedPrecondition, "the audit log was stopped");
        }
        if (m_impl->running) {
            return {};
        }
    }
    auto last = m_impl->store.lastAudit();
    if (!last) {
        return Unexpected(last.error());
    }
    if (*last) {
        const AuditRow& head = **last;
        if (auditRowHash(head) != head.hash) {
            m_impl->log.warn("the last audit record does not match its hash; the chain "
                             "continues from it (run `croupier-server audit verify`)",
                             {{"seq", std::to_string(head.seq)}});
        }
        m_impl->lastSeq = head.seq;
        m_impl->lastHash = head.hash;
    }
    std::lock_guard lock(m_impl->mutex);
    m_impl->running = true;
    m_impl->writer = std::thread([impl = m_impl.get()] { impl->writerLoop(); });
    return {};
}

void AuditLog::stop() {
    std::lock_guard join(m_impl->joinMutex);
    std::vector<Done> neverStarted;
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->stopped = true;
        if (!m_impl->running) {
            neverStarted.swap(m_impl->dones);
            m_impl->rows.clear();
        }
    }
    m_impl->wake.notify_all();
    if (m_impl->writer.joinable()) {
        m_impl->writer.join(); // the writer drains the queue before it returns
    }
    for (auto& done : neverStarted) {
        if (done) {
            done(Unexpected(ErrorCode::Unavailable, "the audit log was stopped"));
        }
    }
}

void AuditLog::append(AuditEntry entry, Done done) {
    AuditRow row = rowFromEntry(entry);
    {
        std::lock_guard lock(m_impl->mutex);
        if (!m_impl->stopped) {
            // Stamped under the lock so times never decrease along the queue (and the chain).
            row.timestampMs = core::toUnixMs(m_impl->clock.now());
            m_impl->rows.push_back(std::move(row));
            m_impl->dones.push_back(std::move(done));
            m_impl->wake.notify_one();
            return;
        }
    }
    if (done) {
        done(Unexpected(ErrorCode::Unavailable, "the audit log was stopped"));
    }
}

core::Result<std::int64_t> AuditLog::appendSync(AuditEntry entry) {
    {
        std::lock_guard lock(m_impl->mutex);
        if (!m_impl->running) {
            return Unexpected(ErrorCode::Unavailable, "the audit log is not running");
        }
    }
    std::promise<core::Result<std::int64_t>> written;
    auto future = written.get_future();
    append(std::move(entry),
           [&written](core::Result<std::int64_t> seq) { written.set_value(std::move(seq)); });
    return future.get();
}

core::Result<std::vector<AuditRow>> AuditLog::query(const AuditFilter& filter) {
    return m_impl->store.queryAudit(filter);
}

core::Result<AuditVerdict> AuditLog::verify() {
    return verifyAuditChain(m_impl->store);
}

} // namespace croupier::server
