#include "croupier/client/HandlerErrors.h"

#include <algorithm>
#include <string>

namespace croupier::client {
namespace {

using nlohmann::json;

constexpr const char* kPointerKey = "pointer";

// RFC 6901: "" or "/"-separated tokens where "~" is only ever "~0" or "~1".
bool isJsonPointer(const std::string& text) {
    if (!text.empty() && text.front() != '/') {
        return false;
    }
    for (std::size_t i = text.find('~'); i != std::string::npos; i = text.find('~', i + 1)) {
        if (i + 1 >= text.size() || (text[i + 1] != '0' && text[i + 1] != '1')) {
            return false;
        }
    }
    return true;
}

std::string pointerTo(const std::string& property) {
    std::string out = "/";
    for (char c : property) {
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    }
    return out;
}

// The pointers under "pointer": one string or an array of strings; malformed ones are skipped.
std::vector<std::string> namedPointers(const json& details) {
    std::vector<std::string> out;
    const auto named = details.find(kPointerKey);
    if (named == details.end()) {
        return out;
    }
    const json list = named->is_array() ? *named : json::array({*named});
    for (const json& item : list) {
        if (item.is_string() && isJsonPointer(item.get<std::string>())) {
            out.push_back(item.get<std::string>());
        }
    }
    return out;
}

// Pointers to the top-level params properties that `details` has keys for.
std::vector<std::string> propertyPointers(const json& details, const core::Descriptor& d) {
    std::vector<std::string> out;
    const json& schema = d.params().json();
    const auto properties = schema.find("properties");
    if (properties == schema.end() || !properties->is_object()) {
        return out;
    }
    for (const auto& item : details.items()) {
        if (properties->contains(item.key())) {
            out.push_back(pointerTo(item.key()));
        }
    }
    return out;
}

} // namespace

std::vector<FieldError> fieldErrorsFromDetails(const json& details,
                                               const core::Descriptor& descriptor,
                                               const QString& message) {
    std::vector<FieldError> out;
    if (!details.is_object()) {
        return out;
    }
    std::vector<std::string> pointers = namedPointers(details);
    if (pointers.empty()) {
        pointers = propertyPointers(details, descriptor);
    }
    std::vector<std::string> seen;
    for (const std::string& pointer : pointers) {
        if (std::find(seen.begin(), seen.end(), pointer) != seen.end()) {
            continue;
        }
        seen.push_back(pointer);
        out.push_back({QString::fromStdString(pointer), QString::fromLatin1(kHandlerKeyword),
                       message});
    }
    return out;
}

void pinHandlerError(CallError& error, const core::Descriptor& descriptor) {
    if (error.kind != CallError::Kind::FunctionFailed || !error.fields.empty()) {
        return;
    }
    const QString message = error.serverMessage.isEmpty() ? error.code : error.serverMessage;
    error.fields = fieldErrorsFromDetails(error.details, descriptor, message);
}

} // namespace croupier::client
