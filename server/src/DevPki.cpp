#include "croupier/server/DevPki.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <set>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace croupier::server {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Unexpected;

namespace {

template <class T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using NameSetPtr = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES, GENERAL_NAMES_free>>;

constexpr const char* kOrganization = "Croupier (development)";
constexpr int kMaxValidDays = 3650;

// OpenSSL's reason for the last failure, and a clean error queue for the next call.
Error sslError(const std::string& what) {
    char reason[256] = "unknown error";
    if (const unsigned long code = ERR_peek_last_error(); code != 0) {
        ERR_error_string_n(code, reason, sizeof reason);
    }
    ERR_clear_error();
    return Error(ErrorCode::Internal, what + " failed: " + reason);
}

KeyPtr makeKey() {
    return KeyPtr(EVP_EC_gen("P-256"));
}

// Random positive 128-bit serial (RFC 5280 allows up to 20 octets).
bool setRandomSerial(X509* cert) {
    BnPtr bn(BN_new());
    if (!bn || BN_rand(bn.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        BN_is_zero(bn.get())) {
        return false;
    }
    return BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setSubject(X509* cert, const std::string& commonName) {
    X509_NAME* name = X509_get_subject_name(cert);
    const auto* org = reinterpret_cast<const unsigned char*>(kOrganization);
    const auto* cn = reinterpret_cast<const unsigned char*>(commonName.c_str());
    return X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, org, -1, -1, 0) == 1 &&
           X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, cn, -1, -1, 0) == 1;
}

// A certificate with everything but extensions and signature. `issuer` null = self-issued.
X509Ptr newCertificate(EVP_PKEY* key, const std::string& commonName, X509* issuer, int days) {
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(cert.get()) || !setSubject(cert.get(), commonName) ||
        X509_set_pubkey(cert.get(), key) != 1) {
        return nullptr;
    }
    X509_NAME* issuerName = X509_get_subject_name(issuer != nullptr ? issuer : cert.get());
    // notBefore a minute back tolerates small clock differences between machines.
    if (X509_set_issuer_name(cert.get(), issuerName) != 1 ||
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60) == nullptr ||
        X509_time_adj_ex(X509_getm_notAfter(cert.get()), days, 0, nullptr) == nullptr) {
        return nullptr;
    }
    return cert;
}

// Adds one extension given in openssl.cnf syntax, e.g. "critical,CA:TRUE".
bool addExtension(X509* cert, X509* issuer, int nid, const char* value) {
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool validDnsName(const std::string& name) {
    if (name.empty() || name.size() > 253 || name.front() == '.' || name.front() == '-') {
        return false;
    }
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' ||
               c == '_' || c == '*';
    });
}

// IP literals become IP SANs, anything else a DNS SAN.
Result<void> addSubjectAltNames(X509* cert, const std::vector<std::string>& names) {
    NameSetPtr set(GENERAL_NAMES_new());
    if (!set) {
        return Unexpected(sslError("allocating subject alternative names"));
    }
    for (const std::string& name : names) {
        GENERAL_NAME* entry = GENERAL_NAME_new();
        if (entry == nullptr || sk_GENERAL_NAME_push(set.get(), entry) == 0) {
            GENERAL_NAME_free(entry);
            return Unexpected(sslError("allocating subject alternative names"));
        }
        if (ASN1_OCTET_STRING* ip = a2i_IPADDRESS(name.c_str()); ip != nullptr) {
            GENERAL_NAME_set0_value(entry, GEN_IPADD, ip);
            continue;
        }
        ERR_clear_error(); // "not an IP address" is expected here
        if (!validDnsName(name)) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "\"" + name + "\" is neither a DNS name nor an IP address",
                              {{"name", name}});
        }
        ASN1_IA5STRING* dns = ASN1_IA5STRING_new();
        const int length = static_cast<int>(name.size());
        if (dns == nullptr || ASN1_STRING_set(dns, name.data(), length) != 1) {
            ASN1_IA5STRING_free(dns);
            return Unexpected(sslError("encoding a DNS name"));
        }
        GENERAL_NAME_set0_value(entry, GEN_DNS, dns);
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, set.get(), 0, X509V3_ADD_DEFAULT) != 1) {
        return Unexpected(sslError("adding subject alternative names"));
    }
    return {};
}

Result<std::string> certPem(X509* cert) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1) {
        return Unexpected(sslError("encoding a certificate"));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

// PKCS#8 ("BEGIN PRIVATE KEY"), unencrypted.
Result<std::string> keyPem(EVP_PKEY* key) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PKCS8PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return Unexpected(sslError("encoding a private key"));
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

Result<CertKey> toPem(X509* cert, EVP_PKEY* key) {
    auto certText = certPem(cert);
    auto keyText = keyPem(key);
    if (!certText || !keyText) {
        return Unexpected(!certText ? certText.error() : keyText.error());
    }
    return CertKey{std::move(*certText), std::move(*keyText)};
}

Result<void> checkNameAndDays(const std::string& commonName, int validDays) {
    if (commonName.empty() || commonName.size() > 64) { // ub-common-name
        return Unexpected(ErrorCode::InvalidArgument,
                          "a certificate name must have 1 to 64 characters");
    }
    if (validDays < 1 || validDays > kMaxValidDays) {
        return Unexpected(ErrorCode::InvalidArgument, "certificate validity must be 1 to " +
                                                          std::to_string(kMaxValidDays) + " days");
    }
    return {};
}

Result<CertKey> makeCa(const std::string& commonName, int validDays) {
    KeyPtr key = makeKey();
    X509Ptr cert = key ? newCertificate(key.get(), commonName, nullptr, validDays) : nullptr;
    // The subject key id must exist before the authority key id can copy it.
    if (!cert ||
        !addExtension(cert.get(), cert.get(), NID_basic_constraints,
                      "critical,CA:TRUE,pathlen:0") ||
        !addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), cert.get(), NID_authority_key_identifier, "keyid:always") ||
        X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0) {
        return Unexpected(sslError("creating the development CA"));
    }
    return toPem(cert.get(), key.get());
}

Result<CertKey> issueWith(X509* caCert, EVP_PKEY* caKey, const std::string& commonName, bool client,
                          const std::vector<std::string>& names, int validDays) {
    KeyPtr key = makeKey();
    X509Ptr cert = key ? newCertificate(key.get(), commonName, caCert, validDays) : nullptr;
    // Client certificates are agent identities: the server tells them from operators by this OU.
    const auto* agentOu = reinterpret_cast<const unsigned char*>(kAgentCertOu);
    if (!cert ||
        (client && X509_NAME_add_entry_by_txt(X509_get_subject_name(cert.get()), "OU",
                                              MBSTRING_UTF8, agentOu, -1, -1, 0) != 1) ||
        !addExtension(cert.get(), caCert, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), caCert, NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), caCert, NID_ext_key_usage,
                      client ? "clientAuth" : "serverAuth") ||
        !addExtension(cert.get(), caCert, NID_subject_key_identifier, "hash") ||
        !addExtension(cert.get(), caCert, NID_authority_key_identifier, "keyid:always")) {
        return Unexpected(sslError("issuing a certificate for " + commonName));
    }
    if (!names.empty()) {
        if (auto added = addSubjectAltNames(cert.get(), names); !added) {
            return Unexpected(added.error());
        }
    }
    if (X509_sign(cert.get(), caKey, EVP_sha256()) <= 0) {
        return Unexpected(sslError("signing the certificate for " + commonName));
    }
    return toPem(cert.get(), key.get());
}

int noPassword(char* /*buf*/, int /*size*/, int /*rwflag*/, void* /*userdata*/) {
    return 0;
}

X509Ptr parseCert(const std::string& pem) {
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

KeyPtr parseKey(const std::string& pem) {
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return KeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassword, nullptr) : nullptr);
}

std::string randomSuffix() {
    unsigned char bytes[4] = {};
    RAND_bytes(bytes, sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 0xf];
    }
    return out;
}

} // namespace

Result<CertKey> issueCertificate(const CertKey& ca, const std::string& commonName, bool client,
                                 const std::vector<std::string>& names, int validDays) {
    if (auto checked = checkNameAndDays(commonName, validDays); !checked) {
        return Unexpected(checked.error());
    }
    X509Ptr caCert = parseCert(ca.certPem);
    KeyPtr caKey = parseKey(ca.keyPem);
    ERR_clear_error();
    if (!caCert || !caKey) {
        return Unexpected(ErrorCode::InvalidArgument, "the CA certificate or key is not valid PEM");
    }
    if (X509_check_private_key(caCert.get(), caKey.get()) != 1 ||
        X509_check_ca(caCert.get()) == 0) {
        ERR_clear_error();
        return Unexpected(ErrorCode::InvalidArgument, "the CA key does not match a CA certificate");
    }
    return issueWith(caCert.get(), caKey.get(), commonName, client, names, validDays);
}

Result<DevPkiMaterial> generateDevPki(const PkiOptions& options) {
    std::vector<std::string> serverNames{"localhost", "127.0.0.1", "::1"};
    for (const std::string& name : options.serverNames) {
        if (std::find(serverNames.begin(), serverNames.end(), name) == serverNames.end()) {
            serverNames.push_back(name);
        }
    }
    const std::set<std::string> unique(options.agentNames.begin(), options.agentNames.end());
    if (unique.size() != options.agentNames.size()) {
        return Unexpected(ErrorCode::InvalidArgument, "agent names must be unique");
    }
    DevPkiMaterial material;
    auto ca = makeCa("Croupier Dev CA " + randomSuffix(), options.validDays);
    if (!ca) {
        return Unexpected(ca.error());
    }
    material.ca = std::move(*ca);
    auto server =
        issueCertificate(material.ca, "croupier-server", false, serverNames, options.validDays);
    if (!server) {
        return Unexpected(server.error());
    }
    material.server = std::move(*server);
    for (const std::string& name : options.agentNames) {
        auto agent = issueCertificate(material.ca, name, true, {}, options.validDays);
        if (!agent) {
            return Unexpected(agent.error());
        }
        material.agents.emplace(name, std::move(*agent));
    }
    return material;
}

namespace {

// Agent names become file names: keep them to a safe alphabet.
bool validFileStem(const std::string& name) {
    return !name.empty() && name.size() <= 64 && name.front() != '.' &&
           std::all_of(name.begin(), name.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '-' ||
                      c == '_';
           });
}

Error fileError(const std::filesystem::path& file, int err) {
    return Error(ErrorCode::Unavailable,
                 "writing " + file.string() + " failed: " + std::strerror(err),
                 {{"path", file.string()}});
}

// Writes `text` with exactly `mode` (umask does not apply). `exclusive` refuses an existing file.
Result<void> writeFile(const std::filesystem::path& file, const std::string& text, mode_t mode,
                       bool exclusive) {
    const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (exclusive ? O_EXCL : O_TRUNC);
    const int fd = ::open(file.c_str(), flags, mode);
    if (fd < 0) {
        if (errno == EEXIST) {
            return Unexpected(ErrorCode::AlreadyExists,
                              file.string() + " already exists; not overwriting it",
                              {{"path", file.string()}});
        }
        return Unexpected(fileError(file, errno));
    }
    std::size_t written = 0;
    int err = ::fchmod(fd, mode) == 0 ? 0 : errno;
    while (err == 0 && written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno != EINTR) {
            err = errno;
        }
        written += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    if (::close(fd) != 0 && err == 0) {
        err = errno;
    }
    if (err != 0) {
        return Unexpected(fileError(file, err));
    }
    return {};
}

Result<void> writeRest(const std::filesystem::path& dir, const DevPkiMaterial& material) {
    struct Item {
        std::filesystem::path file;
        const std::string* text;
        mode_t mode;
    };
    std::vector<Item> items{{dir / "ca.crt", &material.ca.certPem, 0644},
                            {dir / "server.crt", &material.server.certPem, 0644},
                            {dir / "server.key", &material.server.keyPem, 0600}};
    for (const auto& [name, certKey] : material.agents) {
        items.push_back({dir / "agents" / (name + ".crt"), &certKey.certPem, 0644});
        items.push_back({dir / "agents" / (name + ".key"), &certKey.keyPem, 0600});
    }
    for (const Item& item : items) {
        if (auto written = writeFile(item.file, *item.text, item.mode, false); !written) {
            return written;
        }
    }
    return {};
}

} // namespace

Result<void> writeDevPki(const std::filesystem::path& dir, const DevPkiMaterial& material) {
    for (const auto& [name, certKey] : material.agents) {
        if (!validFileStem(name)) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "agent name \"" + name + "\" cannot be used as a file name",
                              {{"name", name}});
        }
    }
    std::error_code ec;
    std::filesystem::create_directories(dir / "agents", ec);
    if (ec) {
        return Unexpected(ErrorCode::Unavailable,
                          "creating " + (dir / "agents").string() + " failed: " + ec.message(),
                          {{"path", dir.string()}});
    }
    // ca.key first and exclusively: it is what marks the directory as taken.
    const std::filesystem::path caKey = dir / "ca.key";
    if (auto claimed = writeFile(caKey, material.ca.keyPem, 0600, true); !claimed) {
        return claimed;
    }
    auto rest = writeRest(dir, material);
    if (!rest) {
        std::filesystem::remove(caKey, ec); // let a retry start over
    }
    return rest;
}

} // namespace croupier::server
