#include "croupier/core/Crypto.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <vector>

namespace croupier::core {
namespace {

std::string toHex(const unsigned char* data, std::size_t size) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(kDigits[data[i] >> 4]);
        out.push_back(kDigits[data[i] & 0x0f]);
    }
    return out;
}

// SHA-256 fetched once: EVP_sha256() makes every EVP_Digest look the algorithm up again in
// OpenSSL 3 (a lock and a table search), which doubled the cost of hashing an audit row or a
// token. Kept for the life of the process.
const EVP_MD* sha256() {
    static const EVP_MD* md = [] {
        EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? static_cast<const EVP_MD*>(fetched) : EVP_sha256();
    }();
    return md;
}

} // namespace

std::string sha256Hex(std::string_view data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest, &length, sha256(), nullptr) != 1) {
        // Only fails when OpenSSL itself is broken (no SHA-256 provider): nothing sane to return.
        std::fputs("croupier: OpenSSL SHA-256 failed\n", stderr);
        std::abort();
    }
    return toHex(digest, length);
}

std::string randomId(std::string_view prefix, int bytes) {
    const auto count = static_cast<std::size_t>(std::clamp(bytes, 1, 1024));
    std::vector<unsigned char> buffer(count);
    if (RAND_bytes(buffer.data(), static_cast<int>(count)) != 1) {
        // An identifier from a failed CSPRNG could be guessed; refusing to continue is safer.
        std::fputs("croupier: OpenSSL RAND_bytes failed\n", stderr);
        std::abort();
    }
    std::string id(prefix);
    id += toHex(buffer.data(), buffer.size());
    return id;
}

} // namespace croupier::core
