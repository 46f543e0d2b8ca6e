#include "croupier/server/IdempotencyGate.h"

namespace croupier::server {
namespace {

IdempotencyRecord recordFor(const IdempotencyKey& key) {
    IdempotencyRecord r;
    r.gameId = key.gameId;
    r.env = key.env;
    r.functionId = key.functionId;
    r.key = key.key;
    return r;
}

core::Error mismatch(const IdempotencyKey& key) {
    return core::Error(core::ErrorCode::InvalidArgument,
                       "idempotency key \"" + key.key +
                           "\" was already used with different parameters",
                       {{"field", "options.idempotency_key"}});
}

} // namespace

IdempotencyGate::IdempotencyGate(Store& store, core::ThreadPool& workers, core::Clock& clock,
                                 core::Logger log)
    : m_store(store), m_workers(workers), m_clock(clock), m_log(std::move(log)) {}

void IdempotencyGate::begin(const IdempotencyKey& key, const std::string& payloadHash,
                            const std::string& kind, BeginCallback done) {
    {
        std::unique_lock lock(m_mutex);
        auto it = m_inFlight.find(key);
        if (it != m_inFlight.end()) {
            if (it->second.payloadHash != payloadHash) {
                lock.unlock();
                done(core::Unexpected(mismatch(key)));
                return;
            }
            it->second.waiters.push_back(std::move(done)); // the first call answers us
            return;
        }
        m_inFlight.emplace(key, InFlight{payloadHash, kind, {}});
    }
    auto task = [this, key, payloadHash, kind, done] { claim(key, payloadHash, kind, done); };
    if (!m_workers.submit(std::move(task))) {
        takeWaiters(key);
        done(core::Unexpected(core::ErrorCode::Unavailable, "the server is shutting down"));
    }
}

void IdempotencyGate::claim(const IdempotencyKey& key, const std::string& payloadHash,
                            const std::string& kind, BeginCallback done) {
    IdempotencyRecord candidate = recordFor(key);
    candidate.payloadHash = payloadHash;
    candidate.kind = kind;
    candidate.state = "running";
    candidate.createdAtMs = core::toUnixMs(m_clock.now());
    auto claimed = m_store.claimIdempotency(candidate);
    if (claimed && claimed->claimed) {
        done(Begin{true, {}});
        return;
    }
    core::Result<Begin> result = Begin{};
    if (!claimed) {
        result = core::Unexpected(claimed.error());
    } else if (claimed->existing.payloadHash != payloadHash) {
        result = core::Unexpected(mismatch(key));
    } else if (claimed->existing.state == "done") {
        result = Begin{false, claimed->existing.response};
    } else {
        result = core::Unexpected(core::ErrorCode::Aborted,
                                  "a call with idempotency key \"" + key.key +
                                      "\" is still in progress; retry later");
    }
    auto waiters = takeWaiters(key);
    done(result);
    for (auto& w : waiters) {
        w(result);
    }
}

std::vector<IdempotencyGate::BeginCallback> IdempotencyGate::takeWaiters(
    const IdempotencyKey& key) {
    std::lock_guard lock(m_mutex);
    auto it = m_inFlight.find(key);
    if (it == m_inFlight.end()) {
        return {};
    }
    auto waiters = std::move(it->second.waiters);
    m_inFlight.erase(it);
    return waiters;
}

void IdempotencyGate::finish(const IdempotencyKey& key, std::string outcome,
                             std::function<void()> then) {
    auto task = [this, key, outcome = std::move(outcome), then = std::move(then)] {
        IdempotencyRecord rec = recordFor(key);
        rec.state = "done";
        rec.response = outcome;
        if (auto r = m_store.completeIdempotency(rec); !r) {
            m_log.error("could not record an idempotent call's outcome",
                        {{"function_id", key.functionId}, {"error", r.error().message}});
        }
        for (auto& w : takeWaiters(key)) {
            w(Begin{false, outcome});
        }
        if (then) {
            then();
        }
    };
    if (!m_workers.submit(task)) {
        task(); // shutting down: still answer everyone
    }
}

void IdempotencyGate::release(const IdempotencyKey& key) {
    m_workers.submit([this, key] {
        if (auto r = m_store.releaseIdempotency(recordFor(key)); !r) {
            m_log.warn("could not release an idempotency key", {{"error", r.error().message}});
        }
        for (auto& w : takeWaiters(key)) {
            w(core::Unexpected(core::ErrorCode::Unavailable,
                               "the first call with this idempotency key did not reach an agent; "
                               "retry"));
        }
    });
}

core::Result<int> IdempotencyGate::recover(
    const std::function<std::string(const IdempotencyRecord&)>& outcome) {
    auto running = m_store.listRunningIdempotency();
    if (!running) {
        return core::Unexpected(running.error());
    }
    for (auto rec : *running) {
        rec.response = outcome(rec);
        rec.state = "done";
        if (auto r = m_store.completeIdempotency(rec); !r) {
            return core::Unexpected(r.error());
        }
    }
    return static_cast<int>(running->size());
}

core::Result<int> IdempotencyGate::purge(std::chrono::milliseconds retention) {
    return m_store.purgeIdempotency(core::toUnixMs(m_clock.now() - retention));
}

} // namespace croupier::server
