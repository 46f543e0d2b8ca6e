#include "croupier/core/Permissions.h"

#include <algorithm>

namespace croupier::core {
namespace {

bool isSegmentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

// "a.b.c": non-empty segments of segment characters separated by single dots.
bool isDottedName(std::string_view name) {
    if (name.empty() || name.front() == '.' || name.back() == '.') {
        return false;
    }
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '.') {
            if (name[i + 1] == '.') {
                return false;
            }
        } else if (!isSegmentChar(name[i])) {
            return false;
        }
    }
    return true;
}

constexpr std::string_view kWildcardSuffix = ".*";

} // namespace

bool permissionMatches(std::string_view pattern, std::string_view permission) {
    if (permission.empty() || pattern.empty()) {
        return false;
    }
    if (pattern == "*") {
        return true;
    }
    if (pattern.size() > kWildcardSuffix.size() && pattern.ends_with(kWildcardSuffix)) {
        const std::string_view prefix = pattern.substr(0, pattern.size() - 1); // keeps the dot
        return permission.size() > prefix.size() && permission.starts_with(prefix);
    }
    return pattern == permission;
}

Result<void> checkPermissionPattern(std::string_view pattern) {
    std::string_view name = pattern;
    if (pattern.ends_with(kWildcardSuffix)) {
        name.remove_suffix(kWildcardSuffix.size());
    }
    if (pattern == "*" || isDottedName(name)) {
        return {};
    }
    return Unexpected(ErrorCode::InvalidArgument,
                      "invalid permission pattern \"" + std::string(pattern) +
                          "\": expected a dotted name (\"player.ban\"), a name followed by \".*\" "
                          "(\"player.*\") or \"*\"",
                      {{"pattern", std::string(pattern)}});
}

Result<void> checkPermissionName(std::string_view permission) {
    if (isDottedName(permission)) {
        return {};
    }
    return Unexpected(ErrorCode::InvalidArgument,
                      "invalid permission \"" + std::string(permission) +
                          "\": expected a dotted name such as \"player.ban\", not a pattern",
                      {{"permission", std::string(permission)}});
}

PermissionSet::PermissionSet(const std::vector<std::string>& patterns) {
    for (const std::string& pattern : patterns) {
        if (std::find(m_patterns.begin(), m_patterns.end(), pattern) != m_patterns.end()) {
            continue;
        }
        m_patterns.push_back(pattern);
        if (pattern == "*") {
            m_all = true;
        } else if (pattern.size() > kWildcardSuffix.size() && pattern.ends_with(kWildcardSuffix)) {
            m_prefixes.push_back(pattern.substr(0, pattern.size() - 1));
        } else if (!pattern.empty()) {
            m_exact.insert(pattern);
        }
    }
}

bool PermissionSet::grants(std::string_view permission) const {
    if (permission.empty()) {
        return false;
    }
    if (m_all || m_exact.contains(permission)) {
        return true;
    }
    return std::any_of(m_prefixes.begin(), m_prefixes.end(), [&](const std::string& prefix) {
        return permission.size() > prefix.size() && permission.starts_with(prefix);
    });
}

PermissionSet RoleTable::permissionsFor(const std::vector<std::string>& userRoles) const {
    std::vector<std::string> patterns;
    for (const std::string& role : userRoles) {
        const auto found = roles.find(role);
        if (found != roles.end()) {
            patterns.insert(patterns.end(), found->second.begin(), found->second.end());
        }
    }
    return PermissionSet(patterns);
}

std::vector<std::string> RoleTable::unknownRoles(const std::vector<std::string>& userRoles) const {
    std::vector<std::string> unknown;
    for (const std::string& role : userRoles) {
        if (!roles.contains(role) &&
            std::find(unknown.begin(), unknown.end(), role) == unknown.end()) {
            unknown.push_back(role);
        }
    }
    return unknown;
}

} // namespace croupier::core
