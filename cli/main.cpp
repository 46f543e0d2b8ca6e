// croupierctl: the scriptable client of croupier-server. This file only wires objects together:
// the interrupter (first, before any thread exists), the command table, the terminal facts and
// the environment; Cli does the rest.
#include "Cli.h"
#include "Commands.h"
#include "Interrupter.h"

#include <cstdlib>
#include <iostream>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {

croupier::cli::Terminal terminal() {
    croupier::cli::Terminal t;
    t.stdoutIsTerminal = ::isatty(STDOUT_FILENO) == 1;
    winsize size{};
    if (t.stdoutIsTerminal && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        t.columns = size.ws_col;
    }
    return t;
}

std::optional<std::string> environment(const std::string& name) {
    const char* value = std::getenv(name.c_str());
    return value == nullptr ? std::nullopt : std::optional<std::string>(value);
}

} // namespace

int main(int argc, char** argv) {
    croupier::cli::Interrupter interrupter;
    const auto table = croupier::cli::buildCommandTable();
    croupier::cli::Cli cli(table, std::cout, std::cerr, interrupter, environment, terminal());
    const int rc = cli.run(std::vector<std::string>(argv + 1, argv + argc));
    std::cout.flush();
    return rc;
}
