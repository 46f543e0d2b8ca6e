#pragma once
// croupier-server settings: defaults, then the YAML config file, then command-line flags.
// loadConfigFile() refuses unknown keys and wrong types with the key's path and line, so a typo
// never silently falls back to a default. `croupier-server init` writes a commented example;
// the README has the reference table.

#include "croupier/core/Log.h"
#include "croupier/core/Permissions.h"
#include "croupier/core/Result.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace croupier::server {

struct ServerConfig {
    std::string listen = "0.0.0.0:8443";
    std::filesystem::path dataDir;            // required to serve
    // TLS files; relative paths are relative to dataDir.
    std::filesystem::path tlsCert = "pki/server.crt";
    std::filesystem::path tlsKey = "pki/server.key";
    std::filesystem::path clientCa = "pki/ca.crt";
    bool insecure = false;                    // plaintext; refused unless listen is loopback
    core::LogLevel logLevel = core::LogLevel::Info;

    std::chrono::milliseconds heartbeatInterval{5000};
    int missedHeartbeats = 3;                 // offline after this many intervals without one
    std::chrono::milliseconds reconnectGrace{5000};  // a dropped Connect stream may return

    std::chrono::milliseconds invokeDefaultTimeout{30'000};
    std::chrono::milliseconds invokeMaxTimeout{600'000};
    std::chrono::milliseconds jobDefaultTimeout{3'600'000};
    std::chrono::milliseconds jobCancelGrace{10'000};
    std::chrono::milliseconds idempotencyRetention{24 * 3'600'000};

    std::string defaultRoutingMode = "round_robin";
    int workerThreads = 4;
    int maxMessageBytes = 10 * 1024 * 1024;   // seed 000's client settings
    bool storageSyncFull = false;             // synchronous=FULL (power-loss safe)

    // Identity. Roles map to permission patterns (core::RoleTable); see defaultRoles().
    core::RoleTable roles = defaultRoles();
    std::chrono::milliseconds tokenTtl{12 * 3'600'000};
    int loginSlowAfter = 3;                   // failures (per user or per peer) before delays
    std::chrono::milliseconds loginDelayStep{500};  // added per failure past loginSlowAfter
    int loginLockAfter = 10;                  // failures before refusing for loginLockout
    std::chrono::milliseconds loginLockout{300'000};

    std::chrono::milliseconds approvalExpiry{24 * 3'600'000};

    // admin ["*"]; lead, gm, ops, viewer as the README's table lists.
    static core::RoleTable defaultRoles();
};

// Permissions the server checks besides each function's own `auth.permission`.
namespace perm {
inline constexpr const char* kFunctionRead = "function.read";      // List/GetFunction
inline constexpr const char* kFunctionRegister = "function.register";
inline constexpr const char* kRegistryRead = "registry.read";      // Get/WatchRegistrations
inline constexpr const char* kJobRead = "job.read";                // Get/ListJobs, events
inline constexpr const char* kJobCancel = "job.cancel";
inline constexpr const char* kAssignmentWrite = "assignment.write";
inline constexpr const char* kApprovalRead = "approval.read";
inline constexpr const char* kApprovalDecide = "approval.decide";
inline constexpr const char* kAuditRead = "audit.read";
inline constexpr const char* kUserAdmin = "user.admin";
} // namespace perm

// Reads `file` over `config`. Relative paths in the file are taken relative to the file's dir
// for data_dir, and stay relative to data_dir for the TLS files.
core::Result<void> loadConfigFile(const std::filesystem::path& file, ServerConfig& config);

// Writes a commented config file for `config` (used by `croupier-server init`).
std::string renderConfigFile(const ServerConfig& config);

// Checks cross-field rules: data dir set, insecure only on loopback, sane durations.
core::Result<void> validateConfig(const ServerConfig& config);

// True for 127.0.0.0/8, ::1, localhost (with a port).
bool isLoopbackListen(const std::string& listen);

// Resolves a TLS path against the data dir.
std::filesystem::path resolveInDataDir(const ServerConfig& config, const std::filesystem::path& p);

} // namespace croupier::server
