// ServerConfig: the rendered config file loads back to the same settings, mistakes in a file are
// refused with the key and line, relative data dirs follow the file, and the cross-field rules
// (plaintext only on loopback) hold.

#include "croupier/server/ServerConfig.h"

#include "TestEnv.h"

#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using core::ErrorCode;
using testing::TempDir;
namespace fs = std::filesystem;

fs::path writeFile(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path;
}

// Every field differs from ServerConfig{}'s default.
ServerConfig nonDefaultConfig() {
    ServerConfig c;
    c.listen = "127.0.0.1:9443";
    c.insecure = true;
    c.tlsCert = "certs/server.pem";
    c.tlsKey = "certs/server-key.pem";
    c.clientCa = "certs/agents-ca.pem";
    c.logLevel = core::LogLevel::Debug;
    c.heartbeatInterval = 2500ms;
    c.missedHeartbeats = 5;
    c.reconnectGrace = 90s;
    c.invokeDefaultTimeout = 45s;
    c.invokeMaxTimeout = 20min;
    c.jobDefaultTimeout = 2h;
    c.jobCancelGrace = 15s;
    c.idempotencyRetention = 48h;
    c.defaultRoutingMode = "least_inflight";
    c.workerThreads = 7;
    c.maxMessageBytes = 2 * 1024 * 1024;
    c.storageSyncFull = true;
    return c;
}

auto settings(const ServerConfig& c) {
    return std::tie(c.listen, c.tlsCert, c.tlsKey, c.clientCa, c.insecure, c.logLevel,
                    c.heartbeatInterval, c.missedHeartbeats, c.reconnectGrace,
                    c.invokeDefaultTimeout, c.invokeMaxTimeout, c.jobDefaultTimeout,
                    c.jobCancelGrace, c.idempotencyRetention, c.defaultRoutingMode, c.workerThreads,
                    c.maxMessageBytes, c.storageSyncFull);
}

template <std::size_t I, class Tuple> void expectSettingDiffers(const Tuple& a, const Tuple& b) {
    EXPECT_FALSE(std::get<I>(a) == std::get<I>(b)) << "setting #" << I << " has its default";
}

template <class Tuple, std::size_t... I>
void expectEverySettingDiffers(const Tuple& a, const Tuple& b, std::index_sequence<I...>) {
    static_assert(sizeof...(I) == std::tuple_size_v<Tuple>);
    (expectSettingDiffers<I>(a, b), ...);
}

// Loads `yaml` into a default config; returns the error.
core::Error loadError(const std::string& yaml) {
    TempDir dir;
    ServerConfig c;
    auto r = loadConfigFile(writeFile(dir.path() / "croupier.yaml", yaml), c);
    EXPECT_FALSE(r) << yaml;
    return r ? core::Error{} : r.error();
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(ServerConfigTest, RenderedFileLoadsBackToTheSameSettings) {
    const ServerConfig original = nonDefaultConfig();
    // The comparison below can only catch a dropped key if every value differs from default.
    expectEverySettingDiffers(settings(original), settings(ServerConfig{}),
                              std::make_index_sequence<18>());

    TempDir dir;
    const auto file = writeFile(dir.path() / "etc" / "croupier.yaml", renderConfigFile(original));
    ServerConfig loaded;
    auto r = loadConfigFile(file, loaded);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(settings(loaded) == settings(original));
    EXPECT_EQ(loaded.listen, original.listen);
    EXPECT_EQ(loaded.idempotencyRetention, 48h);
    EXPECT_EQ(loaded.defaultRoutingMode, "least_inflight");
    // The rendered data_dir is "." : the file's own directory.
    ASSERT_TRUE(loaded.dataDir.is_absolute());
    EXPECT_TRUE(fs::equivalent(loaded.dataDir, dir.path() / "etc"));
}

TEST(ServerConfigTest, DefaultConfigRendersAndLoadsToDefaults) {
    TempDir dir;
    const ServerConfig defaults;
    ServerConfig loaded = nonDefaultConfig();
    auto r = loadConfigFile(writeFile(dir.path() / "c.yaml", renderConfigFile(defaults)), loaded);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_TRUE(settings(loaded) == settings(defaults));
}

TEST(ServerConfigTest, UnknownKeyIsRefusedWithItsPathAndLine) {
    const auto e = loadError("listen: \"127.0.0.1:1\"\n"
                             "agents:\n"
                             "  missed_heartbeats: 3\n"
                             "  heartbeat_intervl: 5s\n");
    EXPECT_EQ(e.code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(contains(e.message, "agents.heartbeat_intervl")) << e.message;
    EXPECT_TRUE(contains(e.message, "croupier.yaml:4:")) << e.message;
    EXPECT_EQ(e.details.at("key"), "agents.heartbeat_intervl");

    const auto top = loadError("workerz: 4\n");
    EXPECT_TRUE(contains(top.message, "workerz")) << top.message;
    EXPECT_TRUE(contains(top.message, ":1:")) << top.message;
}

TEST(ServerConfigTest, WrongTypesAreRefusedClearly) {
    struct Case {
        std::string yaml;
        std::string key;
        std::string hint;
        std::string line;
    };
    const std::vector<Case> cases = {
        {"workers: many\n", "workers", "integer", ":1:"},
        {"workers: 0\n", "workers", "from 1 to 256", ":1:"},
        {"listen: \"127.0.0.1:1\"\nlog:\n  level: loud\n", "log.level", "debug, info", ":3:"},
        {"agents:\n  heartbeat_interval: 5\n", "agents.heartbeat_interval", "unit", ":2:"},
        {"jobs:\n  cancel_grace: soon\n", "jobs.cancel_grace", "soon", ":2:"},
        {"insecure: maybe\n", "insecure", "true or false", ":1:"},
        {"storage:\n  sync: sometimes\n", "storage.sync", "normal or full", ":2:"},
        {"listen: [a, b]\n", "listen", "string", ":1:"},
    };
    for (const auto& c : cases) {
        const auto e = loadError(c.yaml);
        EXPECT_EQ(e.code, ErrorCode::InvalidArgument) << c.yaml;
        EXPECT_TRUE(contains(e.message, c.key + ": ")) << e.message;
        EXPECT_TRUE(contains(e.message, c.hint)) << e.message;
        EXPECT_TRUE(contains(e.message, c.line)) << e.message;
    }
}

TEST(ServerConfigTest, UnreadableFilesGiveCleanErrors) {
    TempDir dir;
    ServerConfig c;
    auto missing = loadConfigFile(dir.path() / "nope.yaml", c);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);

    const auto bad = loadError("workers: [1, 2\nlisten: x\n");
    EXPECT_EQ(bad.code, ErrorCode::InvalidArgument);
    const auto list = loadError("- listen\n- workers\n");
    EXPECT_TRUE(contains(list.message, "mapping")) << list.message;
}

TEST(ServerConfigTest, EmptyFileAndEmptyValuesKeepDefaults) {
    TempDir dir;
    ServerConfig c;
    ASSERT_TRUE(loadConfigFile(writeFile(dir.path() / "empty.yaml", ""), c));
    ASSERT_TRUE(loadConfigFile(writeFile(dir.path() / "nulls.yaml", "workers:\n"), c));
    EXPECT_TRUE(settings(c) == settings(ServerConfig{}));
    EXPECT_TRUE(c.dataDir.empty());
}

TEST(ServerConfigTest, RelativeDataDirFollowsTheFileAndTlsPathsFollowTheDataDir) {
    TempDir dir;
    ServerConfig c;
    const auto file = writeFile(dir.path() / "conf" / "croupier.yaml",
                                "data_dir: state/db\ntls:\n  cert: my.crt\n  key: /abs/my.key\n");
    ASSERT_TRUE(loadConfigFile(file, c));
    EXPECT_EQ(c.dataDir.lexically_normal(), (dir.path() / "conf" / "state" / "db"));
    EXPECT_EQ(c.tlsCert, fs::path("my.crt"));
    EXPECT_EQ(resolveInDataDir(c, c.tlsCert), c.dataDir / "my.crt");
    EXPECT_EQ(resolveInDataDir(c, c.tlsKey), fs::path("/abs/my.key"));

    ServerConfig absolute;
    ASSERT_TRUE(loadConfigFile(writeFile(dir.path() / "abs.yaml", "data_dir: /var/lib/croupier\n"),
                               absolute));
    EXPECT_EQ(absolute.dataDir, fs::path("/var/lib/croupier"));

    ServerConfig fromFlags; // a data dir set before the file (flags) is not re-based
    fromFlags.dataDir = "relative/flag";
    ASSERT_TRUE(loadConfigFile(writeFile(dir.path() / "w.yaml", "workers: 2\n"), fromFlags));
    EXPECT_EQ(fromFlags.dataDir, fs::path("relative/flag"));
}

TEST(ServerConfigTest, PlaintextIsRefusedUnlessOnLoopback) {
    ServerConfig c;
    c.dataDir = "/tmp/croupier";
    c.insecure = true;
    c.listen = "0.0.0.0:8443";
    auto refused = validateConfig(c);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(contains(refused.error().message, "0.0.0.0:8443")) << refused.error().message;

    for (const std::string listen : {"127.0.0.1:8443", "[::1]:8443", "localhost:8443"}) {
        c.listen = listen;
        auto r = validateConfig(c);
        EXPECT_TRUE(r) << listen << ": " << r.error().message;
    }
    c.insecure = false;
    c.listen = "0.0.0.0:8443";
    EXPECT_TRUE(validateConfig(c)) << "TLS may listen anywhere";
}

TEST(ServerConfigTest, ValidateChecksDataDirHeartbeatAndRoutingMode) {
    ServerConfig c;
    EXPECT_FALSE(validateConfig(c)) << "no data dir";
    c.dataDir = "/tmp/croupier";
    EXPECT_TRUE(validateConfig(c));

    ServerConfig fast = c;
    fast.heartbeatInterval = 10ms;
    EXPECT_FALSE(validateConfig(fast));

    ServerConfig mode = c;
    mode.defaultRoutingMode = "random";
    auto r = validateConfig(mode);
    ASSERT_FALSE(r);
    EXPECT_TRUE(contains(r.error().message, "routing.default_mode")) << r.error().message;
}

TEST(ServerConfigTest, RecognisesLoopbackListenAddresses) {
    for (const std::string yes : {"127.0.0.1:8443", "127.0.0.1", "127.5.6.7:1", "[::1]:8443",
                                  "[::1]", "localhost:8443", "localhost"}) {
        EXPECT_TRUE(isLoopbackListen(yes)) << yes;
    }
    for (const std::string no : {"0.0.0.0:8443", "[::]:8443", "10.0.0.1:8443", "example.com:80",
                                 "localhost.example.com:80", "128.0.0.1:80", "",
                                 "127.example.com:8443", "127.0.0.1.nip.io:8443"}) {
        EXPECT_FALSE(isLoopbackListen(no)) << no;
    }
}

TEST(ServerConfigTest, ASectionWithEveryLineCommentedOutKeepsDefaults) {
    TempDir dir;
    const auto file = writeFile(dir.path() / "c.yaml", "workers: 2\njobs:\n  # cancel_grace: 1s\n");
    ServerConfig config;
    auto r = loadConfigFile(file, config);
    ASSERT_TRUE(r) << r.error().message;
    EXPECT_EQ(config.workerThreads, 2);
    EXPECT_EQ(config.jobCancelGrace, ServerConfig{}.jobCancelGrace);
    const auto typo = writeFile(dir.path() / "t.yaml", "jbos:\n");
    EXPECT_FALSE(loadConfigFile(typo, config)) << "an unknown empty section is still a typo";
}

} // namespace
} // namespace croupier::server
