#pragma once
// Declares every croupierctl command (words, help, options) and wires each to its command
// class. Called once by main.

#include "CommandTable.h"

namespace croupier::cli {

CommandTable buildCommandTable();

} // namespace croupier::cli
