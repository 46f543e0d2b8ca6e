#include "SecretInput.h"

#include "ExitCodes.h"

#include <termios.h>
#include <unistd.h>

namespace croupier::cli {

SecretInput::SecretInput(Interrupter& interrupter, std::ostream& prompts, std::istream& in)
    : m_interrupter(interrupter)
    , m_prompts(prompts)
    , m_in(in) {}

bool SecretInput::interactive() {
    return ::isatty(STDIN_FILENO) == 1;
}

std::string withoutLineEnd(std::string line) {
    if (!line.empty() && line.back() == '\n') {
        line.pop_back();
    }
    if (!line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    return line;
}

std::optional<std::string> SecretInput::readLine() {
    std::string line;
    if (!std::getline(m_in, line) && line.empty()) {
        return std::nullopt;
    }
    return withoutLineEnd(std::move(line));
}

std::optional<std::string> SecretInput::askVisible(const std::string& prompt) {
    if (!interactive()) {
        return std::nullopt;
    }
    m_prompts << prompt << std::flush;
    return readLine();
}

std::optional<std::string> SecretInput::askHidden(const std::string& prompt) {
    termios saved{};
    if (!interactive() || ::tcgetattr(STDIN_FILENO, &saved) != 0) {
        return std::nullopt;
    }
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    quiet.c_lflag |= ECHONL; // the Enter still moves to the next line
    // Ctrl-C while echo is off: restore it first, then end as an interrupt would.
    m_interrupter.setHandler([saved] {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        static constexpr char kNewline[] = "\n";
        [[maybe_unused]] auto n = ::write(STDERR_FILENO, kNewline, 1);
        ::_exit(kExitInterrupted);
    });
    // Echo off before the prompt shows, so nothing typed after the prompt is ever echoed.
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    m_prompts << prompt << std::flush;
    auto line = readLine();
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    m_interrupter.setHandler({});
    return line;
}

} // namespace croupier::cli
