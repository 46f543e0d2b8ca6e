#include "JsonPointer.h"

#include "SchemaLimits.h"

namespace croupier::core::detail {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::optional<std::string> percentDecode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out += text[i];
            continue;
        }
        if (i + 2 >= text.size()) {
            return std::nullopt;
        }
        const int high = hexValue(text[i + 1]);
        const int low = hexValue(text[i + 2]);
        if (high < 0 || low < 0) {
            return std::nullopt;
        }
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

bool isArrayIndex(const std::string& token) {
    if (token.empty() || token.size() > 18 || (token.size() > 1 && token[0] == '0')) {
        return false;
    }
    for (const char c : token) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

std::string escapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

std::string joinPointer(const PointerTokens& tokens) {
    std::string out;
    for (const std::string& token : tokens) {
        out += '/';
        out += escapePointerToken(token);
    }
    return out;
}

std::optional<PointerTokens> parsePointer(std::string_view pointer) {
    PointerTokens tokens;
    if (pointer.empty()) {
        return tokens;
    }
    if (pointer.front() != '/') {
        return std::nullopt;
    }
    std::string current;
    for (std::size_t i = 1; i <= pointer.size(); ++i) {
        if (i == pointer.size() || pointer[i] == '/') {
            tokens.push_back(std::move(current));
            current.clear();
        } else if (pointer[i] == '~') {
            if (i + 1 >= pointer.size() || (pointer[i + 1] != '0' && pointer[i + 1] != '1')) {
                return std::nullopt;
            }
            current += pointer[i + 1] == '0' ? '~' : '/';
            ++i;
        } else {
            current += pointer[i];
        }
    }
    return tokens;
}

std::optional<PointerTokens> parseLocalRef(std::string_view ref) {
    if (ref.empty() || ref.front() != '#') {
        return std::nullopt;
    }
    const auto decoded = percentDecode(ref.substr(1));
    if (!decoded) {
        return std::nullopt;
    }
    return parsePointer(*decoded);
}

std::string encodeLocalRef(const PointerTokens& tokens) {
    std::string out = "#";
    for (const char c : joinPointer(tokens)) {
        if (c == '%') {
            out += "%25";
        } else {
            out += c;
        }
    }
    return out;
}

const nlohmann::json* resolvePointer(const nlohmann::json& root, const PointerTokens& tokens) {
    const nlohmann::json* node = &root;
    for (const std::string& token : tokens) {
        if (node->is_object()) {
            const auto it = node->find(token);
            if (it == node->end()) {
                return nullptr;
            }
            node = &*it;
        } else if (node->is_array() && isArrayIndex(token)) {
            const auto index = std::stoull(token);
            if (index >= node->size()) {
                return nullptr;
            }
            node = &(*node)[index];
        } else {
            return nullptr;
        }
    }
    return node;
}

const nlohmann::json* resolveLocalRefs(const nlohmann::json& root, const nlohmann::json* schema) {
    for (int hops = 0; schema != nullptr && schema->is_object(); ++hops) {
        const auto ref = schema->find("$ref");
        if (ref == schema->end()) {
            return schema;
        }
        const auto tokens =
            ref->is_string() ? parseLocalRef(ref->get_ref<const std::string&>()) : std::nullopt;
        if (!tokens || hops > kMaxInlineChain) {
            return nullptr;
        }
        schema = resolvePointer(root, *tokens);
    }
    return nullptr;
}

} // namespace croupier::core::detail
