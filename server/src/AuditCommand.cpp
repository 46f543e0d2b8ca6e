#include "croupier/server/AuditCommand.h"

#include "croupier/core/ArgParser.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/SqliteStore.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace croupier::server {
namespace {

using core::OptionSpec;
using core::ParsedArgs;

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100'000;

const std::vector<OptionSpec> kVerifyOptions = {
    {"data-dir", "DIR", "the server's data dir (holds croupier.db)"},
    {"expect-head", "SEQ:HASH",
     "a head printed or logged earlier: the chain must still reach it (finds removed rows)"},
    {"help", "", "show this help", "", 'h'},
};

const std::vector<OptionSpec> kQueryOptions = {
    {"data-dir", "DIR", "the server's data dir (holds croupier.db)"},
    {"actor", "NAME", "only records by this user, agent or \"system\""},
    {"action", "ACTION", "an action, or a prefix ending in \".\" (\"approval.\")"},
    {"function", "ID", "only records about this function"},
    {"game", "ID", "only this game"},
    {"env", "ENV", "only this env"},
    {"outcome", "OUTCOME", "\"ok\", \"denied\" or an error code name"},
    {"limit", "N", "at most N records, newest first (default 50)"},
    {"json", "", "one JSON object per line instead of a table"},
    {"help", "", "show this help", "", 'h'},
};

std::string usage() {
    return "Usage:\n"
           "  croupier-server audit verify --data-dir DIR   check the audit hash chain\n"
           "  croupier-server audit query --data-dir DIR [filters]   newest records first\n\n"
           "verify options:\n" +
           core::optionHelp(kVerifyOptions) + "\nquery options:\n" +
           core::optionHelp(kQueryOptions) +
           "\nBoth read the database directly and may run while the server runs.\n"
           "Exit status: 0 success (verify: the chain is intact), 1 a broken chain or an error,\n"
           "2 bad usage.\n";
}

int usageError(std::ostream& err, const std::string& message) {
    err << "croupier-server audit: " << message << "\n\n" << usage();
    return kExitUsage;
}

// Control characters (terminal escapes in a hostile username, say) shown as \xNN.
std::string printable(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) {
            std::ostringstream hex;
            hex << "\\x" << std::hex << std::setw(2) << std::setfill('0') << int(c);
            out += hex.str();
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string isoTime(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::ostringstream s;
    s << std::put_time(&utc, "%Y-%m-%dT%H:%M:%S") << '.' << std::setw(3) << std::setfill('0')
      << (ms % 1000 + 1000) % 1000 << 'Z';
    return s.str();
}

// Opens the data dir's database without creating one where none is.
core::Result<std::unique_ptr<SqliteStore>> openStore(const ParsedArgs& args) {
    const std::filesystem::path file =
        std::filesystem::path(args.value("data-dir")) / "croupier.db";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return core::Unexpected(core::ErrorCode::NotFound,
                                "no database at " + file.string() +
                                    " (is --data-dir the server's data dir?)");
    }
    SqliteOptions readOnly; // beside a live server: never migrate or write
    readOnly.readOnly = true;
    return SqliteStore::open(file, readOnly);
}

int runVerify(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    core::AuditHead expected;
    if (args.has("expect-head")) {
        auto head = core::parseAuditHead(args.value("expect-head"));
        if (!head) {
            return usageError(err, "--expect-head: " + head.error().message);
        }
        expected = std::move(*head);
    }
    auto store = openStore(args);
    if (!store) {
        err << "croupier-server audit: " << store.error().message << "\n";
        return kExitFailed;
    }
    auto verdict = verifyAuditChain(**store, expected);
    if (!verdict) {
        err << "croupier-server audit: cannot read the audit trail: " << verdict.error().message
            << "\n";
        return kExitFailed;
    }
    if (verdict->ok) {
        out << "audit chain OK: " << verdict->records << " records";
        if (verdict->head.seq > 0) {
            out << "; head " << core::formatAuditHead(verdict->head);
        }
        out << "\n";
        return kExitOk;
    }
    out << "audit chain BROKEN at seq " << verdict->firstBrokenSeq << ": " << verdict->problem
        << " (" << verdict->records << " records checked)\n";
    return kExitFailed;
}

core::Result<AuditFilter> queryFilter(const ParsedArgs& args) {
    AuditFilter f;
    f.actor = args.value("actor");
    f.action = args.value("action");
    f.functionId = args.value("function");
    f.gameId = args.value("game");
    f.env = args.value("env");
    f.outcome = args.value("outcome");
    f.limit = kDefaultLimit;
    if (args.has("limit")) {
        const std::string text = args.value("limit");
        const bool digits = !text.empty() && text.size() <= 6 &&
                            std::all_of(text.begin(), text.end(),
                                        [](unsigned char c) { return std::isdigit(c) != 0; });
        const int limit = digits ? std::stoi(text) : 0;
        if (limit < 1 || limit > kMaxLimit) {
            return core::Unexpected(core::ErrorCode::InvalidArgument,
                                    "--limit must be a number from 1 to " +
                                        std::to_string(kMaxLimit));
        }
        f.limit = limit;
    }
    return f;
}

nlohmann::json rowJson(const AuditRow& row) {
    const auto embedded = [](const std::string& text) {
        return text.empty() ? nlohmann::json() : nlohmann::json::parse(text, nullptr, false);
    };
    auto params = embedded(row.paramsJson);
    auto details = embedded(row.detailsJson);
    return {{"seq", row.seq},
            {"timestamp", row.timestampMs},
            {"time", isoTime(row.timestampMs)},
            {"actor", row.actor},
            {"actor_kind", row.actorKind},
            {"action", row.action},
            {"game_id", row.gameId},
            {"env", row.env},
            {"function_id", row.functionId},
            {"target", row.target},
            {"outcome", row.outcome},
            {"message", row.message},
            {"duration_ms", row.durationMs},
            {"peer", row.peer},
            {"prev_hash", row.prevHash},
            {"hash", row.hash},
            {"params", params.is_discarded() ? nlohmann::json(row.paramsJson) : params},
            {"details", details.is_discarded() ? nlohmann::json(row.detailsJson) : details}};
}

void printTable(const std::vector<AuditRow>& rows, std::ostream& out) {
    std::vector<std::vector<std::string>> cells = {
        {"SEQ", "TIME", "ACTOR", "ACTION", "SCOPE", "FUNCTION", "TARGET", "OUTCOME", "MESSAGE"}};
    for (const auto& r : rows) {
        const std::string scope = r.gameId.empty() ? "-" : r.gameId + "/" + r.env;
        cells.push_back({std::to_string(r.seq), isoTime(r.timestampMs), printable(r.actor),
                         printable(r.action), printable(scope),
                         r.functionId.empty() ? "-" : printable(r.functionId),
                         r.target.empty() ? "-" : printable(r.target), printable(r.outcome),
                         printable(r.message)});
    }
    std::vector<std::size_t> width(cells.front().size(), 0);
    for (const auto& line : cells) {
        for (std::size_t i = 0; i < line.size(); ++i) {
            width[i] = std::max(width[i], line[i].size());
        }
    }
    for (const auto& line : cells) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            text += line[i];
            if (i + 1 < line.size()) {
                text += std::string(width[i] - line[i].size() + 2, ' ');
            }
        }
        out << text << "\n";
    }
}

int runQuery(const ParsedArgs& args, std::ostream& out, std::ostream& err) {
    auto filter = queryFilter(args);
    if (!filter) {
        return usageError(err, filter.error().message);
    }
    auto store = openStore(args);
    if (!store) {
        err << "croupier-server audit: " << store.error().message << "\n";
        return kExitFailed;
    }
    auto rows = (*store)->queryAudit(*filter);
    if (!rows) {
        err << "croupier-server audit: cannot read the audit trail: " << rows.error().message
            << "\n";
        return kExitFailed;
    }
    if (args.has("json")) {
        for (const auto& row : *rows) {
            out << rowJson(row).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << "\n";
        }
    } else if (rows->empty()) {
        out << "no audit records match\n";
    } else {
        printTable(*rows, out);
    }
    return kExitOk;
}

} // namespace

int runAuditCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        return usageError(err, "audit needs a subcommand: verify or query");
    }
    const std::string& sub = args.front();
    if (sub == "help" || sub == "--help" || sub == "-h") {
        out << usage();
        return kExitOk;
    }
    if (sub != "verify" && sub != "query") {
        return usageError(err, "unknown audit subcommand \"" + sub + "\"");
    }
    auto parsed = core::parseArgs(args, sub == "verify" ? kVerifyOptions : kQueryOptions, {0});
    if (!parsed) {
        return usageError(err, parsed.error().message);
    }
    if (parsed->has("help")) {
        out << usage();
        return kExitOk;
    }
    if (!parsed->positionals().empty()) {
        return usageError(err, "unexpected argument \"" + parsed->positionals().front() + "\"");
    }
    if (!parsed->has("data-dir") || parsed->value("data-dir").empty()) {
        return usageError(err, "audit " + sub + " needs --data-dir DIR");
    }
    return sub == "verify" ? runVerify(*parsed, out, err) : runQuery(*parsed, out, err);
}

} // namespace croupier::server
