#include "TimeParse.h"

#include <cctype>
#include <ctime>

namespace croupier::cli {
namespace {

constexpr std::int64_t kMaxDurationMs = 100LL * 365 * 86'400'000;

// Reads exactly `digits` decimal digits at `pos`.
std::optional<int> fixedNumber(std::string_view text, std::size_t& pos, std::size_t digits) {
    if (pos + digits > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    pos += digits;
    return value;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

struct Parsed {
    std::tm tm{};
    int millis = 0;
    std::optional<int> offsetMinutes; // set when a zone was given
};

bool parseDate(std::string_view text, std::size_t& pos, Parsed& p) {
    auto year = fixedNumber(text, pos, 4);
    if (!year || !expect(text, pos, '-')) {
        return false;
    }
    auto month = fixedNumber(text, pos, 2);
    if (!month || *month < 1 || *month > 12 || !expect(text, pos, '-')) {
        return false;
    }
    auto day = fixedNumber(text, pos, 2);
    if (!day || *day < 1 || *day > daysInMonth(*year, *month) || *year < 1970) {
        return false;
    }
    p.tm.tm_year = *year - 1900;
    p.tm.tm_mon = *month - 1;
    p.tm.tm_mday = *day;
    return true;
}

bool parseFraction(std::string_view text, std::size_t& pos, Parsed& p) {
    if (!expect(text, pos, '.')) {
        return true;
    }
    const std::size_t start = pos;
    int scale = 100;
    while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0) {
        p.millis += (text[pos] - '0') * scale;
        scale /= 10;
        ++pos;
    }
    return pos > start;
}

bool parseTime(std::string_view text, std::size_t& pos, Parsed& p) {
    auto hour = fixedNumber(text, pos, 2);
    if (!hour || *hour > 23 || !expect(text, pos, ':')) {
        return false;
    }
    auto minute = fixedNumber(text, pos, 2);
    if (!minute || *minute > 59) {
        return false;
    }
    p.tm.tm_hour = *hour;
    p.tm.tm_min = *minute;
    if (expect(text, pos, ':')) {
        auto second = fixedNumber(text, pos, 2);
        if (!second || *second > 59) {
            return false;
        }
        p.tm.tm_sec = *second;
        return parseFraction(text, pos, p);
    }
    return true;
}

bool parseZone(std::string_view text, std::size_t& pos, Parsed& p) {
    if (pos == text.size()) {
        return true;
    }
    if (expect(text, pos, 'Z') || expect(text, pos, 'z')) {
        p.offsetMinutes = 0;
        return pos == text.size();
    }
    const char sign = text[pos];
    if (sign != '+' && sign != '-') {
        return false;
    }
    ++pos;
    auto hours = fixedNumber(text, pos, 2);
    expect(text, pos, ':');
    auto minutes = fixedNumber(text, pos, 2);
    if (!hours || !minutes || *hours > 14 || *minutes > 59 || pos != text.size()) {
        return false;
    }
    p.offsetMinutes = (sign == '-' ? -1 : 1) * (*hours * 60 + *minutes);
    return true;
}

} // namespace

std::optional<std::chrono::milliseconds> parseDuration(std::string_view text) {
    std::int64_t total = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::int64_t number = 0;
        const std::size_t start = pos;
        while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos])) != 0 &&
               number <= kMaxDurationMs) {
            number = number * 10 + (text[pos++] - '0');
        }
        std::size_t unitEnd = pos;
        while (unitEnd < text.size() && std::isalpha(static_cast<unsigned char>(text[unitEnd]))) {
            ++unitEnd;
        }
        const std::string_view unit = text.substr(pos, unitEnd - pos);
        const std::int64_t scale = unit == "ms"  ? 1
                                   : unit == "s" ? 1000
                                   : unit == "m" ? 60'000
                                   : unit == "h" ? 3'600'000
                                   : unit == "d" ? 86'400'000
                                   : unit == "w" ? 7 * 86'400'000LL
                                                 : 0;
        if (pos == start || scale == 0 || number > kMaxDurationMs / scale) {
            return std::nullopt;
        }
        total += number * scale;
        pos = unitEnd;
    }
    if (total <= 0 || total > kMaxDurationMs) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(total);
}

std::optional<std::int64_t> parseTimestamp(std::string_view text) {
    Parsed p;
    std::size_t pos = 0;
    if (!parseDate(text, pos, p)) {
        return std::nullopt;
    }
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == 't' || text[pos] == ' ')) {
        ++pos;
        if (!parseTime(text, pos, p)) {
            return std::nullopt;
        }
    }
    if (!parseZone(text, pos, p) || pos != text.size()) {
        return std::nullopt;
    }
    std::time_t secs = 0;
    if (p.offsetMinutes) {
        secs = ::timegm(&p.tm) - static_cast<std::time_t>(*p.offsetMinutes) * 60;
    } else {
        p.tm.tm_isdst = -1;
        secs = std::mktime(&p.tm);
    }
    if (secs < 0) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(secs) * 1000 + p.millis;
}

} // namespace croupier::cli
