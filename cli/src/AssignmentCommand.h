#pragma once
// `croupierctl assignment enable|disable FUNCTION [--agent ID] [--reason R]`: the kill switch
// (ControlService.SetAssignment), for every agent or one. Runs on the main thread; borrows the
// context.

#include "CommandContext.h"

#include <string>

namespace croupier::cli {

class AssignmentCommand {
public:
    explicit AssignmentCommand(CommandContext& context)
        : m_context(context) {}

    int set(const std::string& functionId, bool enabled, const std::string& agentId,
            const std::string& reason);

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
