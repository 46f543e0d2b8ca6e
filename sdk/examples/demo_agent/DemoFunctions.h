#pragma once
// DemoFunctions: binds the demo descriptors (resources/demo/descriptors/*.json) to FakeGame's
// methods and registers them with an AgentClient. A descriptor without a handler, or a handler
// without a descriptor, is reported, not fatal.
// Threads: used on main's thread during setup; the handlers it returns run on the handler pool
// and only touch the FakeGame (thread-safe). Borrows the game, which must outlive the agent.

#include "FakeGame.h"
#include "croupier/core/Log.h"
#include "croupier/sdk/AgentClient.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace croupier::demo {

class DemoFunctions {
public:
    DemoFunctions(FakeGame& game, std::chrono::milliseconds jobStep);

    // The handler of `functionId`, or an empty function.
    sdk::AgentClient::Handler handlerFor(const std::string& functionId) const;
    std::vector<std::string> ids() const;

    // Registers every descriptor in `dir` that has a handler. Returns how many were registered,
    // or NOT_FOUND when the directory cannot be read.
    sdk::Expected<int> registerAll(sdk::AgentClient& agent, const std::string& dir,
                                   const croupier::core::Logger& log) const;

private:
    std::map<std::string, sdk::AgentClient::Handler> m_handlers;
};

} // namespace croupier::demo
