#pragma once
// Runs one croupierctl command line: finds the command, parses its options, handles --help,
// resolves the global options, checks the scope, finds the token (--token, CROUPIER_TOKEN, else
// the token file), opens the connection and calls the command.
// Every usage problem ends here with exit status 2. Used once by main on the main thread;
// borrows the table, streams and interrupter.

#include "CommandTable.h"
#include "GlobalOptions.h"
#include "Interrupter.h"

#include <ostream>
#include <string>
#include <vector>

namespace croupier::cli {

struct Terminal {
    bool stdoutIsTerminal = false;
    std::size_t columns = 80;
};

class Cli {
public:
    Cli(const CommandTable& table, std::ostream& out, std::ostream& err, Interrupter& interrupter,
        GlobalOptions::EnvLookup env, Terminal terminal);

    // The exit status (see ExitCodes.h).
    int run(const std::vector<std::string>& tokens);

private:
    int help(const std::vector<std::string>& words);
    // A line naming only a group (or nothing): help, or a usage error.
    int withoutCommand(const std::vector<std::string>& tokens, const CommandTable::Match& match);
    int usage(const std::string& message, const std::string& hint = "croupierctl --help");
    int runCommand(const CommandSpec& spec, const ParsedArgs& args);
    // Fills options.token from the token file when neither --token nor CROUPIER_TOKEN gave one.
    // Returns kExitOk, or kExitUsage after printing why the file cannot be used.
    int findStoredToken(GlobalOptions& options);

    const CommandTable& m_table;
    std::ostream& m_out;
    std::ostream& m_err;
    Interrupter& m_interrupter;
    GlobalOptions::EnvLookup m_env;
    Terminal m_terminal;
};

} // namespace croupier::cli
