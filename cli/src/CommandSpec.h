#pragma once
// The declaration of one croupierctl command ("job start"): its words, help texts, options,
// how many positional arguments it takes, what it needs, and the function that runs it.
// CommandTable holds them; Cli parses against them. A plain value.

#include "Args.h"

#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace croupier::cli {

class CommandContext;

struct CommandSpec {
    using Runner = std::function<int(CommandContext& context, const ParsedArgs& args)>;
    static constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

    std::string group;       // "job"
    std::string sub;         // "start"; empty when the group word alone is the command
    bool isDefault = false;  // runs when the group is given without a subcommand
    std::string synopsis;    // "FUNCTION [key=value ...]" (after the command words)
    std::string summary;     // one line for the overview
    std::string description; // more lines for `--help` of this command ("" = none)
    std::vector<OptionSpec> options;
    std::size_t minArgs = 0;
    std::size_t maxArgs = 0;
    bool needsServer = true;
    bool needsToken = true; // sends a token: --token, CROUPIER_TOKEN or the stored one
    bool needsScope = true; // --game and --env must be set
    Runner run;

    std::string words() const { return sub.empty() ? group : group + " " + sub; }
};

} // namespace croupier::cli
