#include "croupier/server/UserCommand.h"

#include "croupier/core/ArgParser.h"
#include "croupier/core/Crypto.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/DataDirLock.h"
#include "croupier/server/SqliteStore.h"
#include "croupier/server/UserDirectory.h"

#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <pwd.h>
#include <unistd.h>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::OptionSpec;
using core::ParsedArgs;
using core::Unexpected;
using Scopes = std::vector<std::pair<std::string, std::string>>;

// Everything a subcommand works on: the locked data dir and its users. Members are destroyed
// in reverse order, so the audit writer flushes before the store closes and the lock goes last.
struct Session {
    std::unique_ptr<DataDirLock> lock;
    std::unique_ptr<SqliteStore> store;
    core::SystemClock clock;
    core::Logger log{core::LogLevel::Off};
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<UserDirectory> users;
};

struct Subcommand {
    std::string name;
    std::string synopsis;
    std::vector<OptionSpec> options; // besides the common ones
    int (*run)(Session&, const std::string& username, const ParsedArgs&, std::ostream&,
               std::ostream&);
};

const std::vector<OptionSpec> kCommonOptions = {
    {"data-dir", "DIR", "the server's data dir (required)", "CROUPIER_DATA_DIR"},
    {"config", "FILE", "YAML config defining the roles (default: DIR/croupier.yaml if present)"},
    {"help", "", "show this help", "", 'h'},
};
const OptionSpec kPassword{"password", "PASSWORD",
                           "the password (visible in ps: prefer --password-file); default: "
                           "generate one, print it once"};
const OptionSpec kPasswordFile{"password-file", "FILE",
                               "read the password from the first line of FILE (- = stdin)"};
const OptionSpec kRole{"role", "ROLE", "a role from the config (repeatable)"};
const OptionSpec kScope{"scope", "GAME/ENV", "limit to this game/env, * = any (repeatable)"};

int fail(std::ostream& err, const core::Error& error) {
    err << "croupier-server user: " << error.message << "\n";
    return error.code == ErrorCode::InvalidArgument ? 2 : 1;
}

std::string joined(const std::vector<std::string>& items, const std::string& empty) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ",") + item;
    }
    return out.empty() ? empty : out;
}

std::string scopesText(const Scopes& scopes) {
    std::vector<std::string> items;
    for (const auto& [game, env] : scopes) {
        items.push_back(game + "/" + env);
    }
    return joined(items, "*/*");
}

std::string timeText(std::int64_t ms) {
    if (ms <= 0) {
        return "never";
    }
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof(buffer), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

core::Result<Scopes> parseScopes(const std::vector<std::string>& values) {
    Scopes out;
    for (const auto& value : values) {
        const auto slash = value.find('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == value.size()) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "--scope takes GAME/ENV (\"*\" for any), not \"" + value + "\"");
        }
        out.emplace_back(value.substr(0, slash), value.substr(slash + 1));
    }
    return out;
}

// The password to set and whether it was generated (and must be printed).
core::Result<std::pair<std::string, bool>> chosenPassword(const ParsedArgs& args) {
    if (args.has("password") && args.has("password-file")) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "give --password or --password-file, not both");
    }
    if (args.has("password")) {
        return std::make_pair(args.value("password"), false);
    }
    if (!args.has("password-file")) {
        return std::make_pair(core::randomId("", 12), true);
    }
    const auto file = args.value("password-file");
    std::ifstream in;
    if (file != "-") {
        in.open(file);
        if (!in) {
            return Unexpected(ErrorCode::InvalidArgument, "cannot read " + file);
        }
    }
    std::string line;
    std::getline(file == "-" ? std::cin : in, line);
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return std::make_pair(line, false);
}

// "cli:<unix user>": the account that ran the command (uid when it has no name).
std::string auditActor() {
    struct passwd entry {};
    struct passwd* found = nullptr;
    std::vector<char> buffer(4096);
    const uid_t uid = ::geteuid();
    if (::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found != nullptr) {
        return std::string("cli:") + found->pw_name;
    }
    return "cli:uid" + std::to_string(uid);
}

// Records a change; a change that cannot be audited is reported (exit 1), not hidden.
int audited(Session& s, const std::string& action, const std::string& target,
            std::map<std::string, std::string> details, std::ostream& err) {
    AuditEntry entry;
    entry.actor = auditActor();
    entry.actorKind = "system";
    entry.action = action;
    entry.target = target;
    entry.details = std::move(details);
    if (auto r = s.audit->appendSync(std::move(entry)); !r) {
        err << "croupier-server user: the change was made but could not be audited: "
            << r.error().message << "\n";
        return 1;
    }
    return 0;
}

int runAdd(Session& s, const std::string& username, const ParsedArgs& args, std::ostream& out,
           std::ostream& err) {
    auto scopes = parseScopes(args.values("scope"));
    auto password = chosenPassword(args);
    if (!scopes || !password) {
        return fail(err, !scopes ? scopes.error() : password.error());
    }
    const auto roles = args.values("role");
    auto user =
        s.users->createUser(username, password->first, args.value("display-name"), roles, *scopes);
    if (!user) {
        return fail(err, user.error());
    }
    out << "Created user " << username << " (roles: " << joined(user->roles, "none")
        << "; scopes: " << scopesText(user->scopes) << ")\n";
    if (password->second) {
        out << "Password for " << username << " (shown once): " << password->first << "\n";
    }
    return audited(s, "user.create", username,
                   {{"roles", joined(user->roles, "")}, {"scopes", scopesText(user->scopes)}}, err);
}

int runPasswd(Session& s, const std::string& username, const ParsedArgs& args, std::ostream& out,
              std::ostream& err) {
    auto password = chosenPassword(args);
    if (!password) {
        return fail(err, password.error());
    }
    if (auto user = s.users->setPassword(username, password->first); !user) {
        return fail(err, user.error());
    }
    out << "Password changed for " << username << "; their sessions were signed out.\n";
    if (password->second) {
        out << "New password for " << username << " (shown once): " << password->first << "\n";
    }
    return audited(s, "user.password", username, {}, err);
}

int runRoles(Session& s, const std::string& username, const ParsedArgs& args, std::ostream& out,
             std::ostream& err) {
    if (!args.has("role")) {
        return fail(err, core::Error(ErrorCode::InvalidArgument, "roles needs --role ROLE"));
    }
    auto user = s.users->setRoles(username, args.values("role"));
    if (!user) {
        return fail(err, user.error());
    }
    out << "Roles of " << username << ": " << joined(user->roles, "none") << "\n";
    return audited(s, "user.roles", username, {{"roles", joined(user->roles, "")}}, err);
}

int runScopes(Session& s, const std::string& username, const ParsedArgs& args, std::ostream& out,
              std::ostream& err) {
    if (args.has("scope") == args.has("all-scopes")) {
        return fail(err, core::Error(ErrorCode::InvalidArgument,
                                     "scopes needs --scope GAME/ENV (repeatable) or --all-scopes"));
    }
    auto scopes = parseScopes(args.values("scope"));
    if (!scopes) {
        return fail(err, scopes.error());
    }
    auto user = s.users->setScopes(username, *scopes);
    if (!user) {
        return fail(err, user.error());
    }
    out << "Scopes of " << username << ": " << scopesText(user->scopes) << "\n";
    return audited(s, "user.scopes", username, {{"scopes", scopesText(user->scopes)}}, err);
}

int runSetDisabled(Session& s, const std::string& username, bool disabled, std::ostream& out,
                   std::ostream& err) {
    if (auto user = s.users->setDisabled(username, disabled); !user) {
        return fail(err, user.error());
    }
    out << (disabled ? "Disabled " : "Enabled ") << username
        << (disabled ? "; their sessions were signed out.\n" : ".\n");
    return audited(s, disabled ? "user.disable" : "user.enable", username, {}, err);
}

int runList(Session& s, const std::string& /*username*/, const ParsedArgs& /*args*/,
            std::ostream& out, std::ostream& /*err*/) {
    out << std::left << std::setw(20) << "USERNAME" << std::setw(20) << "ROLES" << std::setw(20)
        << "SCOPES" << std::setw(10) << "STATE"
        << "LAST SIGN-IN\n";
    for (const auto& user : s.users->listUsers()) {
        out << std::setw(19) << user.username << " " << std::setw(19) << joined(user.roles, "-")
            << " " << std::setw(19) << scopesText(user.scopes) << " " << std::setw(9)
            << (user.disabled ? "disabled" : "active") << " " << timeText(user.lastLoginAtMs)
            << "\n";
    }
    return 0;
}

const std::vector<Subcommand>& subcommands() {
    static const std::vector<Subcommand> kAll = {
        {"add",
         "USERNAME [--role ROLE]... [--scope GAME/ENV]... [--display-name NAME]",
         {kRole,
          kScope,
          {"display-name", "NAME", "shown in the console"},
          kPassword,
          kPasswordFile},
         runAdd},
        {"passwd", "USERNAME", {kPassword, kPasswordFile}, runPasswd},
        {"roles", "USERNAME --role ROLE...", {kRole}, runRoles},
        {"scopes",
         "USERNAME (--scope GAME/ENV... | --all-scopes)",
         {kScope, {"all-scopes", "", "allow every game and env"}},
         runScopes},
        {"disable",
         "USERNAME",
         {},
         [](Session& s, const std::string& u, const ParsedArgs&, std::ostream& o, std::ostream& e) {
             return runSetDisabled(s, u, true, o, e);
         }},
        {"enable",
         "USERNAME",
         {},
         [](Session& s, const std::string& u, const ParsedArgs&, std::ostream& o, std::ostream& e) {
             return runSetDisabled(s, u, false, o, e);
         }},
        {"list", "", {}, runList},
    };
    return kAll;
}

core::Result<ServerConfig> loadConfig(const ParsedArgs& args) {
    ServerConfig config;
    std::filesystem::path file;
    if (args.has("config")) {
        file = args.value("config");
    } else if (args.has("data-dir") &&
               std::filesystem::exists(std::filesystem::path(args.value("data-dir")) /
                                       "croupier.yaml")) {
        file = std::filesystem::path(args.value("data-dir")) / "croupier.yaml";
    }
    if (!file.empty()) {
        if (auto r = loadConfigFile(file, config); !r) {
            return Unexpected(r.error());
        }
    }
    if (args.has("data-dir")) {
        config.dataDir = std::filesystem::absolute(args.value("data-dir"));
    }
    if (config.dataDir.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "--data-dir DIR is required");
    }
    return config;
}

core::Result<std::unique_ptr<Session>> openSession(const ServerConfig& config) {
    const auto& dir = config.dataDir;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        return Unexpected(ErrorCode::FailedPrecondition,
                          "no data dir at " + dir.string() +
                              "; create one with `croupier-server init --data-dir " + dir.string() +
                              "`");
    }
    auto session = std::make_unique<Session>();
    auto lock = DataDirLock::acquire(dir);
    if (!lock) {
        auto error = lock.error();
        if (error.code == ErrorCode::FailedPrecondition) {
            error.message += "; while it runs, manage users through it with `croupierctl user "
                             "...` (as an admin), or stop it first";
        }
        return Unexpected(error);
    }
    session->lock = std::move(*lock);
    auto store = SqliteStore::open(dir / "croupier.db", SqliteOptions{config.storageSyncFull});
    if (!store) {
        return Unexpected(store.error());
    }
    session->store = std::move(*store);
    AuditLog::Options auditOptions;
    auditOptions.giveUpAfter = std::chrono::seconds(3); // a command answers; it does not hang
    session->audit =
        std::make_unique<AuditLog>(*session->store, session->clock, session->log, auditOptions);
    session->users =
        std::make_unique<UserDirectory>(*session->store, config, session->clock, session->log);
    if (auto r = session->audit->recover(); !r) {
        return Unexpected(r.error());
    }
    if (auto r = session->users->load(); !r) {
        return Unexpected(r.error());
    }
    return session;
}

const Subcommand* findSubcommand(const std::string& name) {
    for (const auto& sub : subcommands()) {
        if (sub.name == name) {
            return &sub;
        }
    }
    return nullptr;
}

} // namespace

std::string userCommandUsage() {
    std::string text = "Usage: croupier-server user COMMAND --data-dir DIR [options]\n"
                       "Manage users while no server runs on DIR (otherwise use `croupierctl "
                       "user ...`).\n\nCommands:\n";
    std::vector<OptionSpec> extra;
    for (const auto& sub : subcommands()) {
        text += "  " + sub.name + (sub.synopsis.empty() ? "" : " " + sub.synopsis) + "\n";
        for (const auto& option : sub.options) {
            if (!core::findOption(extra, option.name)) {
                extra.push_back(option);
            }
        }
    }
    return text + "\nOptions:\n" + core::optionHelp(kCommonOptions) + core::optionHelp(extra) +
           "\nExit status: 0 done, 1 failed, 2 bad usage.\n";
}

int runUserCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args.front() == "help" || args.front() == "--help" ||
        args.front() == "-h") {
        (args.empty() ? err : out) << userCommandUsage();
        return args.empty() ? 2 : 0;
    }
    const Subcommand* sub = findSubcommand(args.front());
    if (sub == nullptr) {
        err << "croupier-server user: unknown command \"" << args.front() << "\"\n\n"
            << userCommandUsage();
        return 2;
    }
    auto specs = kCommonOptions;
    specs.insert(specs.end(), sub->options.begin(), sub->options.end());
    auto parsed = core::parseArgs(args, specs, {0});
    if (!parsed) {
        return fail(err, parsed.error());
    }
    if (parsed->has("help")) {
        out << userCommandUsage();
        return 0;
    }
    const auto& positionals = parsed->positionals();
    const std::size_t wanted = sub->name == "list" ? 0 : 1;
    if (positionals.size() != wanted) {
        err << "croupier-server user " << sub->name << ": usage: croupier-server user " << sub->name
            << " " << sub->synopsis << " --data-dir DIR\n";
        return 2;
    }
    auto config = loadConfig(*parsed);
    if (!config) {
        return fail(err, config.error());
    }
    auto session = openSession(*config);
    if (!session) {
        return fail(err, session.error());
    }
    return sub->run(**session, wanted ? positionals.front() : "", *parsed, out, err);
}

core::Result<std::string> createInitialAdmin(const std::filesystem::path& dataDir,
                                             const ServerConfig& config) {
    ServerConfig local = config;
    local.dataDir = dataDir;
    auto session = openSession(local);
    if (!session) {
        return Unexpected(session.error());
    }
    const std::string password = core::randomId("", 12);
    auto user = (*session)->users->createUser("admin", password, "Administrator", {"admin"}, {});
    if (!user) {
        return Unexpected(user.error());
    }
    AuditEntry entry;
    entry.actor = "system";
    entry.actorKind = "system";
    entry.action = "user.create";
    entry.target = "admin";
    entry.message = "initial administrator created by croupier-server init";
    entry.details = {{"roles", "admin"}};
    if (auto r = (*session)->audit->appendSync(std::move(entry)); !r) {
        return Unexpected(r.error());
    }
    return password;
}

} // namespace croupier::server
