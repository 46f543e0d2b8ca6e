#pragma once
// The command-line grammar every Croupier binary shares, as pure functions: `--name value`,
// `--name=value`, `-x value` for options with a short name, flags, `--` to end options,
// everything else positional. It knows nothing about commands: the caller gives it the options
// it accepts (croupierctl per command; croupier-server and the demo agent once). Thread-safe.

#include "croupier/core/Result.h"

#include <map>
#include <string>
#include <vector>

namespace croupier::core {

struct OptionSpec {
    std::string name;      // without the dashes: "server"
    std::string valueName; // "HOST:PORT"; empty for a flag
    std::string help;      // one line for --help
    std::string envVar;    // read when the option is absent ("" = none)
    char shortName = 0;    // 'o' for -o; 0 = none

    bool takesValue() const { return !valueName.empty(); }
};

class ParsedArgs {
public:
    bool has(const std::string& name) const { return m_options.count(name) > 0; }
    // The last value given for `name`, or `fallback`.
    std::string value(const std::string& name, const std::string& fallback = "") const;
    // Every value given for a repeatable option, in order.
    std::vector<std::string> values(const std::string& name) const;
    void add(const std::string& name, const std::string& value);

    std::vector<std::string>& positionals() { return m_positionals; }
    const std::vector<std::string>& positionals() const { return m_positionals; }

private:
    std::map<std::string, std::vector<std::string>> m_options;
    std::vector<std::string> m_positionals;
};

// Parses `tokens` against `specs`. Fails (INVALID_ARGUMENT, a message for the user) on an
// unknown option, a missing value, or a value given to a flag. Tokens at the indices listed in
// `skip` (the command words) are ignored.
Result<ParsedArgs> parseArgs(const std::vector<std::string>& tokens,
                                   const std::vector<OptionSpec>& specs,
                                   const std::vector<std::size_t>& skip = {});

// Index of the option named `name` in `specs`, or nullptr.
const OptionSpec* findOption(const std::vector<OptionSpec>& specs, const std::string& name);

// The options as --help lines: "  -o, --output FORMAT   help [$ENV]", the help texts aligned.
std::string optionHelp(const std::vector<OptionSpec>& specs);

} // namespace croupier::core
