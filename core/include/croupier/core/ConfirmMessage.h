#pragma once
// Confirmation-message templating (a descriptor's ui.confirm_message): "确认封禁玩家 {player_id}?"
// rendered with the values the operator entered. Pure functions, safe from any thread; total
// (any template and any payload give a string, never an exception).
//
// Template syntax:
// - `{path}` is a placeholder; `path` is a dotted path into the payload ("player_id",
//   "target.guild_id", "items.0.name": a decimal segment indexes an array). Spaces around the
//   path are ignored. A member whose name itself contains dots ("{a.b}" -> {"a.b": ...}) is
//   found when the dotted walk finds nothing.
// - `{{` and `}}` are a literal `{` and `}`; a `{` with no closing `}` (or an empty `{}`) is
//   literal text too.
// Values: strings as they are (no quotes), numbers as JSON numbers (24, not 24.0), booleans
// and null as JSON, objects and arrays as compact JSON. A value that is absent keeps its
// placeholder visible ("{player_id}") so the operator sees that something is missing. A value
// at (or below) a sensitive pointer is shown as "******".

#include "croupier/core/Descriptor.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::core {

// The placeholder paths of `templ` in order of appearance, trimmed: {"player_id", "a.b"}.
std::vector<std::string> confirmPlaceholders(std::string_view templ);

// `templ` with its placeholders replaced by the values in `payload`. `sensitivePointers` are
// JSON pointers as Descriptor::sensitivePointers() gives them ("*" matches any one token).
std::string renderConfirmMessage(std::string_view templ, const nlohmann::json& payload,
                                 const std::set<std::string>& sensitivePointers = {});

// The descriptor's ui.confirm_message rendered with its own sensitive pointers.
std::string renderConfirmMessage(const Descriptor& descriptor, const nlohmann::json& payload);

// The raw value of the first placeholder (the "target" a high-risk confirmation asks the
// operator to type); nullopt when `templ` has no placeholder or the payload lacks its value.
std::optional<nlohmann::json> firstPlaceholderValue(std::string_view templ,
                                                    const nlohmann::json& payload);

// What a high-risk confirmation asks the operator to type: the text of the first placeholder's
// value in the descriptor's ui.confirm_message. nullopt when there is none to ask for (no
// placeholder, value absent, empty, an object or array, or sensitive and shown masked); the caller
// then asks for the function id.
std::optional<std::string> confirmTarget(const Descriptor& descriptor,
                                         const nlohmann::json& payload);

// A value as a rendered placeholder shows it: "p_123", 24, 1.5, true, {"a":1}.
std::string confirmValueText(const nlohmann::json& value);

} // namespace croupier::core
