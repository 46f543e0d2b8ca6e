#include "croupier/core/PasswordHash.h"

#include <array>
#include <charconv>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <vector>

namespace croupier::core {
namespace {

constexpr std::string_view kScheme = "scrypt";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;
constexpr std::uint64_t kMaxN = std::uint64_t{1} << 20;
constexpr std::uint64_t kMaxR = 32;
constexpr std::uint64_t kMaxP = 16;
constexpr std::uint64_t kMaxMemory = std::uint64_t{256} << 20;
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string toBase64(const unsigned char* data, std::size_t size) {
    std::string out;
    out.reserve((size + 2) / 3 * 4);
    for (std::size_t i = 0; i < size; i += 3) {
        const std::uint32_t b0 = data[i];
        const std::uint32_t b1 = i + 1 < size ? data[i + 1] : 0;
        const std::uint32_t b2 = i + 2 < size ? data[i + 2] : 0;
        const std::uint32_t triple = (b0 << 16) | (b1 << 8) | b2;
        out.push_back(kBase64[(triple >> 18) & 63]);
        out.push_back(kBase64[(triple >> 12) & 63]);
        out.push_back(i + 1 < size ? kBase64[(triple >> 6) & 63] : '=');
        out.push_back(i + 2 < size ? kBase64[triple & 63] : '=');
    }
    return out;
}

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

// Strict padded base64; false on any stray character or a bad length.
bool fromBase64(std::string_view text, std::vector<unsigned char>& out) {
    if (text.empty() || text.size() % 4 != 0) {
        return false;
    }
    out.clear();
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const int pad = last ? (text[i + 3] == '=') + (text[i + 2] == '=') : 0;
        if (pad == 1 && text[i + 2] == '=') {
            return false; // "x=y=" style
        }
        std::uint32_t triple = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const int v = k >= 4 - static_cast<std::size_t>(pad) ? 0 : base64Value(text[i + k]);
            if (v < 0) {
                return false;
            }
            triple = (triple << 6) | static_cast<std::uint32_t>(v);
        }
        out.push_back(static_cast<unsigned char>(triple >> 16));
        if (pad < 2) {
            out.push_back(static_cast<unsigned char>(triple >> 8));
        }
        if (pad < 1) {
            out.push_back(static_cast<unsigned char>(triple));
        }
    }
    return true;
}

bool parseNumber(std::string_view text, std::uint64_t& out) {
    if (text.empty() || text.size() > 20 || (text.size() > 1 && text.front() == '0')) {
        return false;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

// Splits on '$' into exactly `parts.size()` fields.
template <std::size_t N>
bool splitFields(std::string_view text, std::array<std::string_view, N>& parts) {
    std::size_t i = 0;
    while (i + 1 < N) {
        const auto dollar = text.find('$');
        if (dollar == std::string_view::npos) {
            return false;
        }
        parts[i++] = text.substr(0, dollar);
        text.remove_prefix(dollar + 1);
    }
    parts[i] = text;
    return text.find('$') == std::string_view::npos;
}

bool deriveKey(std::string_view password, const unsigned char* salt, std::size_t saltLen,
               const ScryptCost& cost, unsigned char* key, std::size_t keyLen) {
    // OpenSSL's default ceiling (32 MiB) is just below what N=2^15, r=8 needs: V and B plus
    // slack, computed as OpenSSL does.
    const std::uint64_t maxmem = 128 * cost.r * (cost.n + cost.p + 2) + (std::uint64_t{1} << 20);
    static const char kEmpty[] = "";
    return EVP_PBE_scrypt(password.empty() ? kEmpty : password.data(), password.size(), salt,
                          saltLen, cost.n, cost.r, cost.p, maxmem, key, keyLen) == 1;
}

} // namespace

bool ScryptCost::withinLimits() const {
    const bool powerOfTwo = n >= 2 && (n & (n - 1)) == 0;
    return powerOfTwo && n <= kMaxN && r >= 1 && r <= kMaxR && p >= 1 && p <= kMaxP &&
           128 * r * n <= kMaxMemory;
}

Result<std::string> hashPassword(std::string_view password, const ScryptCost& cost) {
    if (!cost.withinLimits()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "scrypt cost out of range (N a power of two up to 2^20, r 1..32, "
                          "p 1..16, at most 256 MiB)");
    }
    std::array<unsigned char, kSaltBytes> salt{};
    std::array<unsigned char, kKeyBytes> key{};
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1 ||
        !deriveKey(password, salt.data(), salt.size(), cost, key.data(), key.size())) {
        return Unexpected(ErrorCode::Internal, "password hashing failed (OpenSSL scrypt)");
    }
    std::string out(kScheme);
    out += '$' + std::to_string(cost.n) + '$' + std::to_string(cost.r) + '$' +
           std::to_string(cost.p) + '$' + toBase64(salt.data(), salt.size()) + '$' +
           toBase64(key.data(), key.size());
    OPENSSL_cleanse(key.data(), key.size());
    return out;
}

bool verifyPassword(std::string_view password, std::string_view encoded) {
    std::array<std::string_view, 6> f;
    if (encoded.size() > 512 || !splitFields(encoded, f) || f[0] != kScheme) {
        return false;
    }
    ScryptCost cost;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> expected;
    if (!parseNumber(f[1], cost.n) || !parseNumber(f[2], cost.r) || !parseNumber(f[3], cost.p) ||
        !cost.withinLimits() || !fromBase64(f[4], salt) || !fromBase64(f[5], expected) ||
        salt.empty() || expected.size() < 16) {
        return false;
    }
    std::vector<unsigned char> actual(expected.size());
    if (!deriveKey(password, salt.data(), salt.size(), cost, actual.data(), actual.size())) {
        return false;
    }
    const bool same = CRYPTO_memcmp(actual.data(), expected.data(), actual.size()) == 0;
    OPENSSL_cleanse(actual.data(), actual.size());
    return same;
}

} // namespace croupier::core
