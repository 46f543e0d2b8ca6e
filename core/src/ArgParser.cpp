#include "croupier/core/ArgParser.h"

#include <algorithm>

namespace croupier::core {


std::string ParsedArgs::value(const std::string& name, const std::string& fallback) const {
    auto it = m_options.find(name);
    return it == m_options.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedArgs::values(const std::string& name) const {
    auto it = m_options.find(name);
    return it == m_options.end() ? std::vector<std::string>{} : it->second;
}

void ParsedArgs::add(const std::string& name, const std::string& value) {
    m_options[name].push_back(value);
}

const OptionSpec* findOption(const std::vector<OptionSpec>& specs, const std::string& name) {
    auto it = std::find_if(specs.begin(), specs.end(),
                           [&](const OptionSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

namespace {

const OptionSpec* findShortOption(const std::vector<OptionSpec>& specs, const std::string& token) {
    if (token.size() != 2 || token[0] != '-') {
        return nullptr;
    }
    auto it = std::find_if(specs.begin(), specs.end(),
                           [&](const OptionSpec& s) { return s.shortName == token[1]; });
    return it == specs.end() ? nullptr : &*it;
}

bool isOption(const std::string& token) {
    return token.size() > 1 && token[0] == '-' && token != "--";
}

// Reads the option at tokens[i] (advancing i past its value) into `out`.
Result<void> readOption(const std::vector<std::string>& tokens, std::size_t& i,
                              const std::vector<OptionSpec>& specs, ParsedArgs& out) {
    std::string name = tokens[i];
    if (name.rfind("--", 0) == 0) {
        name = name.substr(2);
    } else if (const OptionSpec* s = findShortOption(specs, name)) {
        name = s->name;
    } else {
        return Unexpected(ErrorCode::InvalidArgument, "unknown option " + tokens[i]);
    }
    std::string value;
    const auto eq = name.find('=');
    const bool inlineValue = eq != std::string::npos;
    if (inlineValue) {
        value = name.substr(eq + 1);
        name = name.substr(0, eq);
    }
    const OptionSpec* spec = findOption(specs, name);
    if (spec == nullptr) {
        return Unexpected(ErrorCode::InvalidArgument, "unknown option --" + name);
    }
    if (!spec->takesValue() && inlineValue) {
        return Unexpected(ErrorCode::InvalidArgument, "--" + name + " takes no value");
    }
    if (spec->takesValue() && !inlineValue) {
        if (i + 1 >= tokens.size()) {
            return Unexpected(ErrorCode::InvalidArgument,
                              "--" + name + " needs a value (" + spec->valueName + ")");
        }
        value = tokens[++i];
    }
    out.add(name, value);
    return {};
}

} // namespace

Result<ParsedArgs> parseArgs(const std::vector<std::string>& tokens,
                                   const std::vector<OptionSpec>& specs,
                                   const std::vector<std::size_t>& skip) {
    ParsedArgs out;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (std::find(skip.begin(), skip.end(), i) != skip.end()) {
            continue;
        }
        const std::string& token = tokens[i];
        if (!optionsEnded && token == "--") {
            optionsEnded = true;
        } else if (!optionsEnded && isOption(token)) {
            if (auto r = readOption(tokens, i, specs, out); !r) {
                return Unexpected(r.error());
            }
        } else {
            out.positionals().push_back(token);
        }
    }
    return out;
}

std::string optionHelp(const std::vector<OptionSpec>& specs) {
    auto leftOf = [](const OptionSpec& o) {
        return (o.shortName != 0 ? std::string("  -") + o.shortName + ", --" : "      --") +
               o.name + (o.takesValue() ? " " + o.valueName : "");
    };
    std::size_t column = 30;
    for (const auto& o : specs) {
        column = std::max(column, leftOf(o).size() + 1);
    }
    std::string out;
    for (const auto& o : specs) {
        std::string left = leftOf(o);
        left.resize(column, ' ');
        out += left + " " + o.help + (o.envVar.empty() ? "" : " [$" + o.envVar + "]") + "\n";
    }
    return out;
}

} // namespace croupier::core
