#pragma once
// Options several command declarations share (AccessCommands.cpp, AdminCommands.cpp), and the
// one rule that goes with --json: the same as --output json. Header-only; thread-safe.

#include "Args.h"
#include "CommandContext.h"
#include "CommandSpec.h"

namespace croupier::cli {

inline OptionSpec jsonFlag() {
    return {"json", "", "print JSON (the same as --output json)", ""};
}

inline OptionSpec passwordStdinFlag() {
    return {"password-stdin", "", "read the password from the first line of stdin", ""};
}

inline void applyJsonFlag(CommandContext& context, const ParsedArgs& args) {
    if (args.has("json")) {
        context.output().setFormat(OutputFormat::Json);
    }
}

// `spec`, needing no --game/--env.
inline CommandSpec unscoped(CommandSpec spec) {
    spec.needsScope = false;
    return spec;
}

} // namespace croupier::cli
