#pragma once
// `croupierctl agents [list]`: the agents of the scope, online or not (GetRegistrations).
// `--watch` hands over to AgentWatcher. Runs on the main thread; borrows the context.

#include "CommandContext.h"

namespace croupier::cli {

class AgentsCommand {
public:
    explicit AgentsCommand(CommandContext& context)
        : m_context(context) {}

    int list();

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
