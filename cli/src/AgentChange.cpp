#include "AgentChange.h"

#include "TextWidth.h"

#include <vector>

namespace croupier::cli {
namespace {

std::string summary(const registry::v1::AgentInfo& a) {
    return orDash(a.status()) + "  " + orDash(a.version()) + "  " + orDash(a.addr()) + "  " +
           std::to_string(a.functions_size()) + " functions";
}

bool sameFunctions(const registry::v1::AgentInfo& a, const registry::v1::AgentInfo& b) {
    if (a.functions_size() != b.functions_size()) {
        return false;
    }
    for (int i = 0; i < a.functions_size(); ++i) {
        if (a.functions(i) != b.functions(i)) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> differences(const registry::v1::AgentInfo& before,
                                     const registry::v1::AgentInfo& after) {
    std::vector<std::string> out;
    auto compare = [&](const char* what, const std::string& was, const std::string& now) {
        if (was != now) {
            out.push_back(std::string(what) + " " + orDash(was) + " -> " + orDash(now));
        }
    };
    compare("status", before.status(), after.status());
    compare("version", before.version(), after.version());
    compare("addr", before.addr(), after.addr());
    compare("scope", before.game_id() + "/" + before.env(), after.game_id() + "/" + after.env());
    if (!sameFunctions(before, after)) {
        out.push_back("functions " + std::to_string(before.functions_size()) + " -> " +
                      std::to_string(after.functions_size()));
    }
    return out;
}

} // namespace

std::optional<std::string> describeAgentChange(const registry::v1::AgentInfo* before,
                                               const registry::v1::AgentInfo* after) {
    if (before == nullptr && after == nullptr) {
        return std::nullopt;
    }
    if (before == nullptr) {
        return sanitizeLine("+ agent " + after->agent_id() + "  " + summary(*after));
    }
    if (after == nullptr) {
        return sanitizeLine("- agent " + before->agent_id() + " removed");
    }
    const auto diffs = differences(*before, *after);
    if (diffs.empty()) {
        return std::nullopt;
    }
    std::string line = "~ agent " + after->agent_id() + "  ";
    for (std::size_t i = 0; i < diffs.size(); ++i) {
        line += (i == 0 ? "" : ", ") + diffs[i];
    }
    return sanitizeLine(line);
}

} // namespace croupier::cli
