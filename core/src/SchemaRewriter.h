#pragma once
// Turns a draft-07 schema into the document valijson compiles, and refuses what valijson would
// mishandle. It checks every keyword's shape (so errors name the keyword and its JSON pointer,
// where valijson would throw vague text), moves type/enum/const/pattern/format and `false`
// schemas into Croupier's own checks (PCRE2 instead of std::regex, our own messages), wraps
// anyOf/oneOf branches in markers, drops `id` (no base-URI games), and refuses remote or dangling
// $refs, reference cycles that consume no input, and schemas too deep or too large.
// Used only inside Schema::compile(), on the calling thread; holds no state afterwards.

#include "JsonPointer.h"
#include "SchemaCheck.h"
#include "croupier/core/Result.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::core::detail {

class SchemaRewriter {
public:
    // INVALID_ARGUMENT on a bad schema, with details "keyword" and "pointer" (into `schema`).
    static Result<RewrittenSchema> rewrite(const nlohmann::json& schema);

private:
    using json = nlohmann::json;

    // Where a schema sits: in the original document, in the rewritten one, how deep, and the
    // keyword that introduced it (for error messages).
    struct Position {
        PointerTokens oldPath;
        PointerTokens newPath;
        int depth = 0;
        std::string keyword;
        std::string falseKeyword = "false"; // reported if this schema is `false`
    };
    // valijson's allOf stops at the first failing part; Croupier reports them all, so the parts
    // are rearranged into a tree of `{"allOf": [left], "if": true, "then": right}` nodes, whose
    // two halves are separate constraints that both run. `parts` are the walked schemas, in
    // order: the schema's own allOf, then a split-off additionalItems (see walkAdditionalItems).
    struct AllOfPlan {
        std::vector<json> parts;
    };
    struct Edge {
        std::string target; // old pointer of a schema applied to the same value
        std::string keyword;
    };
    struct NodeInfo {
        PointerTokens newPath;
        bool isRef = false;
        std::vector<Edge> inlineEdges;
    };
    struct PendingRef {
        PointerTokens nodeOldPath;
        PointerTokens nodeNewPath;
        PointerTokens target;
    };
    struct Placement {
        PointerTokens newPath;
        json value;
    };

    explicit SchemaRewriter(const json& root);

    Result<void> walk(const json& in, json& out, const Position& at);
    Result<void> walkRef(const json& in, json& out, const Position& at);
    Result<void> walkKeyword(const std::string& key, const json& in, json& out, CheckBundle& bundle,
                             AllOfPlan& allOf, const Position& at);
    // Walks the schema `in` found at parent + steps; `sameValue` when it applies to the value
    // the parent applies to (allOf, not, $ref, ...), which makes it a link in an inline chain.
    Result<void> walkChild(const json& in, json& out, const Position& parent,
                           const PointerTokens& steps, bool sameValue,
                           const std::string& falseKeyword);
    Result<void> walkChild(const json& in, json& out, const Position& parent,
                           const PointerTokens& oldSteps, const PointerTokens& newSteps,
                           bool sameValue, const std::string& falseKeyword);
    Result<void> walkSchemaMap(const std::string& key, const json& value, json& out,
                               const Position& at);
    Result<void> walkPatternProperties(const json& value, json& out, const Position& at);
    Result<void> walkDependencies(const json& value, json& out, const Position& at);
    Result<void> walkItems(const json& value, json& out, const Position& at);
    Result<void> walkAllOf(const json& value, AllOfPlan& plan, const Position& at);
    Result<void> walkAdditionalItems(const json& in, AllOfPlan& plan, const Position& at);
    static PointerTokens allOfSteps(std::size_t index, std::size_t total);
    static json buildAllOf(std::vector<json>& parts, std::size_t begin, std::size_t end);
    Result<void> walkBranches(const std::string& key, const json& value, json& out,
                              const Position& at);
    Result<void> addAssertion(const std::string& key, const json& value, CheckBundle& bundle,
                              const Position& at);
    Result<void> checkSimpleKeyword(const std::string& key, const json& value, json& out,
                                    const Position& at);

    Result<void> resolveRefs();
    Result<void> walkRefTarget(const PendingRef& ref);
    Result<int> chainLength(const std::string& pointer, int depth);
    static PointerTokens edgePointer(const std::string& from, const Edge& edge);
    void finish();

    std::size_t addBundle(CheckBundle bundle);
    PointerTokens newPathOf(const PointerTokens& oldPath, const NodeInfo** ancestor,
                            std::size_t* matched) const;

    const json& m_root;
    RewrittenSchema m_out;
    std::map<std::string, NodeInfo> m_nodes; // every schema walked, by old pointer
    std::vector<PendingRef> m_refs;
    std::vector<Placement> m_placements; // walked $ref targets outside the walked tree
    std::map<std::string, int> m_chain;  // chainLength memo; -1 while on the DFS stack
    std::size_t m_beginBundle = 0;
    std::size_t m_endBundle = 0;
};

} // namespace croupier::core::detail
