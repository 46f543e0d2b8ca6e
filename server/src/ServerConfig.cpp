#include "croupier/server/ServerConfig.h"

#include "croupier/core/Duration.h"

#include <yaml-cpp/yaml.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include <functional>
#include <map>
#include <sstream>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

core::Error configError(const std::string& file, const YAML::Node& node, const std::string& key,
                        const std::string& what) {
    std::string where = file;
    if (node.Mark().line >= 0) {
        where += ":" + std::to_string(node.Mark().line + 1);
    }
    return core::Error(ErrorCode::InvalidArgument, where + ": " + key + ": " + what,
                       {{"key", key}, {"file", file}});
}

using Setter = std::function<std::optional<std::string>(const YAML::Node&, ServerConfig&)>;

Setter stringSetter(std::string ServerConfig::*field) {
    return [field](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
        if (!n.IsScalar()) {
            return "expected a string";
        }
        c.*field = n.as<std::string>();
        return std::nullopt;
    };
}

Setter pathSetter(std::filesystem::path ServerConfig::*field) {
    return [field](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
        if (!n.IsScalar()) {
            return "expected a path";
        }
        c.*field = n.as<std::string>();
        return std::nullopt;
    };
}

Setter boolSetter(bool ServerConfig::*field) {
    return [field](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
        bool v = false;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v)) {
            return "expected true or false";
        }
        c.*field = v;
        return std::nullopt;
    };
}

Setter intSetter(int ServerConfig::*field, int min, int max) {
    return [=](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
        long long v = 0;
        if (!n.IsScalar() || !YAML::convert<long long>::decode(n, v) || v < min || v > max) {
            return "expected an integer from " + std::to_string(min) + " to " +
                   std::to_string(max);
        }
        c.*field = static_cast<int>(v);
        return std::nullopt;
    };
}

Setter durationSetter(std::chrono::milliseconds ServerConfig::*field) {
    return [field](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
        if (!n.IsScalar()) {
            return "expected a duration such as 5s, 500ms or 2m";
        }
        auto d = core::parseDuration(n.as<std::string>());
        if (!d) {
            return d.error().message;
        }
        c.*field = *d;
        return std::nullopt;
    };
}

const std::map<std::string, Setter>& setters() {
    static const std::map<std::string, Setter> kSetters = {
        {"listen", stringSetter(&ServerConfig::listen)},
        {"data_dir", pathSetter(&ServerConfig::dataDir)},
        {"insecure", boolSetter(&ServerConfig::insecure)},
        {"tls.cert", pathSetter(&ServerConfig::tlsCert)},
        {"tls.key", pathSetter(&ServerConfig::tlsKey)},
        {"tls.client_ca", pathSetter(&ServerConfig::clientCa)},
        {"log.level",
         [](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
             if (!n.IsScalar() || !core::parseLogLevel(n.as<std::string>(), c.logLevel)) {
                 return "expected debug, info, warn, error or off";
             }
             return std::nullopt;
         }},
        {"agents.heartbeat_interval", durationSetter(&ServerConfig::heartbeatInterval)},
        {"agents.missed_heartbeats", intSetter(&ServerConfig::missedHeartbeats, 1, 100)},
        {"agents.reconnect_grace", durationSetter(&ServerConfig::reconnectGrace)},
        {"invoke.default_timeout", durationSetter(&ServerConfig::invokeDefaultTimeout)},
        {"invoke.max_timeout", durationSetter(&ServerConfig::invokeMaxTimeout)},
        {"jobs.default_timeout", durationSetter(&ServerConfig::jobDefaultTimeout)},
        {"jobs.cancel_grace", durationSetter(&ServerConfig::jobCancelGrace)},
        {"idempotency.retention", durationSetter(&ServerConfig::idempotencyRetention)},
        {"routing.default_mode", stringSetter(&ServerConfig::defaultRoutingMode)},
        {"workers", intSetter(&ServerConfig::workerThreads, 1, 256)},
        {"limits.max_message_bytes",
         intSetter(&ServerConfig::maxMessageBytes, 64 * 1024, 256 * 1024 * 1024)},
        {"auth.token_ttl", durationSetter(&ServerConfig::tokenTtl)},
        {"auth.login_slow_after", intSetter(&ServerConfig::loginSlowAfter, 1, 1000)},
        {"auth.login_delay_step", durationSetter(&ServerConfig::loginDelayStep)},
        {"auth.login_lock_after", intSetter(&ServerConfig::loginLockAfter, 1, 1000)},
        {"auth.login_lockout", durationSetter(&ServerConfig::loginLockout)},
        {"approvals.default_expiry", durationSetter(&ServerConfig::approvalExpiry)},
        {"storage.sync",
         [](const YAML::Node& n, ServerConfig& c) -> std::optional<std::string> {
             const std::string v = n.IsScalar() ? n.as<std::string>() : "";
             if (v != "normal" && v != "full") {
                 return "expected normal or full";
             }
             c.storageSyncFull = v == "full";
             return std::nullopt;
         }},
    };
    return kSetters;
}

// `roles:` maps a role name to a list of permission patterns. A role listed here replaces the
// default of the same name; the other defaults stay.
core::Result<void> applyRoles(const std::string& file, const YAML::Node& node,
                              ServerConfig& config) {
    if (!node.IsMap()) {
        return Unexpected(configError(file, node, "roles", "expected role: [permissions...]"));
    }
    for (const auto& entry : node) {
        const std::string role = entry.first.as<std::string>();
        const std::string key = "roles." + role;
        if (!entry.second.IsSequence()) {
            return Unexpected(configError(file, entry.second, key,
                                          "expected a list of permissions such as [player.*]"));
        }
        std::vector<std::string> patterns;
        for (const auto& item : entry.second) {
            const std::string pattern = item.IsScalar() ? item.as<std::string>() : "";
            if (auto ok = core::checkPermissionPattern(pattern); !ok) {
                return Unexpected(configError(file, item, key, ok.error().message));
            }
            patterns.push_back(pattern);
        }
        config.roles.roles[role] = std::move(patterns);
    }
    return {};
}

core::Result<void> applyNode(const std::string& file, const YAML::Node& node,
                             const std::string& prefix, ServerConfig& config) {
    for (const auto& entry : node) {
        const std::string key = prefix + entry.first.as<std::string>();
        const YAML::Node& value = entry.second;
        if (key == "roles") {
            if (value.IsNull()) {
                continue;
            }
            if (auto r = applyRoles(file, value, config); !r) {
                return r;
            }
            continue;
        }
        if (value.IsMap()) {
            if (auto r = applyNode(file, value, key + ".", config); !r) {
                return r;
            }
            continue;
        }
        auto it = setters().find(key);
        if (it == setters().end()) {
            // A section whose settings are all commented out ("jobs:" alone) keeps defaults.
            auto section = setters().lower_bound(key + ".");
            if (value.IsNull() && section != setters().end() &&
                section->first.rfind(key + ".", 0) == 0) {
                continue;
            }
            return Unexpected(configError(file, entry.first, key, "unknown setting"));
        }
        if (value.IsNull()) {
            continue; // "key:" with no value keeps the default
        }
        if (auto err = it->second(value, config)) {
            return Unexpected(configError(file, value, key, *err));
        }
    }
    return {};
}

} // namespace

core::RoleTable ServerConfig::defaultRoles() {
    const std::vector<std::string> read = {perm::kFunctionRead, perm::kRegistryRead, perm::kJobRead};
    auto with = [&](std::initializer_list<const char*> more) {
        std::vector<std::string> out = read;
        out.insert(out.end(), more.begin(), more.end());
        return out;
    };
    core::RoleTable t;
    t.roles["admin"] = {"*"};
    t.roles["lead"] = with({perm::kJobCancel, perm::kApprovalRead, perm::kApprovalDecide,
                            perm::kAuditRead, "player.*", "item.*", "mail.*", "guild.*",
                            "server.*"});
    t.roles["gm"] = with({perm::kJobCancel, perm::kApprovalRead, "player.*", "item.*", "mail.*"});
    t.roles["ops"] = with({perm::kAssignmentWrite, perm::kAuditRead, "server.*"});
    t.roles["viewer"] = with({perm::kApprovalRead});
    return t;
}

core::Result<void> loadConfigFile(const std::filesystem::path& file, ServerConfig& config) {
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::BadFile&) {
        return Unexpected(ErrorCode::NotFound, "cannot read config file " + file.string());
    } catch (const YAML::Exception& e) {
        return Unexpected(ErrorCode::InvalidArgument,
                          file.string() + ":" + std::to_string(e.mark.line + 1) +
                              ": not valid YAML: " + e.msg);
    }
    if (root.IsNull()) {
        return {};
    }
    if (!root.IsMap()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          file.string() + ": expected a mapping of settings");
    }
    const auto before = config.dataDir;
    try {
        if (auto r = applyNode(file.string(), root, "", config); !r) {
            return r;
        }
    } catch (const YAML::Exception& e) {
        return Unexpected(ErrorCode::InvalidArgument, file.string() + ": " + e.msg);
    }
    if (config.dataDir != before && config.dataDir.is_relative()) {
        config.dataDir = std::filesystem::absolute(file).parent_path() / config.dataDir;
    }
    return {};
}

bool isLoopbackListen(const std::string& listen) {
    std::string host = listen;
    if (!host.empty() && host.front() == '[') {
        host = host.substr(1, host.find(']') - 1);
    } else if (auto colon = host.rfind(':'); colon != std::string::npos) {
        host = host.substr(0, colon);
    }
    if (host == "localhost") {
        return true;
    }
    // Addresses only: a name such as 127.example.com may resolve anywhere.
    in_addr v4{};
    if (::inet_pton(AF_INET, host.c_str(), &v4) == 1) {
        return (ntohl(v4.s_addr) >> 24) == 127;
    }
    in6_addr v6{};
    return ::inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

std::filesystem::path resolveInDataDir(const ServerConfig& config,
                                       const std::filesystem::path& p) {
    return p.is_absolute() ? p : config.dataDir / p;
}

core::Result<void> validateConfig(const ServerConfig& config) {
    if (config.dataDir.empty()) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "no data dir: pass --data-dir or set data_dir in the config file");
    }
    if (config.insecure && !isLoopbackListen(config.listen)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "--insecure serves plaintext and is refused on " + config.listen +
                              ": bind a loopback address (127.0.0.1:PORT) or use TLS");
    }
    if (config.heartbeatInterval < std::chrono::milliseconds(50)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "agents.heartbeat_interval must be at least 50ms");
    }
    static const char* kModes[] = {"round_robin", "hash", "least_inflight"};
    bool known = false;
    for (const char* m : kModes) {
        known = known || config.defaultRoutingMode == m;
    }
    if (!known) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "routing.default_mode must be round_robin, hash or least_inflight");
    }
    if (config.loginLockAfter <= config.loginSlowAfter) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "auth.login_lock_after must be greater than auth.login_slow_after");
    }
    if (config.tokenTtl < std::chrono::minutes(1) || config.approvalExpiry < std::chrono::seconds(1)) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "auth.token_ttl must be at least 1m and approvals.default_expiry at least 1s");
    }
    return {};
}

namespace {

std::string renderRoles(const core::RoleTable& table) {
    std::string out = "# Roles and the permissions they grant: exact (\"player.ban\"), a prefix\n"
                      "# (\"player.*\") or everything (\"*\"). A role listed here replaces the\n"
                      "# built-in role of that name. Users get roles with `croupier-server user`.\n"
                      "roles:\n";
    for (const auto& [role, patterns] : table.roles) {
        out += "  " + role + ": [";
        for (std::size_t i = 0; i < patterns.size(); ++i) {
            out += (i == 0 ? "\"" : ", \"") + patterns[i] + "\"";
        }
        out += "]\n";
    }
    return out + "\n";
}

} // namespace

std::string renderConfigFile(const ServerConfig& c) {
    std::ostringstream out;
    out << "# croupier-server configuration. Every setting is optional; shown with its value.\n"
           "# Command-line flags override this file. Durations: 500ms, 5s, 2m, 1h.\n\n"
        << "# Address and port of the single gRPC port (all services).\n"
        << "listen: \"" << c.listen << "\"\n\n"
        << "# Where the SQLite database lives. Relative to this file's directory.\n"
        << "data_dir: \".\"\n\n"
        << "# Plaintext instead of TLS. Refused unless `listen` is a loopback address.\n"
        << "insecure: " << (c.insecure ? "true" : "false") << "\n\n"
        << "tls:\n"
        << "  cert: " << c.tlsCert.string() << "        # server certificate (PEM)\n"
        << "  key: " << c.tlsKey.string() << "          # its private key\n"
        << "  client_ca: " << c.clientCa.string() << "      # CA that signs agent certificates\n\n"
        << "log:\n"
        << "  level: " << core::logLevelName(c.logLevel) << "   # debug, info, warn, error\n\n"
        << "agents:\n"
        << "  heartbeat_interval: " << core::formatDuration(c.heartbeatInterval)
        << "   # told to agents at registration\n"
        << "  missed_heartbeats: " << c.missedHeartbeats
        << "      # offline after this many intervals without a heartbeat\n"
        << "  reconnect_grace: " << core::formatDuration(c.reconnectGrace)
        << "      # a dropped Connect stream may come back within this\n\n"
        << "invoke:\n"
        << "  default_timeout: " << core::formatDuration(c.invokeDefaultTimeout)
        << "   # when neither the call nor semantics.timeout sets one\n"
        << "  max_timeout: " << core::formatDuration(c.invokeMaxTimeout) << "\n\n"
        << "jobs:\n"
        << "  default_timeout: " << core::formatDuration(c.jobDefaultTimeout) << "\n"
        << "  cancel_grace: " << core::formatDuration(c.jobCancelGrace)
        << "     # a cancelled job the agent does not confirm ends after this\n\n"
        << "idempotency:\n"
        << "  retention: " << core::formatDuration(c.idempotencyRetention)
        << "       # how long a key's first outcome is kept\n\n"
        << "routing:\n"
        << "  default_mode: " << c.defaultRoutingMode
        << "   # round_robin, hash or least_inflight\n\n"
        << "workers: " << c.workerThreads << "   # threads for storage work\n\n"
        << "limits:\n"
        << "  max_message_bytes: " << c.maxMessageBytes << "\n\n"
        << "auth:\n"
        << "  token_ttl: " << core::formatDuration(c.tokenTtl)
        << "          # how long a login's bearer token lasts\n"
        << "  login_slow_after: " << c.loginSlowAfter
        << "    # failed logins (per user or per address) before answers slow down\n"
        << "  login_delay_step: " << core::formatDuration(c.loginDelayStep)
        << "  # added delay per further failure\n"
        << "  login_lock_after: " << c.loginLockAfter
        << "   # failed logins before refusing for login_lockout\n"
        << "  login_lockout: " << core::formatDuration(c.loginLockout) << "\n\n"
        << "approvals:\n"
        << "  default_expiry: " << core::formatDuration(c.approvalExpiry)
        << "   # a request nobody decided expires after this\n\n"
        << renderRoles(c.roles)
        << "storage:\n"
        << "  sync: " << (c.storageSyncFull ? "full" : "normal")
        << "   # normal survives a crash of the process; full also a power loss\n";
    return out.str();
}

} // namespace croupier::server
