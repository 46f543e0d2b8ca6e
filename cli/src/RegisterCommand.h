#pragma once
// `croupierctl register FILE.json`: registers a descriptor in the scope
// (FunctionService.RegisterFunction) and says whether it was created, unchanged or replaced.
// The server checks it; a bad one comes back as INVALID_ARGUMENT naming the field.
// Runs on the main thread; borrows the context.

#include "CommandContext.h"

#include <string>

namespace croupier::cli {

class RegisterCommand {
public:
    explicit RegisterCommand(CommandContext& context)
        : m_context(context) {}

    int run(const std::string& path);

private:
    CommandContext& m_context;
};

} // namespace croupier::cli
