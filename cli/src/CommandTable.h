#pragma once
// Every croupierctl command, how to find the one a command line names, and the help texts.
// Built once in main (see Commands.cpp), then read-only.

#include "CommandSpec.h"
#include "croupier/core/Result.h"

#include <string>
#include <vector>

namespace croupier::cli {

class CommandTable {
public:
    struct Match {
        std::string group;                    // "" when the line names no command
        const CommandSpec* spec = nullptr;    // null when only the group is known
        bool explicitSub = false;             // the subcommand word was written out
        std::vector<std::size_t> wordIndices; // token indices of the command words
    };

    void add(CommandSpec spec);
    const std::vector<CommandSpec>& commands() const { return m_commands; }

    // Finds the command words among `tokens`, skipping global options and their values.
    // Fails (INVALID_ARGUMENT) on an unknown command or a group without a valid subcommand.
    // A line with only a group and --help matches the group (spec may be null).
    core::Result<Match> find(const std::vector<std::string>& tokens) const;

    std::string overviewHelp() const;
    std::string groupHelp(const std::string& group) const;
    std::string commandHelp(const CommandSpec& spec) const;
    bool hasGroup(const std::string& group) const;

private:
    std::vector<const CommandSpec*> inGroup(const std::string& group) const;
    std::vector<OptionSpec> groupOptions(const std::string& group) const;

    std::vector<CommandSpec> m_commands;
};

} // namespace croupier::cli
