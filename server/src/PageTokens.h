#pragma once
// Page tokens and page sizes shared by the listing RPCs (not a public interface): the keyset
// token "<created_at_ms>:<id>" of ListJobs and ListApprovals, the "<seq>" token of QueryAudit,
// and the clamp of a requested page_size. Pure functions over values: any thread.

#include "croupier/core/Result.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <utility>

namespace croupier::server::paging {

// (created_at_ms, id) of the last row of the previous page.
using Keyset = std::pair<std::int64_t, std::string>;

inline core::Error badPageToken() {
    return core::Error{core::ErrorCode::InvalidArgument,
                       "page_token is not one this server gave out",
                       {{"field", "page_token"}}};
}

// "<created_at_ms>:<id>" of the last row of a page.
inline std::string keysetToken(std::int64_t createdAtMs, const std::string& id) {
    return std::to_string(createdAtMs) + ":" + id;
}

// Empty token: no cursor (the first page). INVALID_ARGUMENT for a token not made by keysetToken.
inline core::Result<std::optional<Keyset>> parseKeysetToken(const std::string& token) {
    if (token.empty()) {
        return std::optional<Keyset>{};
    }
    const auto colon = token.find(':');
    try {
        if (colon != std::string::npos && colon > 0) {
            std::size_t used = 0;
            const std::int64_t ms = std::stoll(token.substr(0, colon), &used);
            if (used == colon) {
                return std::optional{std::make_pair(ms, token.substr(colon + 1))};
            }
        }
    } catch (const std::exception&) {
    }
    return core::Unexpected(badPageToken());
}

// Empty token: 0 (from the newest). Otherwise a positive sequence number, all digits.
inline core::Result<std::int64_t> parseSeqToken(const std::string& token) {
    if (token.empty()) {
        return std::int64_t{0};
    }
    try {
        std::size_t used = 0;
        const std::int64_t seq = std::stoll(token, &used);
        if (used == token.size() && seq > 0) {
            return seq;
        }
    } catch (const std::exception&) {
    }
    return core::Unexpected(badPageToken());
}

// `requested` when positive, else `defaultSize`; never more than `maxSize`.
inline int pageSize(int requested, int defaultSize, int maxSize) {
    return std::min(requested > 0 ? requested : defaultSize, maxSize);
}

} // namespace croupier::server::paging
