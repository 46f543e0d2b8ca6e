#include "croupier/core/ConfirmMessage.h"

#include "JsonPointer.h"
#include "SensitiveFields.h"

#include <cmath>
#include <cstdint>

namespace croupier::core {
namespace {

using json = nlohmann::json;
using detail::PointerTokens;

// One piece of a parsed template: literal text, or a placeholder with its path and the exact
// text it was written as (kept visible when its value is missing).
struct Piece {
    bool placeholder = false;
    std::string text; // literal text, or the trimmed path
    std::string raw;  // placeholder only: "{ player_id }" as written
};

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// Length of the placeholder starting at `open` (a '{'), or 0 when it is not one.
std::size_t placeholderLength(std::string_view templ, std::size_t open) {
    const auto close = templ.find_first_of("{}", open + 1);
    if (close == std::string_view::npos || templ[close] != '}') {
        return 0;
    }
    const auto inner = templ.substr(open + 1, close - open - 1);
    return trimmed(inner).empty() ? 0 : close - open + 1;
}

std::vector<Piece> parseTemplate(std::string_view templ) {
    std::vector<Piece> pieces;
    std::string literal;
    auto flush = [&] {
        if (!literal.empty()) {
            pieces.push_back({false, std::move(literal), {}});
            literal.clear();
        }
    };
    std::size_t i = 0;
    while (i < templ.size()) {
        const char c = templ[i];
        const bool doubled = i + 1 < templ.size() && templ[i + 1] == c;
        if ((c == '{' || c == '}') && doubled) {
            literal += c;
            i += 2;
            continue;
        }
        const std::size_t length = c == '{' ? placeholderLength(templ, i) : 0;
        if (length == 0) {
            literal += c;
            ++i;
            continue;
        }
        flush();
        const auto raw = templ.substr(i, length);
        pieces.push_back({true, std::string(trimmed(raw.substr(1, length - 2))), std::string(raw)});
        i += length;
    }
    flush();
    return pieces;
}

PointerTokens splitPath(const std::string& path) {
    PointerTokens tokens;
    std::size_t start = 0;
    while (true) {
        const auto dot = path.find('.', start);
        tokens.push_back(path.substr(start, dot == std::string::npos ? dot : dot - start));
        if (dot == std::string::npos) {
            return tokens;
        }
        start = dot + 1;
    }
}

// Where a placeholder's value is: the tokens the walk took (for the sensitivity check) and the
// value itself; value null when absent.
struct Located {
    PointerTokens tokens;
    const json* value = nullptr;
};

Located locate(const json& payload, const std::string& path) {
    Located found{splitPath(path), nullptr};
    found.value = detail::resolvePointer(payload, found.tokens);
    if (found.value == nullptr && found.tokens.size() > 1) {
        found.tokens = {path}; // a member named "a.b"
        found.value = detail::resolvePointer(payload, found.tokens);
    }
    return found;
}

// True when a sensitive pointer names these tokens or one of their ancestors.
bool coveredBySensitive(const PointerTokens& tokens, const std::set<std::string>& pointers) {
    for (const std::string& pointer : pointers) {
        const auto parsed = detail::parsePointer(pointer);
        if (!parsed || parsed->size() > tokens.size()) {
            continue;
        }
        bool matches = true;
        for (std::size_t i = 0; i < parsed->size() && matches; ++i) {
            matches = (*parsed)[i] == "*" || (*parsed)[i] == tokens[i];
        }
        if (matches) {
            return true;
        }
    }
    return false;
}

std::string numberText(const json& value) {
    if (value.is_number_float()) {
        const double number = value.get<double>();
        constexpr double kExactIntegers = 9007199254740992.0; // 2^53
        if (std::isfinite(number) && std::trunc(number) == number &&
            std::fabs(number) <= kExactIntegers) {
            return std::to_string(static_cast<std::int64_t>(number));
        }
    }
    return value.dump();
}

} // namespace

std::string confirmValueText(const json& value) {
    if (value.is_string()) {
        return value.get_ref<const std::string&>();
    }
    if (value.is_number()) {
        return numberText(value);
    }
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::vector<std::string> confirmPlaceholders(std::string_view templ) {
    std::vector<std::string> paths;
    for (Piece& piece : parseTemplate(templ)) {
        if (piece.placeholder) {
            paths.push_back(std::move(piece.text));
        }
    }
    return paths;
}

std::string renderConfirmMessage(std::string_view templ, const json& payload,
                                 const std::set<std::string>& sensitivePointers) {
    // Masking the whole payload once hides sensitive values nested inside a placeholder's value.
    const json masked =
        sensitivePointers.empty() ? json() : detail::maskPointers(payload, sensitivePointers);
    std::string out;
    for (const Piece& piece : parseTemplate(templ)) {
        if (!piece.placeholder) {
            out += piece.text;
            continue;
        }
        const Located found = locate(payload, piece.text);
        if (found.value == nullptr) {
            out += piece.raw;
        } else if (coveredBySensitive(found.tokens, sensitivePointers)) {
            out += kMaskedValue;
        } else if (sensitivePointers.empty()) {
            out += confirmValueText(*found.value);
        } else {
            const json* shown = detail::resolvePointer(masked, found.tokens);
            out += confirmValueText(shown != nullptr ? *shown : *found.value);
        }
    }
    return out;
}

std::string renderConfirmMessage(const Descriptor& descriptor, const json& payload) {
    return renderConfirmMessage(descriptor.ui().confirmMessage, payload,
                                descriptor.sensitivePointers());
}

std::optional<json> firstPlaceholderValue(std::string_view templ, const json& payload) {
    const auto paths = confirmPlaceholders(templ);
    if (paths.empty()) {
        return std::nullopt;
    }
    const Located found = locate(payload, paths.front());
    if (found.value == nullptr) {
        return std::nullopt;
    }
    return *found.value;
}

std::optional<std::string> confirmTarget(const Descriptor& descriptor, const json& payload) {
    const auto paths = confirmPlaceholders(descriptor.ui().confirmMessage);
    if (paths.empty()) {
        return std::nullopt;
    }
    const Located found = locate(payload, paths.front());
    if (found.value == nullptr || found.value->is_structured() ||
        coveredBySensitive(found.tokens, descriptor.sensitivePointers())) {
        return std::nullopt;
    }
    std::string text = confirmValueText(*found.value);
    if (text.empty()) {
        return std::nullopt;
    }
    return text;
}

} // namespace croupier::core
