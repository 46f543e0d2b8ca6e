#include "croupier/core/Backoff.h"

#include <algorithm>

namespace croupier::core {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, bool jitter,
                 std::uint64_t seed)
    : m_initial(std::max(initial, std::chrono::milliseconds(1)))
    , m_max(std::max(max, m_initial))
    , m_jitter(jitter)
    , m_rng(seed) {}

std::chrono::milliseconds Backoff::ceiling() const {
    // Doubling stops mattering long before 62 shifts; cap the exponent to avoid overflow.
    const int shift = std::min(m_attempt, 40);
    const double cap = static_cast<double>(m_initial.count()) * static_cast<double>(1ULL << shift);
    const double bounded = std::min(cap, static_cast<double>(m_max.count()));
    return std::chrono::milliseconds(static_cast<std::int64_t>(bounded));
}

std::chrono::milliseconds Backoff::next() {
    const std::int64_t cap = ceiling().count();
    if (!m_jitter) {
        ++m_attempt;
        return std::chrono::milliseconds(cap);
    }
    std::uniform_int_distribution<std::int64_t> pick(std::max<std::int64_t>(1, cap / 2), cap);
    ++m_attempt;
    return std::chrono::milliseconds(pick(m_rng));
}

} // namespace croupier::core
