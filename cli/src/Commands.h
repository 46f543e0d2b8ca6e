#pragma once
// Declares every croupierctl command (words, help, options) and wires each to its command
// class. buildCommandTable() is called once by main; the others are its parts, by file:
// Commands.cpp (functions, agents, calls, jobs, assignments, register, version),
// AccessCommands.cpp (login, logout, whoami, approvals) and AdminCommands.cpp (audit, user).

#include "CommandTable.h"

#include <vector>

namespace croupier::cli {

CommandTable buildCommandTable();

std::vector<CommandSpec> signInCommands();
std::vector<CommandSpec> approvalCommands();
std::vector<CommandSpec> adminCommands();

} // namespace croupier::cli
