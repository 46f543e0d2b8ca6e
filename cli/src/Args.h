#pragma once
// croupierctl uses core's command-line grammar under its own namespace.

#include "croupier/core/ArgParser.h"

namespace croupier::cli {

using core::findOption;
using core::OptionSpec;
using core::parseArgs;
using core::ParsedArgs;

} // namespace croupier::cli
