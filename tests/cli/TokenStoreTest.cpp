// The token file: private on disk (0600 in a 0700 dir, never looser), one token per server,
// refused when group or others may read it.
#include "TokenStore.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <sys/stat.h>

using namespace croupier::cli;
namespace fs = std::filesystem;

namespace {

class TokenStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::random_device random;
        m_dir = fs::temp_directory_path() / ("croupierctl-tokens-" + std::to_string(random()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path file() const { return m_dir / "config" / "croupier" / "token"; }

    static mode_t modeOf(const fs::path& p) {
        struct stat st {};
        EXPECT_EQ(::stat(p.c_str(), &st), 0) << p;
        return st.st_mode & 07777;
    }

    fs::path m_dir;
};

} // namespace

TEST_F(TokenStoreTest, NoFileMeansNoToken) {
    auto loaded = TokenStore(file()).load("localhost:8443");
    ASSERT_TRUE(loaded.has_value()) << loaded.error().message;
    EXPECT_FALSE(loaded->has_value());
}

TEST_F(TokenStoreTest, SavedTokensArePrivateAndKeptPerServer) {
    const TokenStore store(file());
    ASSERT_TRUE(store.save("a:1", {"tok-a", "alice", 1700000000000}).has_value());
    ASSERT_TRUE(store.save("b:2", {"tok-b", "bob", 42}).has_value());
    EXPECT_EQ(modeOf(file()), 0600u);
    EXPECT_EQ(modeOf(file().parent_path()), 0700u);

    auto a = store.load("a:1");
    ASSERT_TRUE(a.has_value() && a->has_value());
    EXPECT_EQ((*a)->token, "tok-a");
    EXPECT_EQ((*a)->username, "alice");
    EXPECT_EQ((*a)->expiresAtMs, 1700000000000);
    auto b = store.load("b:2");
    ASSERT_TRUE(b.has_value() && b->has_value());
    EXPECT_EQ((*b)->token, "tok-b");
    auto none = store.load("c:3");
    ASSERT_TRUE(none.has_value());
    EXPECT_FALSE(none->has_value());

    ASSERT_TRUE(store.save("a:1", {"tok-a2", "alice", 1}).has_value());
    EXPECT_EQ((*store.load("a:1"))->token, "tok-a2") << "a new login replaces the old token";
    EXPECT_FALSE(fs::exists(file().string() + ".tmp." + std::to_string(::getpid())));
}

TEST_F(TokenStoreTest, AFileOthersMayReadIsRefusedAndReplacedByTheNextLogin) {
    const TokenStore store(file());
    ASSERT_TRUE(store.save("a:1", {"tok-a", "alice", 1}).has_value());
    fs::permissions(file(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                fs::perms::others_read);
    auto loaded = store.load("a:1");
    ASSERT_FALSE(loaded.has_value());
    EXPECT_NE(loaded.error().message.find("refusing to read the token file " + file().string()),
              std::string::npos)
        << loaded.error().message;
    EXPECT_NE(loaded.error().message.find("mode 0644"), std::string::npos);
    EXPECT_EQ(loaded.error().message.find("tok-a"), std::string::npos) << "no token in messages";

    ASSERT_TRUE(store.save("b:2", {"tok-b", "bob", 1}).has_value());
    EXPECT_EQ(modeOf(file()), 0600u) << "the new file is private again";
    auto b = store.load("b:2");
    ASSERT_TRUE(b.has_value() && b->has_value());
    EXPECT_FALSE(store.load("a:1")->has_value()) << "tokens of an exposed file are dropped";
}

TEST_F(TokenStoreTest, ForeignContentIsRefused) {
    fs::create_directories(file().parent_path());
    { std::ofstream(file()) << "not json"; }
    fs::permissions(file(), fs::perms::owner_read | fs::perms::owner_write);
    auto loaded = TokenStore(file()).load("a:1");
    ASSERT_FALSE(loaded.has_value());
    EXPECT_NE(loaded.error().message.find("is not one croupierctl wrote"), std::string::npos);
}

TEST_F(TokenStoreTest, RemovingTheLastTokenDeletesTheFile) {
    const TokenStore store(file());
    ASSERT_TRUE(store.save("a:1", {"tok-a", "alice", 1}).has_value());
    ASSERT_TRUE(store.save("b:2", {"tok-b", "bob", 1}).has_value());
    auto removed = store.remove("a:1");
    ASSERT_TRUE(removed.has_value());
    EXPECT_TRUE(*removed);
    EXPECT_FALSE(store.load("a:1")->has_value());
    EXPECT_TRUE(store.load("b:2")->has_value());
    EXPECT_FALSE(*store.remove("a:1")) << "nothing left to remove";
    EXPECT_TRUE(*store.remove("b:2"));
    EXPECT_FALSE(fs::exists(file()));
}
