// The development PKI parsed back with OpenSSL: chains verify for the right purpose only, the
// extensions and SANs are what TLS peers check, a foreign CA does not verify, and the files on
// disk have safe modes and are never overwritten.

#include "croupier/server/DevPki.h"

#include <ctime>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace croupier::server {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;

struct X509Free {
    void operator()(X509* p) const { X509_free(p); }
};
struct KeyFree {
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyFree>;

X509Ptr parseCert(const std::string& pem) {
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    X509Ptr cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return cert;
}

KeyPtr parseKey(const std::string& pem) {
    BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size()));
    KeyPtr key(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

// X509_verify_cert against `caPem` alone, for an SSL server or client purpose.
bool verifies(const std::string& caPem, const std::string& leafPem, int purpose) {
    X509Ptr ca = parseCert(caPem);
    X509Ptr leaf = parseCert(leafPem);
    if (!ca || !leaf) {
        return false;
    }
    X509_STORE* store = X509_STORE_new();
    X509_STORE_add_cert(store, ca.get());
    X509_STORE_CTX* ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, leaf.get(), nullptr);
    X509_STORE_CTX_set_purpose(ctx, purpose);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    return ok;
}

std::string commonName(X509* cert) {
    char buf[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf);
    return buf;
}

bool isCritical(X509* cert, int nid) {
    const int index = X509_get_ext_by_NID(cert, nid, -1);
    return index >= 0 && X509_EXTENSION_get_critical(X509_get_ext(cert, index)) == 1;
}

std::string readFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

unsigned modeOf(const fs::path& file) {
    struct stat st {};
    return ::stat(file.c_str(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

class DevPkiTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        PkiOptions options;
        options.serverNames = {"croupier.example.com", "10.1.2.3", "localhost"};
        options.agentNames = {"agent", "game-7"};
        auto pki = generateDevPki(options);
        ASSERT_TRUE(pki) << pki.error().message;
        s_pki = new DevPkiMaterial(std::move(*pki));
        auto other = generateDevPki();
        ASSERT_TRUE(other) << other.error().message;
        s_other = new DevPkiMaterial(std::move(*other));
    }
    static void TearDownTestSuite() {
        delete s_pki;
        delete s_other;
    }
    static DevPkiMaterial* s_pki;
    static DevPkiMaterial* s_other;
};
DevPkiMaterial* DevPkiTest::s_pki = nullptr;
DevPkiMaterial* DevPkiTest::s_other = nullptr;

TEST_F(DevPkiTest, ServerAndAgentCertificatesVerifyAgainstTheCaForTheirPurposeOnly) {
    const DevPkiMaterial& pki = *s_pki;
    EXPECT_TRUE(verifies(pki.ca.certPem, pki.server.certPem, X509_PURPOSE_SSL_SERVER));
    EXPECT_FALSE(verifies(pki.ca.certPem, pki.server.certPem, X509_PURPOSE_SSL_CLIENT));
    ASSERT_EQ(pki.agents.size(), 2u);
    for (const auto& [name, agent] : pki.agents) {
        EXPECT_TRUE(verifies(pki.ca.certPem, agent.certPem, X509_PURPOSE_SSL_CLIENT)) << name;
        EXPECT_FALSE(verifies(pki.ca.certPem, agent.certPem, X509_PURPOSE_SSL_SERVER)) << name;
        X509Ptr cert = parseCert(agent.certPem);
        ASSERT_TRUE(cert);
        EXPECT_EQ(commonName(cert.get()), name);
    }
}

TEST_F(DevPkiTest, CertificatesFromAnotherCaDoNotVerify) {
    const DevPkiMaterial& pki = *s_pki;
    const DevPkiMaterial& other = *s_other;
    EXPECT_FALSE(verifies(pki.ca.certPem, other.server.certPem, X509_PURPOSE_SSL_SERVER));
    EXPECT_FALSE(
        verifies(pki.ca.certPem, other.agents.at("agent").certPem, X509_PURPOSE_SSL_CLIENT));
    EXPECT_FALSE(verifies(other.ca.certPem, pki.server.certPem, X509_PURPOSE_SSL_SERVER));
}

TEST_F(DevPkiTest, ServerCertificateNamesLocalhostLoopbackAndTheExtraNames) {
    X509Ptr server = parseCert(s_pki->server.certPem);
    ASSERT_TRUE(server);
    EXPECT_EQ(X509_check_host(server.get(), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(server.get(), "croupier.example.com", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "127.0.0.1", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "::1", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(server.get(), "10.1.2.3", 0), 1);
    // An IP literal is an IP SAN, not a DNS SAN; unrelated names do not match.
    EXPECT_NE(
        X509_check_host(server.get(), "10.1.2.3", 0, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT, nullptr),
        1);
    EXPECT_NE(X509_check_host(server.get(), "evil.example.com", 0, 0, nullptr), 1);
    EXPECT_NE(X509_check_ip_asc(server.get(), "10.1.2.4", 0), 1);

    auto* names = static_cast<GENERAL_NAMES*>(
        X509_get_ext_d2i(server.get(), NID_subject_alt_name, nullptr, nullptr));
    ASSERT_NE(names, nullptr);
    EXPECT_EQ(sk_GENERAL_NAME_num(names), 5); // localhost given twice is listed once
    GENERAL_NAMES_free(names);
}

TEST_F(DevPkiTest, CaAndLeafCarryTheRightExtensions) {
    X509Ptr ca = parseCert(s_pki->ca.certPem);
    X509Ptr server = parseCert(s_pki->server.certPem);
    X509Ptr agent = parseCert(s_pki->agents.at("agent").certPem);
    ASSERT_TRUE(ca && server && agent);

    EXPECT_EQ(X509_check_ca(ca.get()), 1);
    EXPECT_TRUE(isCritical(ca.get(), NID_basic_constraints));
    EXPECT_EQ(X509_get_key_usage(ca.get()), static_cast<uint32_t>(KU_KEY_CERT_SIGN | KU_CRL_SIGN));

    for (X509* leaf : {server.get(), agent.get()}) {
        EXPECT_EQ(X509_check_ca(leaf), 0);
        EXPECT_TRUE(isCritical(leaf, NID_basic_constraints));
        EXPECT_EQ(X509_get_key_usage(leaf), static_cast<uint32_t>(KU_DIGITAL_SIGNATURE));
        const ASN1_OCTET_STRING* akid = X509_get0_authority_key_id(leaf);
        ASSERT_NE(akid, nullptr);
        ASSERT_NE(X509_get0_subject_key_id(leaf), nullptr);
        EXPECT_EQ(ASN1_OCTET_STRING_cmp(akid, X509_get0_subject_key_id(ca.get())), 0);
    }
    EXPECT_EQ(X509_get_extended_key_usage(server.get()), static_cast<uint32_t>(XKU_SSL_SERVER));
    EXPECT_EQ(X509_get_extended_key_usage(agent.get()), static_cast<uint32_t>(XKU_SSL_CLIENT));
}

TEST_F(DevPkiTest, CertificatesAreV3EcdsaP256WithRandomSerialsAndBackdatedStart) {
    std::vector<X509Ptr> certs;
    certs.push_back(parseCert(s_pki->ca.certPem));
    certs.push_back(parseCert(s_pki->server.certPem));
    certs.push_back(parseCert(s_pki->agents.at("agent").certPem));
    certs.push_back(parseCert(s_pki->agents.at("game-7").certPem));
    std::set<std::string> serials;
    const std::time_t now = std::time(nullptr);
    for (const X509Ptr& cert : certs) {
        ASSERT_TRUE(cert);
        EXPECT_EQ(X509_get_version(cert.get()), X509_VERSION_3);
        EXPECT_EQ(X509_get_signature_nid(cert.get()), NID_ecdsa_with_SHA256);
        char group[64] = {};
        EXPECT_EQ(EVP_PKEY_get_utf8_string_param(X509_get0_pubkey(cert.get()),
                                                 OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                                 nullptr),
                  1);
        EXPECT_STREQ(group, "prime256v1");

        BIGNUM* serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr);
        EXPECT_LE(BN_num_bits(serial), 128);
        EXPECT_GT(BN_num_bits(serial), 64); // fails once in 2^64 runs
        char* hex = BN_bn2hex(serial);
        serials.insert(hex);
        OPENSSL_free(hex);
        BN_free(serial);

        std::time_t fiftySecondsAgo = now - 50;
        std::time_t fiveMinutesAgo = now - 300;
        EXPECT_LT(X509_cmp_time(X509_get0_notBefore(cert.get()), &fiftySecondsAgo), 0);
        EXPECT_GT(X509_cmp_time(X509_get0_notBefore(cert.get()), &fiveMinutesAgo), 0);
        std::time_t in824Days = now + 824LL * 86400;
        EXPECT_GT(X509_cmp_time(X509_get0_notAfter(cert.get()), &in824Days), 0);
    }
    EXPECT_EQ(serials.size(), certs.size());
}

TEST_F(DevPkiTest, KeysArePkcs8PemMatchingTheirCertificates) {
    std::vector<const CertKey*> pairs{&s_pki->ca, &s_pki->server, &s_pki->agents.at("agent")};
    for (const CertKey* pair : pairs) {
        EXPECT_EQ(pair->keyPem.rfind("-----BEGIN PRIVATE KEY-----\n", 0), 0u);
        EXPECT_EQ(pair->certPem.rfind("-----BEGIN CERTIFICATE-----\n", 0), 0u);
        X509Ptr cert = parseCert(pair->certPem);
        KeyPtr key = parseKey(pair->keyPem);
        ASSERT_TRUE(cert && key);
        EXPECT_EQ(X509_check_private_key(cert.get(), key.get()), 1);
    }
    X509Ptr agentCert = parseCert(s_pki->agents.at("agent").certPem);
    KeyPtr serverKey = parseKey(s_pki->server.keyPem);
    EXPECT_NE(X509_check_private_key(agentCert.get(), serverKey.get()), 1);
}

TEST_F(DevPkiTest, IssueCertificateSignsWithTheGivenCa) {
    auto extra = issueCertificate(s_pki->ca, "ops-bot", true);
    ASSERT_TRUE(extra) << extra.error().message;
    EXPECT_TRUE(verifies(s_pki->ca.certPem, extra->certPem, X509_PURPOSE_SSL_CLIENT));
    EXPECT_FALSE(verifies(s_other->ca.certPem, extra->certPem, X509_PURPOSE_SSL_CLIENT));

    auto server = issueCertificate(s_pki->ca, "edge", false, {"edge.internal", "192.168.1.9"});
    ASSERT_TRUE(server) << server.error().message;
    X509Ptr cert = parseCert(server->certPem);
    EXPECT_EQ(X509_check_host(cert.get(), "edge.internal", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_ip_asc(cert.get(), "192.168.1.9", 0), 1);
    EXPECT_NE(X509_check_host(cert.get(), "localhost", 0, 0, nullptr), 1);
}

TEST_F(DevPkiTest, IssueCertificateRejectsBadInput) {
    auto badCa = issueCertificate({"not pem", "not pem"}, "x", true);
    ASSERT_FALSE(badCa);
    EXPECT_EQ(badCa.error().code, ErrorCode::InvalidArgument);

    auto leafAsCa = issueCertificate(s_pki->server, "x", true); // key matches, but not a CA
    ASSERT_FALSE(leafAsCa);
    EXPECT_EQ(leafAsCa.error().code, ErrorCode::InvalidArgument);

    auto wrongKey = issueCertificate({s_pki->ca.certPem, s_other->ca.keyPem}, "x", true);
    ASSERT_FALSE(wrongKey);
    EXPECT_EQ(wrongKey.error().code, ErrorCode::InvalidArgument);

    auto badName = issueCertificate(s_pki->ca, "x", false, {"bad name,DNS:evil.com"});
    ASSERT_FALSE(badName);
    EXPECT_EQ(badName.error().code, ErrorCode::InvalidArgument);

    EXPECT_FALSE(issueCertificate(s_pki->ca, "", true));
    EXPECT_FALSE(issueCertificate(s_pki->ca, "x", true, {}, 0));

    PkiOptions twice;
    twice.agentNames = {"a", "a"};
    auto duplicate = generateDevPki(twice);
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.error().code, ErrorCode::InvalidArgument);
}

class DevPkiFilesTest : public DevPkiTest {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "croupier-pki-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_root = pattern;
        m_dir = m_root / "data" / "pki";
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(m_root, ec);
    }
    fs::path m_root;
    fs::path m_dir;
};

TEST_F(DevPkiFilesTest, WritesEveryFileWithKeysPrivate) {
    ASSERT_TRUE(writeDevPki(m_dir, *s_pki));
    EXPECT_EQ(readFile(m_dir / "ca.crt"), s_pki->ca.certPem);
    EXPECT_EQ(readFile(m_dir / "ca.key"), s_pki->ca.keyPem);
    EXPECT_EQ(readFile(m_dir / "server.crt"), s_pki->server.certPem);
    EXPECT_EQ(readFile(m_dir / "server.key"), s_pki->server.keyPem);
    EXPECT_EQ(readFile(m_dir / "agents" / "game-7.crt"), s_pki->agents.at("game-7").certPem);
    EXPECT_EQ(readFile(m_dir / "agents" / "game-7.key"), s_pki->agents.at("game-7").keyPem);

    for (const char* key : {"ca.key", "server.key", "agents/agent.key", "agents/game-7.key"}) {
        EXPECT_EQ(modeOf(m_dir / key), 0600u) << key;
    }
    for (const char* cert : {"ca.crt", "server.crt", "agents/agent.crt", "agents/game-7.crt"}) {
        EXPECT_EQ(modeOf(m_dir / cert), 0644u) << cert;
    }
}

TEST_F(DevPkiFilesTest, RefusesToOverwriteAnExistingCa) {
    ASSERT_TRUE(writeDevPki(m_dir, *s_pki));
    auto again = writeDevPki(m_dir, *s_other);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_NE(again.error().message.find("ca.key"), std::string::npos);
    EXPECT_EQ(readFile(m_dir / "ca.key"), s_pki->ca.keyPem);
    EXPECT_EQ(readFile(m_dir / "server.crt"), s_pki->server.certPem);
}

TEST_F(DevPkiFilesTest, RejectsAgentNamesThatAreNotSafeFileNames) {
    DevPkiMaterial material = *s_pki;
    material.agents.emplace("../escape", s_pki->agents.at("agent"));
    auto written = writeDevPki(m_dir, material);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(fs::exists(m_dir / "ca.key"));
    EXPECT_FALSE(fs::exists(m_root / "data" / "escape.key"));
}

} // namespace
} // namespace croupier::server
