#include "TextWidth.h"

#include <array>
#include <utility>

namespace croupier::cli {
namespace {

struct Decoded {
    char32_t codePoint;
    std::size_t length; // bytes consumed; 1 for an invalid byte
    bool valid;
};

Decoded decode(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        return {b0, 1, true};
    }
    const std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (len == 0 || b0 > 0xF4 || i + len > s.size()) {
        return {b0, 1, false};
    }
    char32_t cp = b0 & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) {
            return {b0, 1, false};
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, len, true};
}

constexpr std::array<std::pair<char32_t, char32_t>, 14> kWide{{
    {0x1100, 0x115F},
    {0x2E80, 0x303E},
    {0x3041, 0x33FF},
    {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},
    {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F},
    {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F},
    {0x1F900, 0x1F9FF},
    {0x20000, 0x3FFFD},
}};

std::size_t columns(const Decoded& d) {
    if (!d.valid) {
        return 1;
    }
    const char32_t c = d.codePoint;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
        return 0;
    }
    if ((c >= 0x300 && c <= 0x36F) || c == 0x200B || (c >= 0xFE00 && c <= 0xFE0F)) {
        return 0;
    }
    for (const auto& [lo, hi] : kWide) {
        if (c >= lo && c <= hi) {
            return 2;
        }
    }
    return 1;
}

} // namespace

std::size_t displayWidth(std::string_view utf8) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decode(utf8, i);
        width += columns(d);
        i += d.length;
    }
    return width;
}

std::string truncateToWidth(std::string_view utf8, std::size_t width) {
    if (displayWidth(utf8) <= width) {
        return std::string(utf8);
    }
    if (width == 0) {
        return {};
    }
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const Decoded d = decode(utf8, i);
        if (used + columns(d) > width - 1) {
            break;
        }
        out.append(utf8.substr(i, d.length));
        used += columns(d);
        i += d.length;
    }
    return out + "…";
}

std::string padToWidth(std::string_view utf8, std::size_t width) {
    std::string out(utf8);
    const std::size_t w = displayWidth(utf8);
    if (w < width) {
        out.append(width - w, ' ');
    }
    return out;
}

std::string sanitizeLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode(text, i);
        const char32_t c = d.codePoint;
        const bool control = d.valid && (c < 0x20 || (c >= 0x7F && c < 0xA0));
        if (control) {
            out.push_back(' ');
        } else {
            out.append(text.substr(i, d.length));
        }
        i += d.length;
    }
    return out;
}

std::string orDash(const std::string& text) {
    return text.empty() ? "-" : text;
}

} // namespace croupier::cli
