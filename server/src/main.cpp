// croupier-server: `init` makes a data dir with a dev PKI and a config file; `serve` (the
// default) runs the control plane until SIGINT/SIGTERM. This file only parses the command line
// and wires objects together.
#include "croupier/server/AuditCommand.h"
#include "croupier/server/DevPki.h"
#include "croupier/server/Server.h"
#include "croupier/server/ServerConfig.h"
#include "croupier/server/UserCommand.h"

#include "croupier/core/ArgParser.h"
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

using croupier::core::OptionSpec;
using croupier::core::ParsedArgs;

const std::vector<OptionSpec> kServeOptions = {
    {"config", "FILE", "YAML config (default: DATA_DIR/croupier.yaml when present)"},
    {"data-dir", "DIR", "where croupier.db, pki/ and croupier.yaml live"},
    {"listen", "HOST:PORT", "gRPC address for every service (default 0.0.0.0:8443)"},
    {"insecure", "", "plaintext, no client certificates; only on a loopback address"},
    {"log-level", "LEVEL", "debug, info, warn or error (default info)"},
    {"heartbeat-interval", "DUR", "told to agents; offline after 3 missed (default 5s)"},
    {"help", "", "show this help", "", 'h'},
};

const std::vector<OptionSpec> kInitOptions = {
    {"data-dir", "DIR", "the directory to create (required)"},
    {"server-name", "NAME", "extra DNS name or IP for the server certificate (repeatable)"},
    {"agent", "NAME", "issue an agent client certificate NAME (repeatable; default \"agent\")"},
    {"listen", "HOST:PORT", "written into croupier.yaml (default 0.0.0.0:8443)"},
    {"help", "", "show this help", "", 'h'},
};

std::string usage() {
    return "Usage:\n"
           "  croupier-server [serve] [options]     run the control plane (Ctrl-C stops it)\n"
           "  croupier-server init --data-dir DIR   make DIR with a development PKI, "
           "croupier.yaml\n"
           "                                        and the user admin (password printed once)\n"
           "  croupier-server user SUBCOMMAND ...   manage users in a stopped server's data dir\n"
           "                                        (`croupier-server user --help`)\n"
           "  croupier-server audit verify|query --data-dir DIR\n"
           "                                        check or read the audit trail (also while "
           "serving)\n"
           "  croupier-server version | --help\n\n"
           "serve options (they override the config file):\n" +
           croupier::core::optionHelp(kServeOptions) + "\ninit options:\n" +
           croupier::core::optionHelp(kInitOptions) +
           "\nExit status: 0 on a clean stop, 1 on a runtime error, 2 on bad usage or "
           "configuration.\n";
}

int fail(const std::string& message, int code) {
    std::cerr << "croupier-server: " << message << "\n";
    return code;
}



int runInit(const ParsedArgs& args) {
    if (!args.has("data-dir")) {
        return fail("init needs --data-dir DIR", 2);
    }
    const std::filesystem::path dir = std::filesystem::absolute(args.value("data-dir"));
    if (std::filesystem::exists(dir / "pki" / "ca.key")) {
        std::cout << dir.string() << " is already initialised (pki/ca.key exists); nothing "
                  << "changed.\n";
        return 0;
    }
    croupier::server::PkiOptions pki;
    if (args.has("server-name")) {
        pki.serverNames = args.values("server-name");
    }
    if (args.has("agent")) {
        pki.agentNames = args.values("agent");
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
        config.listen = args.value("listen");
    }
    const auto configPath = dir / "croupier.yaml";
    if (!std::filesystem::exists(configPath)) {
        std::ofstream out(configPath);
        out << croupier::server::renderConfigFile(config);
        if (!out) {
            return fail("cannot write " + configPath.string(), 1);
        }
    }
    auto password = croupier::server::createInitialAdmin(dir, config);
    if (!password) {
        return fail("creating the admin user: " + password.error().message, 1);
    }
    std::cout << "Initialised " << dir.string() << "\n"
              << "  config        " << configPath.string() << "\n"
              << "  CA            " << (dir / "pki/ca.crt").string() << "\n"
              << "  server cert   " << (dir / "pki/server.crt").string() << "\n";
    for (const auto& name : pki.agentNames) {
        std::cout << "  agent cert    " << (dir / "pki/agents" / (name + ".crt")).string()
                  << " (+ .key)\n";
    }
    std::cout << "  admin password  " << *password
              << "   (shown once; change it with `croupierctl user passwd admin`)\n"
              << "Next: croupier-server serve --data-dir " << dir.string() << "\n";
    return 0;
}

int applyServeArgs(const ParsedArgs& args, ServerConfig& config) {
    std::filesystem::path configFile;
    if (args.has("config")) {
        configFile = args.value("config");
    } else if (args.has("data-dir") &&
               std::filesystem::exists(std::filesystem::path(args.value("data-dir")) /
                                       "croupier.yaml")) {
        configFile = std::filesystem::path(args.value("data-dir")) / "croupier.yaml";
    }
    if (!configFile.empty()) {
        if (auto r = croupier::server::loadConfigFile(configFile, config); !r) {
            return fail(r.error().message, 2);
        }
    }
    if (args.has("data-dir")) {
        config.dataDir = std::filesystem::absolute(args.value("data-dir"));
    }
    if (args.has("listen")) {
        config.listen = args.value("listen");
    }
    if (args.has("insecure")) {
        config.insecure = true;
    }
    if (args.has("log-level") && !croupier::core::parseLogLevel(args.value("log-level"),
                                                                config.logLevel)) {
        return fail("--log-level must be debug, info, warn or error", 2);
    }
    if (args.has("heartbeat-interval")) {
        auto d = croupier::core::parseDuration(args.value("heartbeat-interval"));
        if (!d) {
            return fail("--heartbeat-interval: " + d.error().message, 2);
        }
        config.heartbeatInterval = *d;
    }
    return 0;
}

int runServe(const ParsedArgs& args) {
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
    std::vector<std::string> tokens(argv + 1, argv + argc);
    std::string command = "serve";
    if (!tokens.empty() && !tokens.front().empty() && tokens.front()[0] != '-') {
        command = tokens.front();
        tokens.erase(tokens.begin());
    }
    if (command == "help") {
        std::cout << usage();
        return 0;
    }
    if (command == "version") {
        std::cout << "croupier-server " << CROUPIER_VERSION << "\n";
        return 0;
    }
    if (command == "user") {
        return croupier::server::runUserCommand(tokens, std::cout, std::cerr);
    }
    if (command == "audit") {
        return croupier::server::runAuditCommand(tokens, std::cout, std::cerr);
    }
    if (command != "serve" && command != "init") {
        std::cerr << "croupier-server: unknown command \"" << command << "\"\n\n" << usage();
        return 2;
    }
    auto args = croupier::core::parseArgs(tokens, command == "init" ? kInitOptions
                                                                    : kServeOptions);
    if (!args) {
        std::cerr << "croupier-server: " << args.error().message << "\n\n" << usage();
        return 2;
    }
    if (args->has("help")) {
        std::cout << usage();
        return 0;
    }
    if (!args->positionals().empty()) {
        std::cerr << "croupier-server: unexpected argument \"" << args->positionals().front()
                  << "\"\n\n" << usage();
        return 2;
    }
    return command == "init" ? runInit(*args) : runServe(*args);
}
