#include "DemoOptions.h"

#include "croupier/core/ArgParser.h"

#include <charconv>
#include <filesystem>
#include <system_error>

namespace croupier::demo {
namespace {

using croupier::core::ErrorCode;
using croupier::core::OptionSpec;
using croupier::core::Result;
using croupier::core::Unexpected;

const std::vector<OptionSpec> kOptions = {
    {"server", "ADDR", "server host:port (default localhost:8443)"},
    {"game", "ID", "game id (default demo)"},
    {"env", "NAME", "environment (default dev)"},
    {"agent-id", "ID", "agent id (default <hostname>-<random>)"},
    {"ca", "FILE", "CA certificate of the server"},
    {"cert", "FILE", "this agent's client certificate"},
    {"key", "FILE", "this agent's client key"},
    {"server-name", "NAME", "name expected in the server certificate"},
    {"insecure", "", "plaintext (loopback servers only)"},
    {"descriptors", "DIR", "descriptor directory (default: the bundled demo set)"},
    {"job-step-ms", "MS", "delay per player in player.export (default 200)"},
    {"log-level", "LEVEL", "debug, info, warn, error, off (default info)"},
    {"help", "", "this text", "", 'h'},
};

Unexpected bad(const std::string& message) {
    return Unexpected(ErrorCode::InvalidArgument, message);
}

Result<void> applyNumbers(const croupier::core::ParsedArgs& args, DemoOptions& o) {
    if (args.has("job-step-ms")) {
        const std::string value = args.value("job-step-ms");
        long long ms = -1;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), ms);
        if (ec != std::errc() || end != value.data() + value.size() || ms < 0) {
            return bad("--job-step-ms needs a number of milliseconds >= 0, not '" + value + "'");
        }
        o.jobStep = std::chrono::milliseconds(ms);
    }
    if (args.has("log-level") && !croupier::core::parseLogLevel(args.value("log-level"),
                                                                o.logLevel)) {
        return bad("--log-level must be debug, info, warn, error or off, not '" +
                   args.value("log-level") + "'");
    }
    return {};
}

} // namespace

Result<DemoOptions> parseDemoOptions(const std::vector<std::string>& tokens) {
    auto args = croupier::core::parseArgs(tokens, kOptions);
    if (!args) {
        return bad(args.error().message + " (see --help)");
    }
    if (!args->positionals().empty()) {
        return bad("unexpected argument '" + args->positionals().front() + "' (see --help)");
    }
    DemoOptions o;
    const std::pair<const char*, std::string*> strings[] = {
        {"server", &o.server},   {"game", &o.game},        {"env", &o.env},
        {"agent-id", &o.agentId}, {"ca", &o.caFile},       {"cert", &o.certFile},
        {"key", &o.keyFile},     {"server-name", &o.serverName},
        {"descriptors", &o.descriptorsDir}};
    for (const auto& [name, field] : strings) {
        *field = args->value(name, *field);
    }
    o.insecure = args->has("insecure");
    o.help = args->has("help");
    if (auto r = applyNumbers(*args, o); !r) {
        return Unexpected(r.error());
    }
    return o;
}

std::string demoUsage() {
    return "Usage: croupier-demo-agent [options]\n"
           "A fake game (players, items, guilds, mail) serving the demo functions to\n"
           "croupier-server.\n\n" +
           croupier::core::optionHelp(kOptions);
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
