#pragma once
// What a command runs with: the resolved global options, the output, the interrupter and (for
// commands that talk to the server) the connection. Built by Cli for one command; borrows
// everything except the connection, which it owns. Single-threaded.

#include "Connection.h"
#include "GlobalOptions.h"
#include "Interrupter.h"
#include "Output.h"

#include <memory>

namespace croupier::cli {

class CommandContext {
public:
    CommandContext(const GlobalOptions& options, Output& output, Interrupter& interrupter,
                   std::unique_ptr<Connection> connection)
        : m_options(options)
        , m_output(output)
        , m_interrupter(interrupter)
        , m_connection(std::move(connection)) {}

    const GlobalOptions& options() const { return m_options; }
    Output& output() { return m_output; }
    Interrupter& interrupter() { return m_interrupter; }
    // Non-null for commands declared with needsServer.
    Connection& connection() { return *m_connection; }

private:
    const GlobalOptions& m_options;
    Output& m_output;
    Interrupter& m_interrupter;
    std::unique_ptr<Connection> m_connection;
};

} // namespace croupier::cli
