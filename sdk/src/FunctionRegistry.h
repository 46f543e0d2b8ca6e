#pragma once
// FunctionRegistry: the functions this agent serves — each descriptor (checked with
// core::Descriptor::parse) and its handler — and the descriptors part of RegisterAgent.
// Threads: add() from the user's thread before start; find()/fill from the connection worker,
// reactor and pool threads. m_mutex guards m_entries and m_frozen; entries are immutable and
// shared, so a found entry stays valid without the lock.

#include "croupier/core/Descriptor.h"
#include "croupier/sdk/AgentClient.h"
#include "croupier/sdk/Descriptor.h"
#include "croupier/sdk/Status.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace croupier::control::v1 {
class RegisterAgentRequest;
}

namespace croupier::sdk::detail {

struct RegisteredFunction {
    std::string id;
    nlohmann::json json; // descriptor JSON as sent (params defaulted)
    std::shared_ptr<const croupier::core::Descriptor> parsed;
    AgentClient::Handler handler;
};

class FunctionRegistry {
public:
    // INVALID_ARGUMENT (bad descriptor, message names the field), ALREADY_EXISTS (duplicate id),
    // FAILED_PRECONDITION (after freeze()).
    Status add(const Descriptor& descriptor, AgentClient::Handler handler);
    // Refuses further add() calls (the set is announced to the server as a whole).
    void freeze();

    std::shared_ptr<const RegisteredFunction> find(const std::string& id) const;
    std::vector<std::string> ids() const;
    bool empty() const;

    // Adds every function id and descriptor; returns an error message if a descriptor cannot be
    // converted to a FunctionDescriptor.
    std::optional<std::string> fill(croupier::control::v1::RegisterAgentRequest* request) const;

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<const RegisteredFunction>> m_entries;
    bool m_frozen = false;
};

} // namespace croupier::sdk::detail
