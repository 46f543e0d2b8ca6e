#pragma once
// Reads what `login` and `user add|passwd` need from the person at the keyboard: a password
// typed at a terminal with echo off (termios), a username typed with echo, or one line from
// stdin for --password-stdin. While echo is off, Ctrl-C restores the terminal before croupierctl
// exits (exit 130), so the shell is never left without echo. Prompts go to `prompts` (stderr),
// so stdout stays the command's result.
// Used on the command's thread; borrows the interrupter and the stream.

#include "Interrupter.h"

#include <istream>
#include <optional>
#include <ostream>
#include <string>

namespace croupier::cli {

class SecretInput {
public:
    SecretInput(Interrupter& interrupter, std::ostream& prompts, std::istream& in);

    // True when stdin is a terminal (a person can be asked).
    static bool interactive();

    // One line of `in` without its "\n" or "\r\n"; nullopt at end of input before any byte.
    std::optional<std::string> readLine();
    // Shows `prompt`, reads a line with echo off; nullopt when stdin is not a terminal or the
    // input ended.
    std::optional<std::string> askHidden(const std::string& prompt);
    // Shows `prompt`, reads a line as typed; nullopt when stdin is not a terminal.
    std::optional<std::string> askVisible(const std::string& prompt);

private:
    Interrupter& m_interrupter;
    std::ostream& m_prompts;
    std::istream& m_in;
};

// `line` without a trailing "\n" or "\r\n" (a password keeps every other byte).
std::string withoutLineEnd(std::string line);

} // namespace croupier::cli
