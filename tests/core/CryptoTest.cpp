#include "croupier/core/Crypto.h"

#include <gtest/gtest.h>
#include <set>

namespace croupier::core {
namespace {

TEST(CryptoTest, Sha256HexMatchesKnownVectors) {
    EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256Hex(std::string_view("a\0b", 3)), sha256Hex(std::string("a\0b", 3)));
    EXPECT_NE(sha256Hex(std::string_view("a\0b", 3)), sha256Hex("a"));
}

TEST(CryptoTest, RandomIdsArePrefixedHexAndDistinct) {
    std::set<std::string> ids;
    for (int i = 0; i < 100; ++i) {
        const std::string id = randomId("job_");
        ASSERT_EQ(id.size(), 4u + 24u);
        EXPECT_EQ(id.substr(0, 4), "job_");
        EXPECT_EQ(id.find_first_not_of("0123456789abcdef", 4), std::string::npos) << id;
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 100u);
    EXPECT_EQ(randomId("", 4).size(), 8u);
    EXPECT_EQ(randomId("x", 0).size(), 3u); // at least one byte
}

} // namespace
} // namespace croupier::core
