#include "croupier/server/CallLimiter.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

// A refused concurrency-limited call may try again after this: nothing says when a running call
// will end, so it is only a hint.
constexpr std::int64_t kConcurrencyRetryMs = 100;
// The bucket table is swept for idle full buckets when it reaches this size, and afterwards
// when it reaches twice what the last sweep kept.
constexpr std::size_t kMinSweepSize = 1024;
// Tokens are doubles; this absorbs rounding so that "10rps" after exactly 100 ms has a token.
constexpr double kEpsilon = 1e-9;

} // namespace

// Everything the limiter and its outstanding permits share. `mutex` guards `buckets`,
// `inFlight` and `nextSweep`; `clock` and `unlimited` are set once.
struct CallLimiter::State {
    struct Key {
        std::string gameId;
        std::string env;
        std::string functionId;
        bool operator==(const Key&) const = default;
    };

    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept {
            std::size_t hash = std::hash<std::string>{}(key.gameId);
            for (const std::string* part : {&key.env, &key.functionId}) {
                hash ^= std::hash<std::string>{}(*part) + 0x9e3779b97f4a7c15ULL + (hash << 6) +
                        (hash >> 2);
            }
            return hash;
        }
    };

    // Tokens as of `updated`, refilled continuously at `perSecond` up to `burst`.
    struct Bucket {
        double tokens = 0;
        double perSecond = 0;
        double burst = 0;
        core::TimePoint updated;

        double tokensAt(core::TimePoint now) const {
            if (now <= updated) {
                return tokens;
            }
            const std::chrono::duration<double> elapsed = now - updated;
            return std::min(burst, tokens + elapsed.count() * perSecond);
        }
        // A clock that went back neither refills the bucket nor freezes it.
        void refill(core::TimePoint now) {
            tokens = tokensAt(now);
            updated = now;
        }
        bool fullAt(core::TimePoint now) const { return tokensAt(now) >= burst - kEpsilon; }
    };

    explicit State(core::Clock& c)
        : clock(c) {}

    Bucket& bucketFor(const Key& key, const core::RateLimit& rate, core::TimePoint now);
    void sweep(core::TimePoint now);
    void release(const Key& key);

    core::Clock& clock;
    std::shared_ptr<Permit> unlimited; // handed to every call that takes no slot
    std::mutex mutex;
    std::unordered_map<Key, Bucket, KeyHash> buckets;
    std::unordered_map<Key, int, KeyHash> inFlight; // no entry: none in flight
    std::size_t nextSweep = kMinSweepSize;
};

// Holds one concurrency slot of one scope (or nothing) until destroyed.
class CallLimiter::Permit {
public:
    Permit() = default;
    Permit(std::shared_ptr<State> state, State::Key key)
        : m_state(std::move(state))
        , m_key(std::move(key)) {}
    ~Permit() {
        if (m_state) {
            m_state->release(m_key);
        }
    }
    Permit(const Permit&) = delete;
    Permit& operator=(const Permit&) = delete;

private:
    std::shared_ptr<State> m_state; // null: holds nothing
    State::Key m_key;
};

// The bucket of `key`, refilled to `now` and following the descriptor's current rate: when the
// rate changed, tokens earned so far are kept (up to the new burst) and refill at the new rate.
CallLimiter::State::Bucket&
CallLimiter::State::bucketFor(const Key& key, const core::RateLimit& rate, core::TimePoint now) {
    auto found = buckets.find(key);
    if (found == buckets.end()) {
        if (buckets.size() >= nextSweep) {
            sweep(now);
        }
        found = buckets.emplace(key, Bucket{rate.burst, rate.perSecond, rate.burst, now}).first;
        return found->second;
    }
    Bucket& bucket = found->second;
    bucket.refill(now);
    if (bucket.perSecond != rate.perSecond || bucket.burst != rate.burst) {
        bucket.perSecond = rate.perSecond;
        bucket.burst = rate.burst;
        bucket.tokens = std::min(bucket.tokens, bucket.burst);
    }
    return bucket;
}

// A full bucket says nothing a new one would not: drop those so that many scopes called once
// do not stay in memory.
void CallLimiter::State::sweep(core::TimePoint now) {
    std::erase_if(buckets, [now](const auto& entry) { return entry.second.fullAt(now); });
    nextSweep = std::max(kMinSweepSize, 2 * buckets.size());
}

void CallLimiter::State::release(const Key& key) {
    std::lock_guard lock(mutex);
    const auto found = inFlight.find(key);
    if (found != inFlight.end() && --found->second <= 0) {
        inFlight.erase(found);
    }
}

namespace {

std::string scopeText(const std::string& gameId, const std::string& env) {
    return gameId + "/" + env;
}

core::Error rateRefusal(const std::string& gameId, const std::string& env,
                        const core::Descriptor& descriptor, double deficit) {
    const core::RateLimit& rate = *descriptor.semantics().rateLimit;
    const double waitMs = std::ceil(deficit * 1000.0 / rate.perSecond - kEpsilon);
    const auto retryMs = static_cast<std::int64_t>(std::clamp(waitMs, 1.0, 1e12));
    return core::Error(ErrorCode::ResourceExhausted,
                       "too many calls to " + descriptor.id() + " in " + scopeText(gameId, env) +
                           ": the limit is " + rate.text + "; retry in " + std::to_string(retryMs) +
                           " ms",
                       {{"limit", "rate_limit"},
                        {"retry_after_ms", std::to_string(retryMs)},
                        {"function_id", descriptor.id()},
                        {"rate_limit", rate.text}});
}

core::Error concurrencyRefusal(const std::string& gameId, const std::string& env,
                               const core::Descriptor& descriptor) {
    const std::string cap = std::to_string(descriptor.semantics().concurrency);
    return core::Error(ErrorCode::ResourceExhausted,
                       "too many calls to " + descriptor.id() + " running in " +
                           scopeText(gameId, env) + ": at most " + cap +
                           " at a time; retry when one finishes",
                       {{"limit", "concurrency"},
                        {"retry_after_ms", std::to_string(kConcurrencyRetryMs)},
                        {"function_id", descriptor.id()},
                        {"concurrency", cap}});
}

} // namespace

CallLimiter::CallLimiter(core::Clock& clock)
    : m_state(std::make_shared<State>(clock)) {
    m_state->unlimited = std::make_shared<Permit>();
}

CallLimiter::~CallLimiter() = default;

core::Result<std::shared_ptr<CallLimiter::Permit>>
CallLimiter::acquire(const std::string& gameId, const std::string& env,
                     const core::Descriptor& descriptor) {
    const core::SemanticsSpec& limits = descriptor.semantics();
    if (!limits.rateLimit && limits.concurrency <= 0) {
        return m_state->unlimited;
    }
    State::Key key{gameId, env, descriptor.id()};
    const core::TimePoint now = m_state->clock.now();
    std::lock_guard lock(m_state->mutex);
    State::Bucket* bucket = nullptr;
    if (limits.rateLimit) {
        bucket = &m_state->bucketFor(key, *limits.rateLimit, now);
        if (bucket->tokens < 1.0 - kEpsilon) {
            return Unexpected(rateRefusal(gameId, env, descriptor, 1.0 - bucket->tokens));
        }
    }
    if (limits.concurrency > 0) {
        const auto found = m_state->inFlight.find(key);
        if (found != m_state->inFlight.end() && found->second >= limits.concurrency) {
            return Unexpected(concurrencyRefusal(gameId, env, descriptor));
        }
    }
    if (bucket != nullptr) {
        bucket->tokens = std::max(0.0, bucket->tokens - 1.0);
    }
    if (limits.concurrency <= 0) {
        return m_state->unlimited;
    }
    ++m_state->inFlight[key];
    return std::make_shared<Permit>(m_state, std::move(key));
}

std::size_t CallLimiter::trackedScopes() const {
    std::lock_guard lock(m_state->mutex);
    return m_state->buckets.size() + m_state->inFlight.size();
}

} // namespace croupier::server
