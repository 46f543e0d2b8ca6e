#pragma once
// `croupierctl functions [list] [--category C]` and `functions show ID`: the catalog of the
// scope and one descriptor. Runs on the main thread; borrows the context.

#include "CommandContext.h"

#include <string>

namespace croupier::cli {

class FunctionsCommand {
public:
    explicit FunctionsCommand(CommandContext& context)
        : m_context(context) {}

    int list(const std::string& category);
    int show(const std::string& functionId);

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
