#pragma once
// Checkers for the JSON Schema `format` values Croupier enforces (date-time, date, time, email,
// uri, hostname, ipv4, ipv6, uuid). Hand-written and linear in the input, unlike valijson's
// std::regex-based ones. Other formats (password, unknown names) are annotations and pass.
// Pure functions, safe from any thread.

#include <string>
#include <string_view>

namespace croupier::core::detail {

enum class Format { Unchecked, DateTime, Date, Time, Email, Uri, Hostname, Ipv4, Ipv6, Uuid };

Format formatFromName(std::string_view name);

// True when `value` is valid for `format` (always true for Unchecked).
bool checkFormat(Format format, std::string_view value);

// The violation message for `format`: "must be a valid email address".
std::string formatMessage(Format format);

} // namespace croupier::core::detail
