#pragma once
// Permissions: what a role grants. Permission names are dotted ("player.ban", "audit.read",
// "approval.decide"); a role grants patterns: an exact name, "<prefix>.*" (every permission that
// starts with "<prefix>."), or "*" (everything). The server checks a descriptor's
// `auth.permission` and `has_permission(...)` in `auth.allow_if` against a PermissionSet built
// from the caller's roles through a RoleTable.
// Value types, immutable after construction: const methods may be called from any thread.

#include "croupier/core/Result.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::core {

// True when `pattern` grants `permission`. An empty permission is never granted; a pattern that
// is not exact, "<prefix>.*" or "*" only matches itself (see checkPermissionPattern).
bool permissionMatches(std::string_view pattern, std::string_view permission);

// OK for "*", "a.b", "a.*", "a.b.*"; INVALID_ARGUMENT (details "pattern") for anything else, e.g.
// "", "player*", "*.ban", "a..b", "a b". Segments are letters, digits, '_' and '-'. Lets the
// server refuse a roles config with a typo instead of silently granting nothing.
Result<void> checkPermissionPattern(std::string_view pattern);

// OK for a dotted name ("player.ban", "audit"); INVALID_ARGUMENT (details "permission") for a
// pattern ("*", "player.*") or anything malformed. What a descriptor requires must be a name:
// a required "player.*" would be granted to every role holding "player.*", whatever it names.
Result<void> checkPermissionName(std::string_view permission);

class PermissionSet {
public:
    PermissionSet() = default;
    explicit PermissionSet(const std::vector<std::string>& patterns);

    bool grants(std::string_view permission) const;
    // The patterns, deduplicated, in the order first given.
    const std::vector<std::string>& patterns() const { return m_patterns; }
    bool empty() const { return m_patterns.empty(); }

private:
    std::vector<std::string> m_patterns;
    std::set<std::string, std::less<>> m_exact;
    std::vector<std::string> m_prefixes; // "player." for "player.*"
    bool m_all = false;
};

// role -> granted patterns, as loaded from the server's config.
struct RoleTable {
    std::map<std::string, std::vector<std::string>> roles;

    // The union of what `userRoles` grant; roles missing from the table grant nothing.
    PermissionSet permissionsFor(const std::vector<std::string>& userRoles) const;
    // The roles of `userRoles` missing from the table (in order, deduplicated), so the server
    // can warn about a user whose role was renamed or removed.
    std::vector<std::string> unknownRoles(const std::vector<std::string>& userRoles) const;
};

} // namespace croupier::core
