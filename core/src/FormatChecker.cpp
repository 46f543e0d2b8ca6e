#include "FormatChecker.h"

#include <arpa/inet.h>
#include <array>
#include <cstring>

namespace croupier::core::detail {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool isUnreserved(char c) {
    return isAlpha(c) || isDigit(c) || std::strchr("-._~", c) != nullptr;
}
bool isSubDelim(char c) {
    return c != '\0' && std::strchr("!$&'()*+,;=", c) != nullptr;
}

// Reads exactly `count` digits at `pos` as a number; -1 when they are not all digits.
int digits(std::string_view s, std::size_t pos, std::size_t count) {
    if (pos + count > s.size()) {
        return -1;
    }
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i])) {
            return -1;
        }
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool checkDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
        return false;
    }
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// RFC 3339 full-time: HH:MM:SS[.frac](Z|+HH:MM|-HH:MM).
bool checkTime(std::string_view s) {
    if (s.size() < 9 || s[2] != ':' || s[5] != ':') {
        return false;
    }
    const int hour = digits(s, 0, 2);
    const int minute = digits(s, 3, 2);
    const int second = digits(s, 6, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
        return false;
    }
    std::size_t pos = 8;
    if (pos < s.size() && s[pos] == '.') {
        const std::size_t start = ++pos;
        while (pos < s.size() && isDigit(s[pos])) {
            ++pos;
        }
        if (pos == start) {
            return false;
        }
    }
    const std::string_view offset = s.substr(pos);
    if (offset == "Z" || offset == "z") {
        return true;
    }
    if (offset.size() != 6 || (offset[0] != '+' && offset[0] != '-') || offset[3] != ':') {
        return false;
    }
    const int offsetHour = digits(offset, 1, 2);
    const int offsetMinute = digits(offset, 4, 2);
    return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

bool checkDateTime(std::string_view s) {
    return s.size() > 11 && (s[10] == 'T' || s[10] == 't') && checkDate(s.substr(0, 10)) &&
           checkTime(s.substr(11));
}

bool checkHostname(std::string_view s) {
    if (s.empty() || s.size() > 253) {
        return false;
    }
    std::size_t labelStart = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] != '.') {
            if (!isAlpha(s[i]) && !isDigit(s[i]) && s[i] != '-') {
                return false;
            }
            continue;
        }
        const std::size_t length = i - labelStart;
        if (length == 0 || length > 63 || s[labelStart] == '-' || s[i - 1] == '-') {
            return false;
        }
        labelStart = i + 1;
    }
    return true;
}

bool checkIpv4(std::string_view s) {
    int parts = 0;
    std::size_t pos = 0;
    while (parts < 4) {
        std::size_t end = pos;
        while (end < s.size() && isDigit(s[end])) {
            ++end;
        }
        const std::size_t length = end - pos;
        if (length == 0 || length > 3 || (length > 1 && s[pos] == '0') ||
            digits(s, pos, length) > 255) {
            return false;
        }
        ++parts;
        if (parts < 4) {
            if (end >= s.size() || s[end] != '.') {
                return false;
            }
            ++end;
        }
        pos = end;
    }
    return pos == s.size();
}

bool checkIpv6(std::string_view s) {
    if (s.empty() || s.size() > 45) {
        return false;
    }
    const std::string text(s);
    unsigned char buffer[16];
    return inet_pton(AF_INET6, text.c_str(), buffer) == 1;
}

bool checkUuid(std::string_view s) {
    if (s.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !isHex(s[i])) {
            return false;
        }
    }
    return true;
}

bool checkEmail(std::string_view s) {
    const std::size_t at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at > 64 || s.size() > 254) {
        return false;
    }
    const std::string_view local = s.substr(0, at);
    const std::string_view domain = s.substr(at + 1);
    if (local.front() == '.' || local.back() == '.' || local.find("..") != local.npos) {
        return false;
    }
    for (const char c : local) {
        if (!isAlpha(c) && !isDigit(c) && c != '.' && !std::strchr("!#$%&'*+/=?^_`{|}~-", c)) {
            return false;
        }
    }
    if (domain.size() > 2 && domain.front() == '[' && domain.back() == ']') {
        const std::string_view literal = domain.substr(1, domain.size() - 2);
        return literal.substr(0, 5) == "IPv6:" ? checkIpv6(literal.substr(5)) : checkIpv4(literal);
    }
    return checkHostname(domain);
}

// Characters allowed in a URI path, query or fragment (RFC 3986 pchar plus '/' and '?'),
// with percent-encoding checked.
bool checkUriPart(std::string_view s, bool allowQueryChars) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size() || !isHex(s[i + 1]) || !isHex(s[i + 2])) {
                return false;
            }
            i += 2;
        } else if (!isUnreserved(c) && !isSubDelim(c) && c != ':' && c != '@' && c != '/' &&
                   !(allowQueryChars && c == '?')) {
            return false;
        }
    }
    return true;
}

bool checkAuthority(std::string_view authority) {
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos && !checkUriPart(authority.substr(0, at), false)) {
        return false;
    }
    std::string_view hostPort = at == std::string_view::npos ? authority : authority.substr(at + 1);
    std::string_view port;
    if (!hostPort.empty() && hostPort.front() == '[') {
        const std::size_t close = hostPort.find(']');
        if (close == std::string_view::npos || !checkIpv6(hostPort.substr(1, close - 1))) {
            return false;
        }
        const std::string_view rest = hostPort.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') {
            return false;
        }
        port = rest.empty() ? rest : rest.substr(1);
    } else {
        const std::size_t colon = hostPort.rfind(':');
        if (colon != std::string_view::npos) {
            port = hostPort.substr(colon + 1);
            hostPort = hostPort.substr(0, colon);
        }
        for (const char c : hostPort) {
            if (!isUnreserved(c) && !isSubDelim(c) && c != '%') {
                return false;
            }
        }
    }
    for (const char c : port) {
        if (!isDigit(c)) {
            return false;
        }
    }
    return true;
}

// An absolute URI (RFC 3986 section 4.3 plus an optional fragment): scheme ":" hier-part.
bool checkUri(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || !isAlpha(s[0])) {
        return false;
    }
    for (std::size_t i = 1; i < colon; ++i) {
        if (!isAlpha(s[i]) && !isDigit(s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.') {
            return false;
        }
    }
    std::string_view rest = s.substr(colon + 1);
    const std::size_t hash = rest.find('#');
    if (hash != std::string_view::npos) {
        if (!checkUriPart(rest.substr(hash + 1), true)) {
            return false;
        }
        rest = rest.substr(0, hash);
    }
    if (rest.substr(0, 2) == "//") {
        rest = rest.substr(2);
        const std::size_t end = rest.find_first_of("/?");
        if (!checkAuthority(rest.substr(0, end))) {
            return false;
        }
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    }
    return checkUriPart(rest, true);
}

} // namespace

Format formatFromName(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, Format>, 9> kNames{{
        {"date-time", Format::DateTime},
        {"date", Format::Date},
        {"time", Format::Time},
        {"email", Format::Email},
        {"uri", Format::Uri},
        {"hostname", Format::Hostname},
        {"ipv4", Format::Ipv4},
        {"ipv6", Format::Ipv6},
        {"uuid", Format::Uuid},
    }};
    for (const auto& [text, format] : kNames) {
        if (text == name) {
            return format;
        }
    }
    return Format::Unchecked;
}

bool checkFormat(Format format, std::string_view value) {
    switch (format) {
    case Format::Unchecked:
        return true;
    case Format::DateTime:
        return checkDateTime(value);
    case Format::Date:
        return checkDate(value);
    case Format::Time:
        return checkTime(value);
    case Format::Email:
        return checkEmail(value);
    case Format::Uri:
        return checkUri(value);
    case Format::Hostname:
        return checkHostname(value);
    case Format::Ipv4:
        return checkIpv4(value);
    case Format::Ipv6:
        return checkIpv6(value);
    case Format::Uuid:
        return checkUuid(value);
    }
    return true;
}

std::string formatMessage(Format format) {
    switch (format) {
    case Format::Unchecked:
        return "must be valid";
    case Format::DateTime:
        return "must be a valid date-time (RFC 3339, e.g. 2026-01-31T08:00:00Z)";
    case Format::Date:
        return "must be a valid date (YYYY-MM-DD)";
    case Format::Time:
        return "must be a valid time (HH:MM:SS with a zone, e.g. 08:00:00Z)";
    case Format::Email:
        return "must be a valid email address";
    case Format::Uri:
        return "must be a valid absolute URI";
    case Format::Hostname:
        return "must be a valid hostname";
    case Format::Ipv4:
        return "must be a valid IPv4 address";
    case Format::Ipv6:
        return "must be a valid IPv6 address";
    case Format::Uuid:
        return "must be a valid UUID";
    }
    return "must be valid";
}

} // namespace croupier::core::detail
