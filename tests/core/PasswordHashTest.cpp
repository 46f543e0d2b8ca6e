// Password hashes: round trip, salted, self-describing with the default cost, refusing wrong
// passwords and every kind of damaged or hostile stored string without crashing.

#include "croupier/core/PasswordHash.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace croupier::core {
namespace {

// Cheap enough for a unit test; the default cost is checked once below.
const ScryptCost kFast{1 << 4, 1, 1};

std::string fastHash(const std::string& password) {
    auto hash = hashPassword(password, kFast);
    EXPECT_TRUE(hash) << hash.error().message;
    return hash ? *hash : std::string();
}

TEST(PasswordHashTest, RightPasswordVerifiesWrongOneDoesNot) {
    const auto hash = fastHash("correct horse");
    EXPECT_TRUE(verifyPassword("correct horse", hash));
    EXPECT_FALSE(verifyPassword("correct horsE", hash));
    EXPECT_FALSE(verifyPassword("correct hors", hash));
    EXPECT_FALSE(verifyPassword("", hash));
}

TEST(PasswordHashTest, HashNeverContainsThePasswordAndIsSaltedPerCall) {
    const auto a = fastHash("s3cret-password");
    const auto b = fastHash("s3cret-password");
    EXPECT_NE(a, b);
    EXPECT_EQ(a.find("s3cret"), std::string::npos);
    EXPECT_TRUE(verifyPassword("s3cret-password", a));
    EXPECT_TRUE(verifyPassword("s3cret-password", b));
}

TEST(PasswordHashTest, DefaultCostIsScryptTwoToTheFifteenth) {
    auto hash = hashPassword("default-cost password");
    ASSERT_TRUE(hash) << hash.error().message;
    EXPECT_EQ(hash->rfind("scrypt$32768$8$1$", 0), 0u) << *hash;
    EXPECT_TRUE(verifyPassword("default-cost password", *hash));
    EXPECT_FALSE(verifyPassword("default-cost passworD", *hash));
}

TEST(PasswordHashTest, EncodingHasSixFieldsWithSixteenByteSalt) {
    const auto hash = fastHash("abcdefgh");
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t dollar; (dollar = hash.find('$', start)) != std::string::npos;
         start = dollar + 1) {
        fields.push_back(hash.substr(start, dollar - start));
    }
    fields.push_back(hash.substr(start));
    ASSERT_EQ(fields.size(), 6u) << hash;
    EXPECT_EQ(fields[0], "scrypt");
    EXPECT_EQ(fields[1], "16");
    EXPECT_EQ(fields[4].size(), 24u); // 16 bytes base64
    EXPECT_EQ(fields[5].size(), 44u); // 32 bytes base64
}

TEST(PasswordHashTest, NonAsciiAndLongPasswordsWork) {
    const std::string chinese = "密码-口令-パスワード";
    const std::string longOne(5000, 'x');
    EXPECT_TRUE(verifyPassword(chinese, fastHash(chinese)));
    EXPECT_TRUE(verifyPassword(longOne, fastHash(longOne)));
    EXPECT_FALSE(verifyPassword(longOne + "y", fastHash(longOne)));
}

TEST(PasswordHashTest, CostOutsideLimitsIsRefused) {
    EXPECT_FALSE(hashPassword("abcdefgh", ScryptCost{1000, 8, 1}));    // not a power of 2
    EXPECT_FALSE(hashPassword("abcdefgh", ScryptCost{1 << 21, 8, 1})); // too slow
    EXPECT_FALSE(hashPassword("abcdefgh", ScryptCost{1 << 10, 0, 1}));
    EXPECT_FALSE(hashPassword("abcdefgh", ScryptCost{1 << 10, 8, 0}));
    EXPECT_FALSE(hashPassword("abcdefgh", ScryptCost{1 << 20, 32, 1})); // 4 GiB
}

TEST(PasswordHashTest, GarbageAndTamperedHashesAreFalseNotCrashes) {
    const auto good = fastHash("password1");
    std::vector<std::string> bad = {
        "",
        "$",
        "$$$$$",
        "scrypt",
        "scrypt$16$1$1$$",
        "pbkdf2$16$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$abc$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$15$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$-16$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$18446744073709551616$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "scrypt$1099511627776$8$1$AAAAAAAAAAAAAAAAAAAAAA==$"
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16$1$99999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16$1$1$!!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$16$1$1$AAAA$A=A=",
        "scrypt$16$1$1$AAAA$AAAA", // key too short to mean anything
        good + "$extra",
        good.substr(0, good.size() - 5),
        std::string(100000, '$'),
        std::string("scrypt\0$16", 10),
    };
    for (const auto& encoded : bad) {
        EXPECT_FALSE(verifyPassword("password1", encoded)) << encoded.substr(0, 80);
    }
    // One flipped character in the key: same shape, different key.
    auto tampered = good;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
    EXPECT_FALSE(verifyPassword("password1", tampered));
    EXPECT_TRUE(verifyPassword("password1", good));
}

} // namespace
} // namespace croupier::core
