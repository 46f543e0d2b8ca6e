#include "FunctionRegistry.h"

#include "croupier/control/v1/control.pb.h"
#include "croupier/proto/DescriptorJson.h"

namespace croupier::sdk::detail {

Status FunctionRegistry::add(const Descriptor& descriptor, AgentClient::Handler handler) {
    nlohmann::json json = descriptor.ToJson();
    auto parsed = croupier::core::Descriptor::parse(json);
    if (!parsed) {
        return Status::Error(std::string(croupier::core::codeName(parsed.error().code)),
                             parsed.error().message);
    }
    if (!handler) {
        return Status::Error("INVALID_ARGUMENT", "function " + parsed->id() + " has no handler");
    }
    auto entry = std::make_shared<RegisteredFunction>();
    entry->id = parsed->id();
    entry->json = std::move(json);
    entry->parsed = std::make_shared<const croupier::core::Descriptor>(std::move(*parsed));
    entry->handler = std::move(handler);

    std::lock_guard lock(m_mutex);
    if (m_frozen) {
        return Status::Error("FAILED_PRECONDITION",
                             "register functions before the agent starts (" + entry->id + ")");
    }
    if (m_entries.count(entry->id) != 0) {
        return Status::Error("ALREADY_EXISTS", "function " + entry->id + " is already registered");
    }
    m_entries.emplace(entry->id, std::move(entry));
    return Status::Ok();
}

void FunctionRegistry::freeze() {
    std::lock_guard lock(m_mutex);
    m_frozen = true;
}

std::shared_ptr<const RegisteredFunction> FunctionRegistry::find(const std::string& id) const {
    std::lock_guard lock(m_mutex);
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second;
}

std::vector<std::string> FunctionRegistry::ids() const {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> out;
    out.reserve(m_entries.size());
    for (const auto& [id, entry] : m_entries) {
        out.push_back(id);
    }
    return out;
}

bool FunctionRegistry::empty() const {
    std::lock_guard lock(m_mutex);
    return m_entries.empty();
}

std::optional<std::string>
FunctionRegistry::fill(croupier::control::v1::RegisterAgentRequest* request) const {
    std::lock_guard lock(m_mutex);
    for (const auto& [id, entry] : m_entries) {
        request->add_functions(id);
        auto error = croupier::proto::descriptorFromJson(entry->json, request->add_descriptors());
        if (error) {
            return "descriptor " + id + ": " + *error;
        }
    }
    return std::nullopt;
}

} // namespace croupier::sdk::detail
