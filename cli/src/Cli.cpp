#include "Cli.h"

#include "BearerToken.h"
#include "CommandContext.h"
#include "ExitCodes.h"
#include "TextWidth.h"
#include "TokenStore.h"

namespace croupier::cli {

Cli::Cli(const CommandTable& table, std::ostream& out, std::ostream& err, Interrupter& interrupter,
         GlobalOptions::EnvLookup env, Terminal terminal)
    : m_table(table)
    , m_out(out)
    , m_err(err)
    , m_interrupter(interrupter)
    , m_env(std::move(env))
    , m_terminal(terminal) {}

int Cli::usage(const std::string& message, const std::string& hint) {
    m_err << "croupierctl: " << sanitizeLine(message) << "\n"
          << "Try '" << hint << "' for more information.\n";
    return kExitUsage;
}

int Cli::help(const std::vector<std::string>& words) {
    if (words.empty()) {
        m_out << m_table.overviewHelp();
        return kExitOk;
    }
    for (const auto& c : m_table.commands()) {
        if (c.group == words[0] && words.size() > 1 && c.sub == words[1]) {
            m_out << m_table.commandHelp(c);
            return kExitOk;
        }
    }
    if (!m_table.hasGroup(words[0])) {
        return usage("unknown command \"" + words[0] + "\"");
    }
    const CommandSpec* only = nullptr;
    int members = 0;
    for (const auto& c : m_table.commands()) {
        if (c.group == words[0]) {
            only = &c;
            ++members;
        }
    }
    if (members == 1) {
        m_out << m_table.commandHelp(*only);
        return kExitOk;
    }
    m_out << m_table.groupHelp(words[0]);
    return kExitOk;
}

int Cli::withoutCommand(const std::vector<std::string>& tokens, const CommandTable::Match& match) {
    auto globals = parseArgs(tokens, GlobalOptions::specs(), match.wordIndices);
    if (!globals) {
        return usage(globals.error().message);
    }
    if (globals->has("help") || !match.group.empty()) {
        return help(match.group.empty() ? std::vector<std::string>{}
                                        : std::vector<std::string>{match.group});
    }
    return usage("no command given");
}

int Cli::run(const std::vector<std::string>& tokens) {
    if (tokens.empty()) {
        m_err << m_table.overviewHelp();
        return kExitUsage;
    }
    if (tokens[0] == "help") {
        return help({tokens.begin() + 1, tokens.end()});
    }
    auto match = m_table.find(tokens);
    if (!match) {
        return usage(match.error().message);
    }
    if (match->spec == nullptr) {
        return withoutCommand(tokens, *match);
    }
    const CommandSpec& spec = *match->spec;
    const std::string hint = "croupierctl " + spec.words() + " --help";
    auto specs = GlobalOptions::specs();
    specs.insert(specs.end(), spec.options.begin(), spec.options.end());
    auto args = parseArgs(tokens, specs, match->wordIndices);
    if (!args) {
        return usage(args.error().message, hint);
    }
    if (args->has("help")) {
        const bool groupOnly = !match->explicitSub && !spec.sub.empty();
        return help(groupOnly ? std::vector<std::string>{spec.group}
                              : std::vector<std::string>{spec.group, spec.sub});
    }
    const std::size_t n = args->positionals().size();
    if (n < spec.minArgs || n > spec.maxArgs) {
        const std::string what = n < spec.minArgs ? "missing arguments" : "too many arguments";
        return usage(what + ": croupierctl " + spec.words() + " " + spec.synopsis, hint);
    }
    return runCommand(spec, *args);
}

int Cli::runCommand(const CommandSpec& spec, const ParsedArgs& args) {
    const std::string hint = "croupierctl " + spec.words() + " --help";
    auto options = GlobalOptions::resolve(args, m_env);
    if (!options) {
        return usage(options.error().message, hint);
    }
    if (spec.needsScope) {
        if (auto problem = options->scopeProblem()) {
            return usage(*problem, hint);
        }
    }
    if (spec.needsServer && spec.needsToken) {
        if (int rc = findStoredToken(*options); rc != kExitOk) {
            return rc;
        }
    }
    std::unique_ptr<Connection> connection;
    if (spec.needsServer) {
        auto opened = Connection::open(*options);
        if (!opened) {
            return usage(opened.error().message, hint);
        }
        connection = std::move(*opened);
    }
    Output output(m_out, m_err, options->output, m_terminal.stdoutIsTerminal, options->server);
    output.setHelpHint(hint);
    output.setColumns(m_terminal.columns);
    CommandContext context(*options, output, m_interrupter, std::move(connection));
    return spec.run(context, args);
}

int Cli::findStoredToken(GlobalOptions& options) {
    if (!options.token.empty() || options.tokenFile.empty()) {
        return kExitOk;
    }
    auto stored = TokenStore(options.tokenFile).load(options.server);
    if (!stored) {
        m_err << "croupierctl: " << sanitizeLine(stored.error().message) << "\n";
        return kExitUsage;
    }
    if (*stored && !isUsableToken((*stored)->token)) {
        m_err << "croupierctl: the token file " << options.tokenFile
              << " holds a damaged token; run `croupierctl login` again\n";
        return kExitUsage;
    }
    if (*stored) {
        options.token = (*stored)->token;
        options.tokenFromFile = true;
    }
    return kExitOk;
}

} // namespace croupier::cli
