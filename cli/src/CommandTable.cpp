#include "CommandTable.h"

#include "ExitCodes.h"
#include "GlobalOptions.h"
#include "TextWidth.h"

#include <algorithm>

namespace croupier::cli {

using core::ErrorCode;
using core::Unexpected;

void CommandTable::add(CommandSpec spec) {
    m_commands.push_back(std::move(spec));
}

bool CommandTable::hasGroup(const std::string& group) const {
    return !inGroup(group).empty();
}

std::vector<const CommandSpec*> CommandTable::inGroup(const std::string& group) const {
    std::vector<const CommandSpec*> out;
    for (const auto& c : m_commands) {
        if (c.group == group) {
            out.push_back(&c);
        }
    }
    return out;
}

std::vector<OptionSpec> CommandTable::groupOptions(const std::string& group) const {
    std::vector<OptionSpec> out = GlobalOptions::specs();
    for (const auto* c : inGroup(group)) {
        out.insert(out.end(), c->options.begin(), c->options.end());
    }
    return out;
}

namespace {

// The index of the next word (not an option or an option's value) at or after `from`.
std::size_t nextWord(const std::vector<std::string>& tokens, std::size_t from,
                     const std::vector<OptionSpec>& options) {
    for (std::size_t i = from; i < tokens.size(); ++i) {
        const std::string& t = tokens[i];
        if (t == "--") {
            return i + 1 < tokens.size() ? i + 1 : tokens.size();
        }
        if (t.size() < 2 || t[0] != '-') {
            return i;
        }
        const OptionSpec* spec = findOption(options, t.rfind("--", 0) == 0 ? t.substr(2) : "");
        for (const auto& o : options) {
            spec = spec == nullptr && t.size() == 2 && o.shortName == t[1] ? &o : spec;
        }
        if (spec != nullptr && spec->takesValue()) {
            ++i; // its value
        }
    }
    return tokens.size();
}

bool wantsHelp(const std::vector<std::string>& tokens) {
    return std::any_of(tokens.begin(), tokens.end(),
                       [](const std::string& t) { return t == "--help" || t == "-h"; });
}

} // namespace

core::Result<CommandTable::Match> CommandTable::find(const std::vector<std::string>& tokens) const {
    Match match;
    const std::size_t g = nextWord(tokens, 0, GlobalOptions::specs());
    if (g == tokens.size()) {
        return match;
    }
    match.group = tokens[g];
    const auto members = inGroup(match.group);
    if (members.empty()) {
        return Unexpected(ErrorCode::InvalidArgument, "unknown command \"" + match.group + "\"");
    }
    match.wordIndices.push_back(g);
    const std::size_t s = nextWord(tokens, g + 1, groupOptions(match.group));
    for (const auto* c : members) {
        if (!c->sub.empty() && s < tokens.size() && tokens[s] == c->sub) {
            match.spec = c;
            match.explicitSub = true;
            match.wordIndices.push_back(s);
            return match;
        }
    }
    for (const auto* c : members) {
        if (c->sub.empty() || c->isDefault) {
            match.spec = c;
            return match;
        }
    }
    if (wantsHelp(tokens)) {
        return match;
    }
    std::string subs;
    for (const auto* c : members) {
        subs += (subs.empty() ? "" : ", ") + c->sub;
    }
    const std::string what = s < tokens.size() ? "unknown subcommand \"" + tokens[s] + "\" of "
                                               : "missing subcommand of ";
    return Unexpected(ErrorCode::InvalidArgument, what + match.group + " (one of: " + subs + ")");
}

std::string CommandTable::overviewHelp() const {
    std::string out = "Usage: croupierctl [global options] COMMAND [options] [arguments]\n\n"
                      "The scriptable client of croupier-server.\n\nCommands:\n";
    for (const auto& c : m_commands) {
        out += padToWidth("  " + c.words(), 30) + " " + c.summary + "\n";
    }
    out += "\nGlobal options (also accepted after the command):\n" +
           core::optionHelp(GlobalOptions::specs());
    out += "\nSigning in: every command but login and version sends a bearer token: --token,\n"
           "else $CROUPIER_TOKEN, else the one `croupierctl login` kept for --server in\n"
           "$XDG_CONFIG_HOME/croupier/token (default ~/.config/croupier/token, mode 0600).\n";
    out += "\nRun 'croupierctl COMMAND --help' for a command's options.\n";
    out += "\nExit status:\n" + exitCodeTable();
    return out;
}

std::string CommandTable::groupHelp(const std::string& group) const {
    std::string out = "Usage:\n";
    for (const auto* c : inGroup(group)) {
        out += "  croupierctl " + c->words() + (c->synopsis.empty() ? "" : " " + c->synopsis) +
               "\n      " + c->summary + "\n";
    }
    return out + "\nRun 'croupierctl " + group + " SUBCOMMAND --help' for its options.\n";
}

std::string CommandTable::commandHelp(const CommandSpec& spec) const {
    std::string out = "Usage: croupierctl " + spec.words() +
                      (spec.synopsis.empty() ? "" : " " + spec.synopsis) + " [options]\n\n" +
                      spec.summary + "\n";
    if (!spec.description.empty()) {
        out += "\n" + spec.description;
        if (out.back() != '\n') {
            out += "\n";
        }
    }
    if (!spec.options.empty()) {
        out += "\nOptions:\n" + core::optionHelp(spec.options);
    }
    out += "\nGlobal options:\n" + core::optionHelp(GlobalOptions::specs());
    return out;
}

} // namespace croupier::cli
