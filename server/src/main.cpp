// croupier-server: `init` makes a data dir with a dev PKI and a config file; `serve` (the
// default) runs the control plane until SIGINT/SIGTERM. This file only parses the command line
// and wires objects together.
#include "croupier/server/DevPki.h"
#include "croupier/server/Server.h"
#include "croupier/server/ServerConfig.h"

#include "croupier/core/Duration.h"

#include <absl/synchronization/mutex.h>

#include <csignal>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <vector>

namespace {

using croupier::server::ServerConfig;

constexpr const char* kUsage = R"(Usage:
  croupier-server [serve] [options]     run the control plane (Ctrl-C stops it)
  croupier-server init --data-dir DIR   make DIR with a development PKI and croupier.yaml
  croupier-server version | --help

serve options (they override the config file):
  --config FILE              YAML config (default: DATA_DIR/croupier.yaml when present)
  --data-dir DIR             where croupier.db, pki/ and croupier.yaml live
  --listen HOST:PORT         gRPC address for every service (default 0.0.0.0:8443)
  --insecure                 plaintext, no client certificates; only on a loopback address
  --log-level LEVEL          debug, info, warn or error (default info)
  --heartbeat-interval DUR   told to agents; offline after 3 missed (default 5s)

init options:
  --server-name NAME         extra DNS name or IP for the server certificate (repeatable)
  --agent NAME               issue an agent client certificate NAME (repeatable; default "agent")
  --listen HOST:PORT         written into croupier.yaml (default 0.0.0.0:8443)

Exit status: 0 on a clean stop, 1 on a runtime error, 2 on bad usage or configuration.
)";

struct Args {
    std::string command = "serve";
    std::map<std::string, std::vector<std::string>> values;
    std::vector<std::string> flags;
    bool has(const std::string& k) const { return values.count(k) > 0; }
    std::string get(const std::string& k) const { return has(k) ? values.at(k).back() : ""; }
};

const std::vector<std::string> kValueOptions = {"config",    "data-dir", "listen", "log-level",
                                                "heartbeat-interval", "server-name", "agent"};
const std::vector<std::string> kFlagOptions = {"insecure", "help"};

std::optional<Args> parse(int argc, char** argv, std::string& error) {
    Args args;
    int i = 1;
    if (i < argc && argv[i][0] != '-') {
        args.command = argv[i++];
    }
    for (; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-h") {
            a = "--help";
        }
        if (a.rfind("--", 0) != 0) {
            error = "unexpected argument \"" + a + "\"";
            return std::nullopt;
        }
        std::string name = a.substr(2);
        std::string value;
        const auto eq = name.find('=');
        const bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (std::find(kFlagOptions.begin(), kFlagOptions.end(), name) != kFlagOptions.end()) {
            args.flags.push_back(name);
        } else if (std::find(kValueOptions.begin(), kValueOptions.end(), name) !=
                   kValueOptions.end()) {
            if (!inlineValue) {
                if (i + 1 >= argc) {
                    error = "--" + name + " needs a value";
                    return std::nullopt;
                }
                value = argv[++i];
            }
            args.values[name].push_back(value);
        } else {
            error = "unknown option --" + name;
            return std::nullopt;
        }
    }
    return args;
}

bool hasFlag(const Args& a, const std::string& f) {
    return std::find(a.flags.begin(), a.flags.end(), f) != a.flags.end();
}

int fail(const std::string& message, int code) {
    std::cerr << "croupier-server: " << message << "\n";
    return code;
}

int runInit(const Args& args) {
    if (!args.has("data-dir")) {
        return fail("init needs --data-dir DIR", 2);
    }
    const std::filesystem::path dir = std::filesystem::absolute(args.get("data-dir"));
    if (std::filesystem::exists(dir / "pki" / "ca.key")) {
        std::cout << dir.string() << " is already initialised (pki/ca.key exists); nothing "
                  << "changed.\n";
        return 0;
    }
    croupier::server::PkiOptions pki;
    if (args.has("server-name")) {
        pki.serverNames = args.values.at("server-name");
    }
    if (args.has("agent")) {
        pki.agentNames = args.values.at("agent");
    }
    auto material = croupier::server::generateDevPki(pki);
    if (!material) {
        return fail(material.error().message, 1);
    }
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (auto r = croupier::server::writeDevPki(dir / "pki", *material); !r) {
        return fail(r.error().message, 1);
    }
    ServerConfig config;
    if (args.has("listen")) {
        config.listen = args.get("listen");
    }
    const auto configPath = dir / "croupier.yaml";
    if (!std::filesystem::exists(configPath)) {
        std::ofstream out(configPath);
        out << croupier::server::renderConfigFile(config);
        if (!out) {
            return fail("cannot write " + configPath.string(), 1);
        }
    }
    std::cout << "Initialised " << dir.string() << "\n"
              << "  config        " << configPath.string() << "\n"
              << "  CA            " << (dir / "pki/ca.crt").string() << "\n"
              << "  server cert   " << (dir / "pki/server.crt").string() << "\n";
    for (const auto& name : pki.agentNames) {
        std::cout << "  agent cert    " << (dir / "pki/agents" / (name + ".crt")).string()
                  << " (+ .key)\n";
    }
    std::cout << "Next: croupier-server serve --data-dir " << dir.string() << "\n";
    return 0;
}

int applyServeArgs(const Args& args, ServerConfig& config) {
    std::filesystem::path configFile;
    if (args.has("config")) {
        configFile = args.get("config");
    } else if (args.has("data-dir") &&
               std::filesystem::exists(std::filesystem::path(args.get("data-dir")) /
                                       "croupier.yaml")) {
        configFile = std::filesystem::path(args.get("data-dir")) / "croupier.yaml";
    }
    if (!configFile.empty()) {
        if (auto r = croupier::server::loadConfigFile(configFile, config); !r) {
            return fail(r.error().message, 2);
        }
    }
    if (args.has("data-dir")) {
        config.dataDir = std::filesystem::absolute(args.get("data-dir"));
    }
    if (args.has("listen")) {
        config.listen = args.get("listen");
    }
    if (hasFlag(args, "insecure")) {
        config.insecure = true;
    }
    if (args.has("log-level") && !croupier::core::parseLogLevel(args.get("log-level"),
                                                                config.logLevel)) {
        return fail("--log-level must be debug, info, warn or error", 2);
    }
    if (args.has("heartbeat-interval")) {
        auto d = croupier::core::parseDuration(args.get("heartbeat-interval"));
        if (!d) {
            return fail("--heartbeat-interval: " + d.error().message, 2);
        }
        config.heartbeatInterval = *d;
    }
    return 0;
}

int runServe(const Args& args) {
    croupier::server::ServerOptions options;
    if (int rc = applyServeArgs(args, options.config); rc != 0) {
        return rc;
    }
    // Block the stop signals in every thread; the main thread waits for them below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    // Debian's abseil tracks the lock graph of every absl::Mutex (gRPC's included) for
    // deadlock reports, at a measurable cost per call; a release daemon does not need it.
    absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
    auto server = croupier::server::Server::start(std::move(options));
    if (!server) {
        const bool config = server.error().code == croupier::core::ErrorCode::InvalidArgument;
        return fail(server.error().message, config ? 2 : 1);
    }
    int signal = 0;
    sigwait(&stopSignals, &signal);
    (*server)->logger().info("stop signal received", {{"signal", strsignal(signal)}});
    (*server)->shutdown();
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::string error;
    auto args = parse(argc, argv, error);
    if (!args) {
        std::cerr << "croupier-server: " << error << "\n\n" << kUsage;
        return 2;
    }
    if (hasFlag(*args, "help") || args->command == "help") {
        std::cout << kUsage;
        return 0;
    }
    if (args->command == "version") {
        std::cout << "croupier-server " << CROUPIER_VERSION << "\n";
        return 0;
    }
    if (args->command == "init") {
        return runInit(*args);
    }
    if (args->command == "serve") {
        return runServe(*args);
    }
    std::cerr << "croupier-server: unknown command \"" << args->command << "\"\n\n" << kUsage;
    return 2;
}
