#include "SchemaRewriter.h"

#include "SchemaKeywords.h"
#include "SchemaLimits.h"

#include <algorithm>
#include <utility>

namespace croupier::core::detail {
namespace {

using json = nlohmann::json;

PointerTokens appended(PointerTokens path, const PointerTokens& steps) {
    path.insert(path.end(), steps.begin(), steps.end());
    return path;
}

Unexpected schemaError(const std::string& keyword, const PointerTokens& where,
                       const std::string& why) {
    const std::string pointer = joinPointer(where);
    std::string message = "invalid schema: ";
    if (!keyword.empty()) {
        message += "\"" + keyword + "\" ";
    }
    message += "at " + (pointer.empty() ? std::string("(root)") : pointer) + ": " + why;
    return Unexpected(ErrorCode::InvalidArgument, std::move(message),
                      {{"keyword", keyword}, {"pointer", pointer}});
}

// Iterative, so a hostile million-level document cannot overflow the stack while we look.
bool deeperThan(const json& document, int limit) {
    std::vector<std::pair<const json*, int>> stack{{&document, 0}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > limit) {
            return true;
        }
        if (node->is_structured()) {
            for (const json& child : *node) {
                stack.emplace_back(&child, depth + 1);
            }
        }
    }
    return false;
}

// Tuple validation with additionalItems: see walkAdditionalItems().
bool splitsAdditionalItems(const json& schema) {
    const auto items = schema.find("items");
    return schema.contains("additionalItems") && items != schema.end() && items->is_array() &&
           !items->empty();
}

SchemaCheck falseCheck(const std::string& keyword) {
    SchemaCheck check;
    check.kind = SchemaCheck::Kind::False;
    check.keyword = keyword;
    check.message = "is not allowed";
    return check;
}

std::size_t allOfPartCount(const json& schema) {
    const auto allOf = schema.find("allOf");
    const std::size_t own = allOf != schema.end() && allOf->is_array() ? allOf->size() : 0;
    return own + (splitsAdditionalItems(schema) ? 1 : 0);
}

} // namespace

SchemaRewriter::SchemaRewriter(const json& root)
    : m_root(root) {}

Result<RewrittenSchema> SchemaRewriter::rewrite(const json& schema) {
    if (deeperThan(schema, kMaxSchemaJsonDepth)) {
        return schemaError("", {},
                           "document is nested deeper than " + std::to_string(kMaxSchemaJsonDepth) +
                               " levels");
    }
    SchemaRewriter rewriter(schema);
    rewriter.m_beginBundle = rewriter.addBundle({SchemaCheck{SchemaCheck::Kind::BranchBegin}});
    rewriter.m_endBundle = rewriter.addBundle({SchemaCheck{SchemaCheck::Kind::BranchEnd}});
    if (auto r = rewriter.walk(schema, rewriter.m_out.document, Position{}); !r) {
        return Unexpected(r.error());
    }
    if (auto r = rewriter.resolveRefs(); !r) {
        return Unexpected(r.error());
    }
    for (const auto& entry : rewriter.m_nodes) {
        if (auto r = rewriter.chainLength(entry.first, 0); !r) {
            return Unexpected(r.error());
        }
    }
    rewriter.finish();
    return std::move(rewriter.m_out);
}

std::size_t SchemaRewriter::addBundle(CheckBundle bundle) {
    m_out.bundles.push_back(std::move(bundle));
    return m_out.bundles.size() - 1;
}

Result<void> SchemaRewriter::walk(const json& in, json& out, const Position& at) {
    if (at.depth > kMaxSchemaDepth) {
        return schemaError(at.keyword, at.oldPath,
                           "schemas nested deeper than " + std::to_string(kMaxSchemaDepth) +
                               " levels");
    }
    if (m_nodes.size() >= kMaxSchemaNodes) {
        return schemaError(at.keyword, at.oldPath,
                           "more than " + std::to_string(kMaxSchemaNodes) + " schemas");
    }
    NodeInfo& node = m_nodes[joinPointer(at.oldPath)];
    node.newPath = at.newPath;
    if (in.is_boolean()) {
        // `false` becomes a check, so it reports a violation where valijson is silent.
        out = in.get<bool>() ? in : json{{"$croupier", addBundle({falseCheck(at.falseKeyword)})}};
        return {};
    }
    if (!in.is_object()) {
        return schemaError(at.keyword, at.oldPath, "must be a schema (an object or a boolean)");
    }
    if (in.contains("$ref")) {
        node.isRef = true;
        return walkRef(in, out, at);
    }
    out = json::object();
    CheckBundle bundle;
    AllOfPlan allOf;
    allOf.parts.resize(allOfPartCount(in));
    for (const auto& member : in.items()) {
        if (auto r = walkKeyword(member.key(), in, out, bundle, allOf, at); !r) {
            return r;
        }
    }
    if (!allOf.parts.empty()) {
        out["allOf"] = json::array({buildAllOf(allOf.parts, 0, allOf.parts.size())});
    }
    if (!bundle.empty()) {
        out["$croupier"] = addBundle(std::move(bundle));
    }
    return {};
}

// Draft-07 ignores the siblings of "$ref"; they are copied as they are, since a reference may
// still point into them (a root "$ref" next to "definitions").
Result<void> SchemaRewriter::walkRef(const json& in, json& out, const Position& at) {
    const json& ref = in["$ref"];
    const PointerTokens where = appended(at.oldPath, {"$ref"});
    if (!ref.is_string()) {
        return schemaError("$ref", where, "must be a string");
    }
    const std::string& text = ref.get_ref<const std::string&>();
    const auto target = parseLocalRef(text);
    if (!target) {
        return schemaError("$ref", where,
                           text.empty() || text.front() != '#'
                               ? "remote references are not allowed (\"" + text + "\")"
                               : "not a valid JSON pointer: \"" + text + "\"");
    }
    if (!text.empty() && text.back() == '/') {
        return schemaError("$ref", where, "must not end with '/'");
    }
    out = in;
    m_refs.push_back(PendingRef{at.oldPath, at.newPath, *target});
    return {};
}

Result<void> SchemaRewriter::walkKeyword(const std::string& key, const json& in, json& out,
                                         CheckBundle& bundle, AllOfPlan& allOf,
                                         const Position& at) {
    const json& value = in[key];
    bool known = false;
    switch (keywordKind(key, &known)) {
    case KeywordKind::SchemaMap:
        return walkSchemaMap(key, value, out, at);
    case KeywordKind::PatternMap:
        return walkPatternProperties(value, out, at);
    case KeywordKind::Dependencies:
        return walkDependencies(value, out, at);
    case KeywordKind::Items:
        return walkItems(value, out, at);
    case KeywordKind::ChildSchema:
        if (key == "additionalItems" && splitsAdditionalItems(in)) {
            return walkAdditionalItems(in, allOf, at);
        }
        return walkChild(value, out[key], at, {key}, false,
                         key == "additionalProperties" || key == "additionalItems" ? key : "false");
    case KeywordKind::InlineSchema:
        return walkChild(value, out[key], at, {key}, true, "false");
    case KeywordKind::AllOf:
        return walkAllOf(value, allOf, at);
    case KeywordKind::Branches:
        return walkBranches(key, value, out, at);
    case KeywordKind::Assertion:
        return addAssertion(key, value, bundle, at);
    case KeywordKind::Simple:
        return checkSimpleKeyword(key, value, out, at);
    case KeywordKind::Drop:
        return {};
    case KeywordKind::Annotation:
        out[key] = value;
        return {};
    }
    return {};
}

Result<void> SchemaRewriter::walkChild(const json& in, json& out, const Position& parent,
                                       const PointerTokens& steps, bool sameValue,
                                       const std::string& falseKeyword) {
    return walkChild(in, out, parent, steps, steps, sameValue, falseKeyword);
}

Result<void> SchemaRewriter::walkChild(const json& in, json& out, const Position& parent,
                                       const PointerTokens& oldSteps, const PointerTokens& newSteps,
                                       bool sameValue, const std::string& falseKeyword) {
    Position at{appended(parent.oldPath, oldSteps), appended(parent.newPath, newSteps),
                parent.depth + 1, oldSteps.front(), falseKeyword};
    if (sameValue) {
        m_nodes[joinPointer(parent.oldPath)].inlineEdges.push_back(
            Edge{joinPointer(at.oldPath), oldSteps.front()});
    }
    return walk(in, out, at);
}

Result<void> SchemaRewriter::walkSchemaMap(const std::string& key, const json& value, json& out,
                                           const Position& at) {
    if (!value.is_object()) {
        return schemaError(key, appended(at.oldPath, {key}), "must be an object of schemas");
    }
    json& target = out[key] = json::object();
    for (const auto& [name, schema] : value.items()) {
        if (auto r = walkChild(schema, target[name], at, {key, name}, false, "false"); !r) {
            return r;
        }
    }
    return {};
}

Result<void> SchemaRewriter::walkPatternProperties(const json& value, json& out,
                                                   const Position& at) {
    const std::string key = "patternProperties";
    if (!value.is_object()) {
        return schemaError(key, appended(at.oldPath, {key}), "must be an object of schemas");
    }
    for (const auto& [pattern, schema] : value.items()) {
        const PointerTokens where = appended(at.oldPath, {key, pattern});
        auto regex = Regex::compile(pattern);
        if (!regex) {
            return schemaError(key, where, regex.error().message);
        }
        m_out.patternProperties.emplace_back(pattern, joinPointer(where));
        m_out.patternPropertyRegexes.push_back(std::move(*regex));
    }
    return walkSchemaMap(key, value, out, at);
}

Result<void> SchemaRewriter::walkDependencies(const json& value, json& out, const Position& at) {
    const std::string key = "dependencies";
    if (!value.is_object()) {
        return schemaError(key, appended(at.oldPath, {key}), "must be an object");
    }
    json& target = out[key] = json::object();
    for (const auto& [name, dependency] : value.items()) {
        if (!dependency.is_array()) {
            if (auto r = walkChild(dependency, target[name], at, {key, name}, true, "false"); !r) {
                return r;
            }
            continue;
        }
        for (const json& property : dependency) {
            if (!property.is_string()) {
                return schemaError(key, appended(at.oldPath, {key, name}),
                                   "must be a schema or a list of property names");
            }
        }
        target[name] = dependency;
    }
    return {};
}

Result<void> SchemaRewriter::walkItems(const json& value, json& out, const Position& at) {
    if (!value.is_array()) {
        return walkChild(value, out["items"], at, {"items"}, false, "false");
    }
    json& target = out["items"] = json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
        target.push_back(json());
        if (auto r = walkChild(value[i], target.back(), at, {"items", std::to_string(i)}, false,
                               "false");
            !r) {
            return r;
        }
    }
    return {};
}

Result<void> SchemaRewriter::walkAllOf(const json& value, AllOfPlan& plan, const Position& at) {
    if (!value.is_array() || value.empty()) {
        return schemaError("allOf", appended(at.oldPath, {"allOf"}),
                           "must be a non-empty array of schemas");
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (auto r = walkChild(value[i], plan.parts[i], at, {"allOf", std::to_string(i)},
                               allOfSteps(i, plan.parts.size()), true, "false");
            !r) {
            return r;
        }
    }
    return {};
}

// valijson starts additionalItems after the number of tuple items that *passed*, so one bad
// item shifts it onto a tuple position. Split off as an allOf part whose tuple items are all
// `true`, it starts at the right index whatever the real items say.
Result<void> SchemaRewriter::walkAdditionalItems(const json& in, AllOfPlan& plan,
                                                 const Position& at) {
    const std::size_t index = plan.parts.size() - 1;
    const PointerTokens steps = appended(allOfSteps(index, plan.parts.size()), {"additionalItems"});
    json walked;
    if (auto r = walkChild(in["additionalItems"], walked, at, {"additionalItems"}, steps, false,
                           "additionalItems");
        !r) {
        return r;
    }
    plan.parts[index] = json{{"items", json::array()}, {"additionalItems", std::move(walked)}};
    for (std::size_t i = 0; i < in["items"].size(); ++i) {
        plan.parts[index]["items"].push_back(true);
    }
    return {};
}

// Where part `index` of `total` ends up in the tree buildAllOf() makes, below the schema.
PointerTokens SchemaRewriter::allOfSteps(std::size_t index, std::size_t total) {
    PointerTokens steps{"allOf", "0"};
    std::size_t begin = 0;
    std::size_t end = total;
    while (end - begin > 1) {
        const std::size_t middle = begin + (end - begin) / 2;
        if (index < middle) {
            steps.insert(steps.end(), {"allOf", "0"});
            end = middle;
        } else {
            steps.push_back("then");
            begin = middle;
        }
    }
    return steps;
}

// Balanced, so a long allOf costs logarithmic validator recursion.
json SchemaRewriter::buildAllOf(std::vector<json>& parts, std::size_t begin, std::size_t end) {
    if (end - begin == 1) {
        return std::move(parts[begin]);
    }
    const std::size_t middle = begin + (end - begin) / 2;
    return json{{"allOf", json::array({buildAllOf(parts, begin, middle)})},
                {"if", true},
                {"then", buildAllOf(parts, middle, end)}};
}

// Each branch B becomes {"allOf": [{begin marker}, B], end marker}: the markers bracket the
// branch's violations, which are dropped when the combinator as a whole fails.
Result<void> SchemaRewriter::walkBranches(const std::string& key, const json& value, json& out,
                                          const Position& at) {
    if (!value.is_array() || value.empty()) {
        return schemaError(key, appended(at.oldPath, {key}),
                           "must be a non-empty array of schemas");
    }
    json& target = out[key] = json::array();
    for (std::size_t i = 0; i < value.size(); ++i) {
        const std::string index = std::to_string(i);
        json walked;
        if (auto r = walkChild(value[i], walked, at, {key, index}, {key, index, "allOf", "1"}, true,
                               "false");
            !r) {
            return r;
        }
        target.push_back(json{{"allOf", json::array({json{{"$croupier", m_beginBundle}}, walked})},
                              {"$croupier", m_endBundle}});
    }
    return {};
}

Result<void> SchemaRewriter::addAssertion(const std::string& key, const json& value,
                                          CheckBundle& bundle, const Position& at) {
    auto check = makeAssertion(key, value);
    if (!check) {
        return schemaError(key, appended(at.oldPath, {key}), check.error().message);
    }
    if (*check) {
        // The type check goes first so its violation leads.
        const bool first = (*check)->kind == SchemaCheck::Kind::Type;
        bundle.insert(first ? bundle.begin() : bundle.end(), std::move(**check));
    }
    return {};
}

Result<void> SchemaRewriter::checkSimpleKeyword(const std::string& key, const json& value,
                                                json& out, const Position& at) {
    auto kept = detail::checkSimpleKeyword(key, value);
    if (!kept) {
        return schemaError(key, appended(at.oldPath, {key}), kept.error().message);
    }
    if (key == "uniqueItems" && value == true) {
        m_out.usesUniqueItems = true;
    }
    out[key] = std::move(*kept);
    return {};
}

Result<void> SchemaRewriter::resolveRefs() {
    // Walking a target may add references, hence the index.
    for (std::size_t i = 0; i < m_refs.size(); ++i) {
        const PendingRef ref = m_refs[i];
        const std::string target = joinPointer(ref.target);
        if (m_nodes.count(target) == 0) {
            if (auto r = walkRefTarget(ref); !r) {
                return r;
            }
        }
        m_nodes[joinPointer(ref.nodeOldPath)].inlineEdges.push_back(Edge{target, "$ref"});
    }
    return {};
}

// A target nobody walked yet: under "$defs" or another unknown keyword, or next to a "$ref".
// Anything else (a "properties" map itself, an enum value, a default) is not a schema.
Result<void> SchemaRewriter::walkRefTarget(const PendingRef& ref) {
    const PointerTokens where = appended(ref.nodeOldPath, {"$ref"});
    const json* node = resolvePointer(m_root, ref.target);
    if (node == nullptr) {
        return schemaError("$ref", where,
                           "points to nothing: \"" + encodeLocalRef(ref.target) + "\"");
    }
    const NodeInfo* ancestor = nullptr;
    std::size_t matched = 0;
    PointerTokens newPath = newPathOf(ref.target, &ancestor, &matched);
    bool known = false;
    if (ancestor != nullptr && matched < ref.target.size()) {
        keywordKind(ref.target[matched], &known);
    }
    if (ancestor == nullptr || (!ancestor->isRef && known)) {
        return schemaError("$ref", where,
                           "does not point to a schema: \"" + encodeLocalRef(ref.target) + "\"");
    }
    Placement placement{newPath, json()};
    if (auto r = walk(*node, placement.value, Position{ref.target, newPath, 0, "$ref"}); !r) {
        return r;
    }
    m_placements.push_back(std::move(placement));
    return {};
}

PointerTokens SchemaRewriter::newPathOf(const PointerTokens& oldPath, const NodeInfo** ancestor,
                                        std::size_t* matched) const {
    for (std::size_t length = oldPath.size() + 1; length-- > 0;) {
        const PointerTokens prefix(oldPath.begin(), oldPath.begin() + static_cast<long>(length));
        const auto it = m_nodes.find(joinPointer(prefix));
        if (it != m_nodes.end()) {
            *ancestor = &it->second;
            *matched = length;
            PointerTokens result = it->second.newPath;
            result.insert(result.end(), oldPath.begin() + static_cast<long>(length), oldPath.end());
            return result;
        }
    }
    *ancestor = nullptr; // unreachable: the root is always walked
    *matched = 0;
    return oldPath;
}

// Longest chain of schemas applied to the same value starting at `pointer` (`depth` links below
// where the search started). A cycle would make valijson recurse forever (at compile time for
// pure $ref loops, at validation otherwise); a long chain recurses deep.
Result<int> SchemaRewriter::chainLength(const std::string& pointer, int depth) {
    const auto memo = m_chain.find(pointer);
    if (memo != m_chain.end()) {
        return memo->second;
    }
    m_chain[pointer] = -1; // on the DFS stack
    int longest = 0;
    for (const Edge& edge : m_nodes[pointer].inlineEdges) {
        if (m_chain.count(edge.target) != 0 && m_chain[edge.target] < 0) {
            return schemaError(edge.keyword, edgePointer(pointer, edge),
                               "reference cycle: this schema applies itself to the same value "
                               "without end");
        }
        auto length =
            depth < kMaxInlineChain ? chainLength(edge.target, depth + 1) : Result<int>(0);
        if (!length) {
            return length;
        }
        longest = std::max(longest, *length + 1);
        if (longest > kMaxInlineChain || depth >= kMaxInlineChain) {
            return schemaError(edge.keyword, edgePointer(pointer, edge),
                               "more than " + std::to_string(kMaxInlineChain) +
                                   " schemas applied to the same value in a chain (allOf, anyOf, "
                                   "oneOf, not, if, $ref ...)");
        }
    }
    m_chain[pointer] = longest;
    return longest;
}

// Where an edge is written: the "$ref" member of the referring schema, or the child schema.
PointerTokens SchemaRewriter::edgePointer(const std::string& from, const Edge& edge) {
    if (edge.keyword == "$ref") {
        PointerTokens where = *parsePointer(from);
        where.push_back("$ref");
        return where;
    }
    return *parsePointer(edge.target);
}

void SchemaRewriter::finish() {
    // Parents first, so a target walked inside another walked target is not overwritten by the
    // verbatim copy its parent carries.
    std::stable_sort(
        m_placements.begin(), m_placements.end(),
        [](const Placement& a, const Placement& b) { return a.newPath.size() < b.newPath.size(); });
    json& document = m_out.document;
    for (Placement& placement : m_placements) {
        document[json::json_pointer(joinPointer(placement.newPath))] = std::move(placement.value);
    }
    for (const PendingRef& ref : m_refs) {
        const NodeInfo& target = m_nodes[joinPointer(ref.target)];
        document[json::json_pointer(joinPointer(ref.nodeNewPath))]["$ref"] =
            encodeLocalRef(target.newPath);
    }
}

} // namespace croupier::core::detail
