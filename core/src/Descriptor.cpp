#include "croupier/core/Descriptor.h"

#include "SensitiveFields.h"
#include "croupier/core/Crypto.h"
#include "croupier/core/Duration.h"
#include "croupier/core/Permissions.h"

#include <algorithm>
#include <cmath>

namespace croupier::core {
namespace {

using json = nlohmann::json;

constexpr std::size_t kMaxIdLength = 128;

Unexpected fieldError(const std::string& field, const std::string& problem,
                      std::map<std::string, std::string> details = {}) {
    details["field"] = field;
    return Unexpected(ErrorCode::InvalidArgument, field + ": " + problem, std::move(details));
}

// Typed access to the members of one JSON object of the descriptor; errors name the field as
// "<prefix><key>". Absent and null members read as the fallback.
class Fields {
public:
    Fields(const json& object, std::string prefix)
        : m_object(object)
        , m_prefix(std::move(prefix)) {}

    std::string field(const char* key) const { return m_prefix + key; }

    const json* find(const char* key) const {
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    Result<std::string> string(const char* key) const {
        const json* value = find(key);
        if (value == nullptr) {
            return std::string();
        }
        if (!value->is_string()) {
            return fieldError(field(key), "must be a string");
        }
        return value->get<std::string>();
    }

    Result<bool> boolean(const char* key) const {
        const json* value = find(key);
        if (value != nullptr && !value->is_boolean()) {
            return fieldError(field(key), "must be true or false");
        }
        return value != nullptr && value->get<bool>();
    }

    // Integral doubles count as integers: descriptors may come through protobuf Structs.
    Result<int> integer(const char* key, int fallback, int minimum) const {
        const json* value = find(key);
        if (value == nullptr) {
            return fallback;
        }
        const bool integral =
            value->is_number_integer() ||
            (value->is_number_float() && std::floor(value->get<double>()) == value->get<double>());
        if (!integral || std::fabs(value->get<double>()) > 1e9) {
            return fieldError(field(key), "must be an integer");
        }
        const int number = static_cast<int>(value->get<double>());
        if (number < minimum) {
            return fieldError(field(key), "must be at least " + std::to_string(minimum));
        }
        return number;
    }

    Result<const json*> object(const char* key) const {
        const json* value = find(key);
        if (value != nullptr && !value->is_object()) {
            return fieldError(field(key), "must be an object");
        }
        return value;
    }

    Result<std::vector<std::string>> strings(const char* key) const {
        const json* value = find(key);
        std::vector<std::string> out;
        if (value == nullptr) {
            return out;
        }
        if (!value->is_array()) {
            return fieldError(field(key), "must be an array of strings");
        }
        for (const json& item : *value) {
            if (!item.is_string()) {
                return fieldError(field(key), "must be an array of strings");
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }

private:
    const json& m_object;
    std::string m_prefix;
};

bool isValidId(const std::string& id) {
    if (id.empty() || id.size() > kMaxIdLength) {
        return false;
    }
    int segments = 1;
    char previous = '.';
    for (const char c : id) {
        if (c == '.') {
            if (previous == '.') {
                return false; // empty segment
            }
            ++segments;
        } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return false;
        }
        previous = c;
    }
    return previous != '.' && segments >= 2;
}

bool describesObject(const json& schema) {
    const auto type = schema.find("type");
    return type != schema.end() && (*type == "object" || *type == json::array({"object"}));
}

Result<std::shared_ptr<const Schema>> compileField(const std::string& field, const json& schema) {
    auto compiled = Schema::compile(schema);
    if (!compiled) {
        Error error = compiled.error();
        error.details["field"] = field;
        error.message = field + ": " + error.message;
        return Unexpected(std::move(error));
    }
    return compiled;
}

struct Identity {
    std::string id, name, description, category, version;
};

Result<Identity> parseIdentity(const Fields& top) {
    const json* id = top.find("id");
    if (id == nullptr || !id->is_string()) {
        return fieldError("id", "required, a string such as \"player.ban\"");
    }
    Identity identity;
    identity.id = id->get<std::string>();
    if (!isValidId(identity.id)) {
        return fieldError("id",
                          "\"" + identity.id.substr(0, kMaxIdLength) +
                              "\" must look like {entity}.{operation}: lower-case letters, "
                              "digits and '_', at least two segments joined by '.', at most " +
                              std::to_string(kMaxIdLength) + " characters");
    }
    std::string* targets[] = {&identity.name, &identity.description, &identity.category,
                              &identity.version};
    const char* keys[] = {"name", "description", "category", "version"};
    for (std::size_t i = 0; i < 4; ++i) {
        auto value = top.string(keys[i]);
        if (!value) {
            return Unexpected(value.error());
        }
        *targets[i] = std::move(*value);
    }
    return identity;
}

Result<std::shared_ptr<const Schema>> parseParams(const Fields& top) {
    const json* params = top.find("params");
    const json fallback = json{{"type", "object"}};
    if (params == nullptr) {
        params = &fallback;
    }
    if (!params->is_object()) {
        return fieldError("params", "must be a JSON Schema object");
    }
    if (!describesObject(*params)) {
        return fieldError("params", "must describe an object (\"type\": \"object\")",
                          {{"keyword", "type"}, {"pointer", "/type"}});
    }
    return compileField("params", *params);
}

Result<std::shared_ptr<const Schema>> parseResult(const Fields& top) {
    const json* result = top.find("result");
    if (result == nullptr) {
        return std::shared_ptr<const Schema>();
    }
    if (!result->is_object() && !result->is_boolean()) {
        return fieldError("result", "must be a JSON Schema object");
    }
    return compileField("result", *result);
}

Result<ApprovalSpec> parseApproval(const Fields& auth) {
    ApprovalSpec approval;
    auto object = auth.object("approval");
    if (!object || *object == nullptr) {
        return object ? Result<ApprovalSpec>(approval) : Unexpected(object.error());
    }
    const Fields fields(**object, "auth.approval.");
    auto enabled = fields.boolean("enabled");
    auto threshold = fields.integer("threshold", 1, 1);
    auto approvers = fields.strings("approvers");
    for (const Error* error :
         {enabled ? nullptr : &enabled.error(), threshold ? nullptr : &threshold.error(),
          approvers ? nullptr : &approvers.error()}) {
        if (error != nullptr) {
            return Unexpected(*error);
        }
    }
    approval.enabled = *enabled;
    approval.threshold = *threshold;
    approval.approvers = std::move(*approvers);
    return approval;
}

// A non-empty allow_if must parse; the error keeps AllowIf's position and names the field.
Result<std::optional<AllowIf>> parseAllowIf(const Fields& auth, const std::string& text) {
    if (text.empty()) {
        return std::optional<AllowIf>();
    }
    auto rule = AllowIf::parse(text);
    if (!rule) {
        Error error = rule.error();
        constexpr std::string_view kPrefix = "allow_if: ";
        std::string_view problem = error.message;
        if (problem.starts_with(kPrefix)) {
            problem.remove_prefix(kPrefix.size());
        }
        return fieldError(auth.field("allow_if"), std::string(problem), std::move(error.details));
    }
    return std::optional<AllowIf>(std::move(*rule));
}

Result<AuthSpec> parseAuth(const Fields& top) {
    AuthSpec spec;
    auto object = top.object("auth");
    if (!object || *object == nullptr) {
        return object ? Result<AuthSpec>(spec) : Unexpected(object.error());
    }
    const Fields fields(**object, "auth.");
    auto permission = fields.string("permission");
    auto allowIf = fields.string("allow_if");
    auto rule = allowIf ? parseAllowIf(fields, *allowIf) : Unexpected(allowIf.error());
    auto approval = parseApproval(fields);
    if (!permission || !rule || !approval) {
        return Unexpected(!permission ? permission.error()
                          : !rule     ? rule.error()
                                      : approval.error());
    }
    if (!permission->empty()) {
        if (auto name = checkPermissionName(*permission); !name) {
            return fieldError(fields.field("permission"),
                              "must be a permission name such as \"player.ban\" (\"" + *permission +
                                  "\" is not one; patterns belong in roles)");
        }
    }
    spec.permission = std::move(*permission);
    spec.allowIf = std::move(*allowIf);
    spec.allowIfRule = std::move(*rule);
    spec.approval = std::move(*approval);
    return spec;
}

// route_key / idempotency_key must name a property the params schema declares.
Result<std::string> paramKey(const Fields& fields, const char* key, const json& params) {
    auto name = fields.string(key);
    if (!name || name->empty()) {
        return name;
    }
    const auto properties = params.find("properties");
    if (properties == params.end() || !properties->is_object() || !properties->contains(*name)) {
        return fieldError(fields.field(key), "\"" + *name + "\" is not a property of params");
    }
    return name;
}

Result<void> parseLimits(const Fields& fields, SemanticsSpec& spec) {
    auto rateLimit = fields.string("rate_limit");
    if (!rateLimit) {
        return Unexpected(rateLimit.error());
    }
    if (!rateLimit->empty()) {
        auto parsed = parseRateLimit(*rateLimit);
        if (!parsed) {
            return fieldError(fields.field("rate_limit"), parsed.error().message);
        }
        spec.rateLimit = *parsed;
    }
    auto timeout = fields.string("timeout");
    if (!timeout) {
        return Unexpected(timeout.error());
    }
    if (!timeout->empty()) {
        auto parsed = parseDuration(*timeout);
        if (!parsed || parsed->count() <= 0) {
            return fieldError(fields.field("timeout"),
                              parsed ? "must be longer than 0" : parsed.error().message);
        }
        spec.timeout = *parsed;
    }
    auto concurrency = fields.integer("concurrency", 0, 0);
    if (!concurrency) {
        return Unexpected(concurrency.error());
    }
    spec.concurrency = *concurrency;
    return {};
}

Result<SemanticsSpec> parseSemantics(const Fields& top, const json& params) {
    SemanticsSpec spec;
    auto object = top.object("semantics");
    if (!object || *object == nullptr) {
        return object ? Result<SemanticsSpec>(spec) : Unexpected(object.error());
    }
    const Fields fields(**object, "semantics.");
    auto idempotent = fields.boolean("idempotent");
    if (!idempotent) {
        return Unexpected(idempotent.error());
    }
    spec.idempotent = *idempotent;
    if (auto limits = parseLimits(fields, spec); !limits) {
        return Unexpected(limits.error());
    }
    auto routeKey = paramKey(fields, "route_key", params);
    auto idempotencyKey = paramKey(fields, "idempotency_key", params);
    if (!routeKey || !idempotencyKey) {
        return Unexpected(!routeKey ? routeKey.error() : idempotencyKey.error());
    }
    spec.routeKey = std::move(*routeKey);
    spec.idempotencyKey = std::move(*idempotencyKey);
    return spec;
}

Result<RiskLevel> parseRiskLevel(const Fields& fields) {
    auto text = fields.string("risk_level");
    if (!text) {
        return Unexpected(text.error());
    }
    if (text->empty()) {
        return RiskLevel::None;
    }
    static const std::map<std::string, RiskLevel> kLevels{
        {"low", RiskLevel::Low}, {"medium", RiskLevel::Medium}, {"high", RiskLevel::High}};
    const auto it = kLevels.find(*text);
    if (it == kLevels.end()) {
        return fieldError(fields.field("risk_level"),
                          "must be \"low\", \"medium\" or \"high\", not \"" + *text + "\"");
    }
    return it->second;
}

Result<UiSpec> parseUi(const Fields& top) {
    UiSpec spec;
    auto object = top.object("ui");
    if (!object || *object == nullptr) {
        return object ? Result<UiSpec>(spec) : Unexpected(object.error());
    }
    const Fields fields(**object, "ui.");
    auto risk = parseRiskLevel(fields);
    auto warning = fields.string("risk_warning");
    auto confirm = fields.string("confirm_message");
    auto sensitive = fields.strings("sensitive");
    for (const Error* error :
         {risk ? nullptr : &risk.error(), warning ? nullptr : &warning.error(),
          confirm ? nullptr : &confirm.error(), sensitive ? nullptr : &sensitive.error()}) {
        if (error != nullptr) {
            return Unexpected(*error);
        }
    }
    spec.riskLevel = *risk;
    spec.riskWarning = std::move(*warning);
    spec.confirmMessage = std::move(*confirm);
    spec.sensitive = std::move(*sensitive);
    return spec;
}

} // namespace

Result<Descriptor> Descriptor::parse(const nlohmann::json& input) {
    if (!input.is_object()) {
        return fieldError("descriptor", "must be a JSON object");
    }
    const Fields top(input, "");
    auto identity = parseIdentity(top);
    if (!identity) {
        return Unexpected(identity.error());
    }
    auto params = parseParams(top);
    auto result = params ? parseResult(top) : Unexpected(params.error());
    auto auth = result ? parseAuth(top) : Unexpected(result.error());
    auto semantics = auth ? parseSemantics(top, (*params)->json()) : Unexpected(auth.error());
    auto ui = semantics ? parseUi(top) : Unexpected(semantics.error());
    if (!ui) {
        return Unexpected(ui.error());
    }
    Descriptor d;
    d.m_id = std::move(identity->id);
    d.m_name = std::move(identity->name);
    d.m_description = std::move(identity->description);
    d.m_category = std::move(identity->category);
    d.m_version = std::move(identity->version);
    d.m_params = std::move(*params);
    d.m_result = std::move(*result);
    d.m_auth = std::move(*auth);
    d.m_semantics = std::move(*semantics);
    d.m_ui = std::move(*ui);
    d.m_json = input;
    d.m_hash = sha256Hex(input.dump(-1, ' ', false, json::error_handler_t::replace));
    d.m_sensitive = detail::findSensitivePointers(d.m_params->json(), d.m_ui.sensitive);
    return d;
}

nlohmann::json Descriptor::maskSensitive(const nlohmann::json& payload) const {
    return detail::maskPointers(payload, m_sensitive);
}

namespace {

bool isNumber(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Numeric segments compare by value without overflow: strip leading zeros, then length, then text.
int compareSegments(std::string_view a, std::string_view b) {
    a = a.empty() ? std::string_view("0") : a;
    b = b.empty() ? std::string_view("0") : b;
    if (isNumber(a) && isNumber(b)) {
        a.remove_prefix(std::min(a.find_first_not_of('0'), a.size()));
        b.remove_prefix(std::min(b.find_first_not_of('0'), b.size()));
        if (a.size() != b.size()) {
            return a.size() < b.size() ? -1 : 1;
        }
    }
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string_view segment(std::string_view text, std::size_t& pos) {
    if (pos > text.size()) {
        return "0"; // a missing segment counts as 0
    }
    const std::size_t end = std::min(text.find('.', pos), text.size());
    const std::string_view part = text.substr(pos, end - pos);
    pos = end + 1;
    return part;
}

} // namespace

int compareVersions(std::string_view a, std::string_view b) {
    std::size_t posA = 0;
    std::size_t posB = 0;
    while (posA <= a.size() || posB <= b.size()) {
        const int c = compareSegments(segment(a, posA), segment(b, posB));
        if (c != 0) {
            return c;
        }
    }
    return 0;
}

} // namespace croupier::core
