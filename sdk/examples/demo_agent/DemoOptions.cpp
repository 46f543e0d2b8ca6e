#include "DemoOptions.h"

#include <charconv>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>

namespace croupier::demo {
namespace {

using croupier::core::ErrorCode;
using croupier::core::Result;
using croupier::core::Unexpected;

const std::set<std::string> kValueFlags{
    "--server", "--game",        "--env",         "--agent-id",    "--ca",       "--cert",
    "--key",    "--server-name", "--descriptors", "--job-step-ms", "--log-level"};

Unexpected bad(const std::string& message) {
    return Unexpected(ErrorCode::InvalidArgument, message);
}

// Applies one of kValueFlags.
Result<void> applyValue(DemoOptions& o, const std::string& flag, const std::string& value) {
    const std::map<std::string, std::string*> strings{{"--server", &o.server},
                                                      {"--game", &o.game},
                                                      {"--env", &o.env},
                                                      {"--agent-id", &o.agentId},
                                                      {"--ca", &o.caFile},
                                                      {"--cert", &o.certFile},
                                                      {"--key", &o.keyFile},
                                                      {"--server-name", &o.serverName},
                                                      {"--descriptors", &o.descriptorsDir}};
    if (const auto it = strings.find(flag); it != strings.end()) {
        *it->second = value;
        return {};
    }
    if (flag == "--job-step-ms") {
        long long ms = -1;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), ms);
        if (ec != std::errc() || end != value.data() + value.size() || ms < 0) {
            return bad("--job-step-ms needs a number of milliseconds >= 0, not '" + value + "'");
        }
        o.jobStep = std::chrono::milliseconds(ms);
        return {};
    }
    if (flag == "--log-level") {
        if (!croupier::core::parseLogLevel(value, o.logLevel)) {
            return bad("--log-level must be debug, info, warn, error or off, not '" + value + "'");
        }
        return {};
    }
    return bad("unknown option " + flag + " (see --help)");
}

} // namespace

Result<DemoOptions> parseDemoOptions(const std::vector<std::string>& args) {
    DemoOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string flag = args[i];
        if (flag == "--help" || flag == "-h") {
            options.help = true;
            continue;
        }
        if (flag == "--insecure") {
            options.insecure = true;
            continue;
        }
        std::string value;
        const auto eq = flag.find('=');
        if (eq != std::string::npos) {
            value = flag.substr(eq + 1);
            flag = flag.substr(0, eq);
        }
        if (kValueFlags.count(flag) == 0) {
            return bad("unknown option " + flag + " (see --help)");
        }
        if (eq == std::string::npos) {
            if (i + 1 >= args.size()) {
                return bad("missing value for " + flag);
            }
            value = args[++i];
        }
        if (auto applied = applyValue(options, flag, value); !applied) {
            return Unexpected(applied.error());
        }
    }
    return options;
}

std::string demoUsage() {
    return "Usage: croupier-demo-agent [options]\n"
           "A fake game (players, items, guilds, mail) serving the demo functions to\n"
           "croupier-server.\n\n"
           "  --server ADDR        server host:port (default localhost:8443)\n"
           "  --game ID            game id (default demo)\n"
           "  --env NAME           environment (default dev)\n"
           "  --agent-id ID        agent id (default <hostname>-<random>)\n"
           "  --ca FILE            CA certificate of the server\n"
           "  --cert FILE          this agent's client certificate\n"
           "  --key FILE           this agent's client key\n"
           "  --server-name NAME   name expected in the server certificate\n"
           "  --insecure           plaintext (loopback servers only)\n"
           "  --descriptors DIR    descriptor directory (default: the bundled demo set)\n"
           "  --job-step-ms MS     delay per player in player.export (default 200)\n"
           "  --log-level LEVEL    debug, info, warn, error, off (default info)\n"
           "  --help               this text\n";
}

std::string defaultDescriptorsDir() {
    std::error_code ec;
#ifdef CROUPIER_DEMO_DESCRIPTORS_DIR
    if (std::filesystem::is_directory(CROUPIER_DEMO_DESCRIPTORS_DIR, ec)) {
        return CROUPIER_DEMO_DESCRIPTORS_DIR;
    }
#endif
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) {
        return "share/croupier/demo/descriptors";
    }
    return (exe.parent_path() / ".." / "share" / "croupier" / "demo" / "descriptors")
        .lexically_normal()
        .string();
}

} // namespace croupier::demo
