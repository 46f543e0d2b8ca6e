// AuditLog: the hash chain (canonical text, hashes, verification) and the group-committing
// writer thread.
#include "croupier/server/AuditLog.h"

#include "croupier/core/Crypto.h"

#include <algorithm>
#include <atomic>
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

// Whether `text` is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
// past U+10FFFF), the same rule nlohmann::json applies when it writes a string.
bool isUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    auto continuation = [&](unsigned char lo, unsigned char hi, int more) {
        if (end - p <= more || p[1] < lo || p[1] > hi) {
            return false;
        }
        for (int i = 2; i <= more; ++i) {
            if (p[i] < 0x80 || p[i] > 0xBF) {
                return false;
            }
        }
        p += more + 1;
        return true;
    };
    while (p < end) {
        const unsigned char c = *p;
        bool ok = true;
        if (c < 0x80) {
            ++p;
        } else if (c >= 0xC2 && c <= 0xDF) {
            ok = continuation(0x80, 0xBF, 1);
        } else if (c == 0xE0) {
            ok = continuation(0xA0, 0xBF, 2);
        } else if (c == 0xED) {
            ok = continuation(0x80, 0x9F, 2);
        } else if (c >= 0xE1 && c <= 0xEF) {
            ok = continuation(0x80, 0xBF, 2);
        } else if (c == 0xF0) {
            ok = continuation(0x90, 0xBF, 3);
        } else if (c >= 0xF1 && c <= 0xF3) {
            ok = continuation(0x80, 0xBF, 3);
        } else if (c == 0xF4) {
            ok = continuation(0x80, 0x8F, 3);
        } else {
            ok = false;
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

// `text` with invalid UTF-8 sequences replaced by U+FFFD (JSON text cannot carry them).
std::string validUtf8(std::string text) {
    if (isUtf8(text)) {
        return text;
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
AuditRow rowFromEntry(AuditEntry&& e) {
    AuditRow row;
    row.actor = validUtf8(std::move(e.actor));
    row.actorKind = validUtf8(std::move(e.actorKind));
    row.action = validUtf8(std::move(e.action));
    row.gameId = validUtf8(std::move(e.gameId));
    row.env = validUtf8(std::move(e.env));
    row.functionId = validUtf8(std::move(e.functionId));
    row.target = validUtf8(std::move(e.target));
    row.paramsJson = jsonColumn(e.params);
    row.outcome = validUtf8(std::move(e.outcome));
    row.message = validUtf8(std::move(e.message));
    row.durationMs = e.durationMs;
    row.peer = validUtf8(std::move(e.peer));
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

// The canonical JSON is one compact object with its keys in byte order. The keys before
// "prev_hash" (the head) and the target do not depend on the chain, so append() renders them
// on the caller's thread and the writer only splices in prev_hash, seq and the time.
struct CanonicalParts {
    std::string head;   // '{' + "action" ... "peer" members, no closing brace
    std::string target; // the target as a JSON string
};

// How a string goes into the canonical text: strictQuote throws Json::exception on invalid
// UTF-8, lenientQuote writes U+FFFD for it (only for rows edited outside the server).
using Quote = std::string (*)(const std::string&);
std::string strictQuote(const std::string& text) {
    return Json(text).dump();
}
std::string lenientQuote(const std::string& text) {
    return Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// A JSON column (params, details) as a member of the canonical object.
struct Column {
    std::string key;
    std::string text; // JSON text of the value
};

// A column as the store holds it, so the hash does not depend on how a store spells the JSON
// text: null when empty, the value dumped again when it parses. Text that does not parse goes
// in as a string under "<key>_text", so it cannot collide with a well-formed value (the key
// sorts into the same place).
Column storedColumn(const char* key, const std::string& text, Quote quote) {
    if (text.empty()) {
        return {key, "null"};
    }
    auto parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded()) {
        return {std::string(key) + "_text", quote(text)};
    }
    return {key, parsed.dump(-1, ' ', false, Json::error_handler_t::replace)};
}

// A column rowFromEntry() just wrote: a compact dump with sorted keys, which parses and dumps
// back to itself, so it goes in as it is (no parse and dump per append).
Column freshColumn(const char* key, const std::string& text) {
    return {key, text.empty() ? std::string("null") : text};
}

// The head and target of `row`, every member but the chain's written here, in key order.
CanonicalParts canonicalParts(const AuditRow& row, const Column& details, const Column& params,
                              Quote quote) {
    CanonicalParts parts;
    parts.head.reserve(256 + params.text.size() + details.text.size() + row.message.size());
    parts.head.append("{\"action\":").append(quote(row.action));
    parts.head.append(",\"actor\":").append(quote(row.actor));
    parts.head.append(",\"actor_kind\":").append(quote(row.actorKind));
    parts.head.append(",\"").append(details.key).append("\":").append(details.text);
    parts.head.append(",\"duration_ms\":").append(std::to_string(row.durationMs));
    parts.head.append(",\"env\":").append(quote(row.env));
    parts.head.append(",\"function_id\":").append(quote(row.functionId));
    parts.head.append(",\"game_id\":").append(quote(row.gameId));
    parts.head.append(",\"message\":").append(quote(row.message));
    parts.head.append(",\"outcome\":").append(quote(row.outcome));
    parts.head.append(",\"").append(params.key).append("\":").append(params.text);
    parts.head.append(",\"peer\":").append(quote(row.peer));
    parts.target = quote(row.target);
    return parts;
}

// The parts of a row read back from the store.
CanonicalParts storedParts(const AuditRow& row, Quote quote) {
    return canonicalParts(row, storedColumn("details", row.detailsJson, quote),
                          storedColumn("params", row.paramsJson, quote), quote);
}

// The parts of a row rowFromEntry() just made (valid UTF-8 throughout): the same text
// storedParts() gives once it is stored, which AuditLogTest checks by verifying what it appends.
CanonicalParts freshParts(const AuditRow& row) {
    return canonicalParts(row, freshColumn("details", row.detailsJson),
                          freshColumn("params", row.paramsJson), strictQuote);
}

std::string joinCanonical(const std::string& prevHash, std::int64_t seq, std::int64_t timestampMs,
                          const CanonicalParts& parts, Quote quote = strictQuote) {
    return prevHash + "\n" + parts.head + ",\"prev_hash\":" + quote(prevHash) +
           ",\"seq\":" + std::to_string(seq) + ",\"target\":" + parts.target +
           ",\"timestamp\":" + std::to_string(timestampMs) + "}";
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
    try {
        return joinCanonical(row.prevHash, row.seq, row.timestampMs, storedParts(row, strictQuote));
    } catch (const Json::exception&) {
        // Only a row edited outside the server holds invalid UTF-8; mark it so it cannot hash
        // like the valid text the replacement characters spell.
        std::string text = joinCanonical(row.prevHash, row.seq, row.timestampMs,
                                         storedParts(row, lenientQuote), lenientQuote);
        text.insert(text.size() - 1, ",\"invalid_utf8\":true");
        return text;
    }
}

std::string auditRowHash(const AuditRow& row) {
    return core::sha256Hex(canonicalAuditText(row));
}

// Reports the first record that breaks the chain: a missing seq (a deleted row), a prev_hash
// that is not the previous row's hash, or a hash that does not match the row's contents.
// `records` counts the rows read, the broken one included.
core::Result<AuditVerdict> verifyAuditChain(Store& store, const core::AuditHead& expected) {
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
            if (row.seq == expected.seq && row.hash != expected.hash) {
                return broken(row.seq, "hash differs from the head recorded for this seq", records);
            }
            expectedPrev = row.hash;
            ++expectedSeq;
        }
        if (page->size() < static_cast<std::size_t>(kVerifyPage)) {
            break;
        }
    }
    if (expected.seq >= expectedSeq) {
        return broken(expected.seq,
                      "record missing: the chain ends at seq " + std::to_string(expectedSeq - 1) +
                          ", before the recorded head (records were removed from its end)",
                      records);
    }
    AuditVerdict verdict;
    verdict.records = records;
    verdict.head = {expectedSeq - 1, expectedPrev};
    return verdict;
}

// --- the writer ---

namespace {

// Entries waiting for the writer, in append order; parts[i] and dones[i] belong to rows[i].
struct Queue {
    std::vector<AuditRow> rows;
    std::vector<CanonicalParts> parts; // empty head: render the whole text on the writer
    std::vector<AuditLog::Done> dones;

    bool empty() const { return rows.empty(); }
    void clear() {
        rows.clear();
        parts.clear();
        dones.clear();
    }
    // Moves up to `max` entries from the front of `from` to the (empty) back of this queue.
    void takeFrom(Queue& from, std::size_t max) {
        if (from.rows.size() <= max) {
            rows.swap(from.rows);
            parts.swap(from.parts);
            dones.swap(from.dones);
            return;
        }
        const auto n = static_cast<std::ptrdiff_t>(max);
        moveFront(from.rows, rows, n);
        moveFront(from.parts, parts, n);
        moveFront(from.dones, dones, n);
    }

private:
    template <class T>
    static void moveFront(std::vector<T>& from, std::vector<T>& to, std::ptrdiff_t n) {
        to.assign(std::make_move_iterator(from.begin()), std::make_move_iterator(from.begin() + n));
        from.erase(from.begin(), from.begin() + n);
    }
};

// The hashed text of a row whose seq, prev_hash and time are set.
std::string chainedText(const AuditRow& row, const CanonicalParts& parts) {
    if (!parts.head.empty()) {
        try {
            return joinCanonical(row.prevHash, row.seq, row.timestampMs, parts);
        } catch (const Json::exception&) {
            // a stored prev_hash that is not UTF-8 (edited by hand): the slow path marks it
        }
    }
    return canonicalAuditText(row);
}

} // namespace

struct AuditLog::Impl {
    Impl(Store& s, core::Clock& c, core::Logger l, Options o)
        : store(s)
        , clock(c)
        , log(std::move(l))
        , options(o) {}

    void writerLoop();
    void writeBatch(Queue& batch);
    core::Result<void> storeBatch(Queue& batch);
    void noteFailure(const core::Error& error, std::size_t rows, int failures);
    bool waitBeforeRetry(std::chrono::milliseconds delay);
    void resyncAfterFailure();
    // The head as SEQ:HASH in the server log, which usually leaves the machine: an anchor for
    // `audit verify --expect-head` that an editor of the database cannot reach.
    void logHead(const char* what) const {
        if (lastSeq > 0) {
            log.info(what, {{"head", core::formatAuditHead({lastSeq, lastHash})}});
        }
    }

    Store& store;
    core::Clock& clock;
    core::Logger log;
    const Options options;
    std::atomic<std::size_t> backlog{0}; // appended, not yet durable (or given up)
    std::atomic<bool> failing{false};    // the store refused the last attempt

    std::mutex mutex; // guards queue, running, stopped
    std::condition_variable wake;
    Queue queue;
    bool running = false; // the writer thread was started
    bool stopped = false; // stop() began: append() refuses
    std::thread writer;
    std::mutex joinMutex; // serialises stop()

    // The chain head: written by recover() before the writer starts, then by the writer only.
    std::int64_t lastSeq = 0;
    std::string lastHash;
};

void AuditLog::Impl::writerLoop() {
    Queue batch;
    while (true) {
        {
            std::unique_lock lock(mutex);
            wake.wait(lock, [&] { return !queue.empty() || stopped; });
            if (queue.empty()) {
                return; // stopped and flushed
            }
            batch.takeFrom(queue, kMaxBatch);
        }
        writeBatch(batch);
        batch.clear();
    }
}

// Stores the batch, retrying with backoff while the store refuses it (until stop() begins),
// then reports to every caller.
void AuditLog::Impl::writeBatch(Queue& batch) {
    auto stored = storeBatch(batch);
    auto delay = options.firstRetryDelay;
    int failures = 0;
    const auto firstFailure = std::chrono::steady_clock::now();
    while (!stored) {
        noteFailure(stored.error(), batch.rows.size(), ++failures);
        resyncAfterFailure();
        const bool tooLong = options.giveUpAfter.count() > 0 &&
                             std::chrono::steady_clock::now() - firstFailure >= options.giveUpAfter;
        if (tooLong || !waitBeforeRetry(delay)) {
            log.error(tooLong ? "audit records given up after retrying; they were not written"
                              : "audit records given up at shutdown; they were not written",
                      {{"records", std::to_string(batch.rows.size())}});
            break;
        }
        delay = std::min(delay * 2, options.maxRetryDelay);
        stored = storeBatch(batch);
    }
    if (stored && failing.exchange(false)) {  // a batch given up earlier may have set it
        log.info("the audit trail is written again",
                 {{"failed_attempts", std::to_string(failures)}});
    }
    backlog -= batch.rows.size();  // before the callers hear: they may look at it at once
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        if (!batch.dones[i]) {
            continue;
        }
        if (stored) {
            batch.dones[i](batch.rows[i].seq);
        } else {
            batch.dones[i](Unexpected(stored.error()));
        }
    }
}

// Chains the batch onto the head and stores it in one transaction; the head moves on success.
core::Result<void> AuditLog::Impl::storeBatch(Queue& batch) {
    std::int64_t seq = lastSeq;
    std::string prev = lastHash;
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        AuditRow& row = batch.rows[i];
        row.seq = ++seq;
        row.prevHash = std::move(prev);
        row.hash = core::sha256Hex(chainedText(row, batch.parts[i]));
        prev = row.hash;
    }
    auto stored = store.appendAudit(batch.rows);
    if (stored) {
        lastSeq = seq;
        lastHash = std::move(prev);
    }
    return stored;
}

// Logs the first failure of a batch and then every tenth, so a long outage does not flood the
// log. Params stay out of it: only the count and the store's error.
void AuditLog::Impl::noteFailure(const core::Error& error, std::size_t rows, int failures) {
    failing = true;
    if (failures == 1 || failures % 10 == 0) {
        log.error("audit append failed; retrying, and refusing audited calls meanwhile",
                  {{"records", std::to_string(rows)},
                   {"attempts", std::to_string(failures)},
                   {"error", error.message}});
    }
}

// False (at once) once stop() has begun.
bool AuditLog::Impl::waitBeforeRetry(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex);
    return !wake.wait_for(lock, delay, [this] { return stopped; });
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
    : AuditLog(store, clock, std::move(log), Options{}) {}

AuditLog::AuditLog(Store& store, core::Clock& clock, core::Logger log, Options options)
    : m_impl(std::make_unique<Impl>(store, clock, std::move(log), options)) {}

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
    m_impl->logHead("the audit chain continues");
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
            neverStarted.swap(m_impl->queue.dones);
            m_impl->backlog -= m_impl->queue.rows.size();
            m_impl->queue.clear();
        }
    }
    m_impl->wake.notify_all();
    if (m_impl->writer.joinable()) {
        m_impl->writer.join(); // the writer drains the queue before it returns
        m_impl->logHead("the audit chain stops");
    }
    for (auto& done : neverStarted) {
        if (done) {
            done(Unexpected(ErrorCode::Unavailable, "the audit log was stopped"));
        }
    }
}

void AuditLog::append(AuditEntry entry, Done done) {
    AuditRow row = rowFromEntry(std::move(entry));
    CanonicalParts parts;
    try {
        parts = freshParts(row);
    } catch (const Json::exception&) {
        // rowFromEntry made the text valid UTF-8; should it not be, the writer renders it all
    }
    {
        std::lock_guard lock(m_impl->mutex);
        if (!m_impl->stopped) {
            // Stamped under the lock so times never decrease along the queue (and the chain).
            row.timestampMs = core::toUnixMs(m_impl->clock.now());
            m_impl->queue.rows.push_back(std::move(row));
            m_impl->queue.parts.push_back(std::move(parts));
            m_impl->queue.dones.push_back(std::move(done));
            ++m_impl->backlog;
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

core::Result<void> AuditLog::accepting() const {
    if (m_impl->failing.load(std::memory_order_relaxed)) {
        return Unexpected(
            ErrorCode::Unavailable,
            "the audit trail cannot be written right now, so audited calls are "
            "refused until it can (the server log says why)",
            {{"retry_after_ms", std::to_string(m_impl->options.maxRetryDelay.count())}});
    }
    if (const std::size_t waiting = backlog(); waiting > m_impl->options.maxBacklog) {
        return Unexpected(ErrorCode::ResourceExhausted,
                          "the audit trail is " + std::to_string(waiting) +
                              " records behind; retry shortly",
                          {{"retry_after_ms", "100"}});
    }
    return {};
}

std::size_t AuditLog::backlog() const {
    return m_impl->backlog.load(std::memory_order_relaxed);
}

core::Result<std::vector<AuditRow>> AuditLog::query(const AuditFilter& filter) {
    return m_impl->store.queryAudit(filter);
}

core::Result<AuditVerdict> AuditLog::verify(const core::AuditHead& expected) {
    return verifyAuditChain(m_impl->store, expected);
}

} // namespace croupier::server
