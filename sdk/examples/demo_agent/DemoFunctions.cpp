#include "DemoFunctions.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <system_error>

namespace croupier::demo {
namespace {

using nlohmann::json;
using Method = sdk::Result (FakeGame::*)(const json&);

sdk::AgentClient::Handler bindMethod(FakeGame& game, Method method) {
    return [&game, method](const sdk::Context&, const json& params) {
        return (game.*method)(params);
    };
}

std::vector<std::filesystem::path> descriptorFiles(const std::string& dir, std::error_code& ec) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

DemoFunctions::DemoFunctions(FakeGame& game, std::chrono::milliseconds jobStep) {
    m_handlers["player.register"] = bindMethod(game, &FakeGame::registerPlayer);
    m_handlers["player.get"] = bindMethod(game, &FakeGame::getPlayer);
    m_handlers["player.list"] = bindMethod(game, &FakeGame::listPlayers);
    m_handlers["player.ban"] = bindMethod(game, &FakeGame::banPlayer);
    m_handlers["player.unban"] = bindMethod(game, &FakeGame::unbanPlayer);
    m_handlers["item.grant"] = bindMethod(game, &FakeGame::grantItem);
    m_handlers["mail.send"] = bindMethod(game, &FakeGame::sendMail);
    m_handlers["guild.disband"] = bindMethod(game, &FakeGame::disbandGuild);
    m_handlers["server.broadcast"] = bindMethod(game, &FakeGame::broadcast);
    m_handlers["player.export"] = [&game, jobStep](const sdk::Context& ctx, const json& params) {
        return game.exportPlayers(ctx, params, jobStep);
    };
}

sdk::AgentClient::Handler DemoFunctions::handlerFor(const std::string& functionId) const {
    const auto it = m_handlers.find(functionId);
    return it == m_handlers.end() ? sdk::AgentClient::Handler() : it->second;
}

std::vector<std::string> DemoFunctions::ids() const {
    std::vector<std::string> out;
    for (const auto& [id, handler] : m_handlers) {
        out.push_back(id);
    }
    return out;
}

sdk::Expected<int> DemoFunctions::registerAll(sdk::AgentClient& agent, const std::string& dir,
                                              const croupier::core::Logger& log) const {
    std::error_code ec;
    const auto files = descriptorFiles(dir, ec);
    if (ec) {
        return sdk::Status::Error("NOT_FOUND",
                                  "cannot read descriptor directory " + dir + ": " + ec.message());
    }
    int registered = 0;
    std::set<std::string> seen;
    for (const auto& file : files) {
        auto descriptor = sdk::Descriptor::FromFile(file.string());
        if (!descriptor) {
            log.error("skipped a descriptor", {{"error", descriptor.GetStatus().Message()}});
            continue;
        }
        const std::string id = descriptor->id();
        auto handler = handlerFor(id);
        if (!handler) {
            log.warn("no handler for descriptor; skipped",
                     {{"function", id}, {"file", file.string()}});
            continue;
        }
        seen.insert(id);
        if (agent.RegisterFunction(descriptor.Value(), std::move(handler))) {
            ++registered;
        }
    }
    for (const auto& [id, handler] : m_handlers) {
        if (seen.count(id) == 0) {
            log.warn("handler without a descriptor; not registered", {{"function", id}});
        }
    }
    return registered;
}

} // namespace croupier::demo
