#include "croupier/core/AllowIf.h"

#include "AllowIfLexer.h"
#include "AllowIfProgram.h"

#include <algorithm>
#include <compare>
#include <nlohmann/json.hpp>

namespace croupier::core {
namespace {

// One side of a comparison: an operand (what the call looks like) or a literal.
struct Side {
    bool isOperand = false;
    AllowIfOperand operand = AllowIfOperand::User;
    std::vector<std::string> path;
    AllowIfLiteral literal;
    std::size_t pos = 0; // where it starts in the text
    std::string word;    // the operand as written ("game_id", "params.x")
};

AllowIfOp flipped(AllowIfOp op) {
    switch (op) {
    case AllowIfOp::Lt:
        return AllowIfOp::Gt;
    case AllowIfOp::Gt:
        return AllowIfOp::Lt;
    case AllowIfOp::Le:
        return AllowIfOp::Ge;
    case AllowIfOp::Ge:
        return AllowIfOp::Le;
    default:
        return op;
    }
}

bool isCallName(std::string_view word) {
    return word == "has_role" || word == "has_permission";
}

// Recursive descent over the tokens of AllowIfLexer; '(' and '!' count towards the depth limit,
// '&&' and '||' chains become one n-ary node so evaluation depth stays bounded by that limit.
class Parser {
public:
    explicit Parser(std::string_view text)
        : m_lexer(text) {}
    Result<AllowIfProgram> run();

private:
    Result<std::size_t> parseList(AllowIfNodeKind kind, int depth);
    Result<std::size_t> parseUnary(int depth);
    Result<std::size_t> parsePrimary(int depth);
    Result<std::size_t> parseGroup(int depth);
    Result<std::size_t> parseCall(AllowIfNodeKind kind);
    Result<std::size_t> parseComparison();
    Result<Side> side(const AllowIfToken& token);
    Result<void> checkTypes(const Side& operand, const Side& literal,
                            const AllowIfToken& opToken) const;
    Result<std::vector<std::string>> paramPath(const AllowIfToken& token) const;
    Result<void> advance();
    Result<void> expect(AllowIfTokenKind kind, std::string_view spelling);
    Unexpected fail(std::size_t position, const std::string& message) const {
        return m_lexer.fail(position, message);
    }
    std::size_t add(AllowIfNode node) {
        m_program.nodes.push_back(std::move(node));
        return m_program.nodes.size() - 1;
    }

    AllowIfLexer m_lexer;
    AllowIfToken m_token; // the current token, not yet consumed
    AllowIfProgram m_program;
};

Result<AllowIfProgram> Parser::run() {
    if (m_lexer.text().size() > AllowIf::kMaxLength) {
        return fail(AllowIf::kMaxLength,
                    "expression longer than " + std::to_string(AllowIf::kMaxLength) + " bytes");
    }
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    auto root = parseList(AllowIfNodeKind::Or, 0);
    if (!root) {
        return Unexpected(root.error());
    }
    if (m_token.kind != AllowIfTokenKind::End) {
        return fail(m_token.pos,
                    "expected '&&', '||' or the end but found " + m_lexer.describe(m_token));
    }
    m_program.root = *root;
    return std::move(m_program);
}

Result<void> Parser::advance() {
    auto next = m_lexer.next();
    if (!next) {
        return Unexpected(next.error());
    }
    m_token = std::move(*next);
    return {};
}

Result<void> Parser::expect(AllowIfTokenKind kind, std::string_view spelling) {
    if (m_token.kind != kind) {
        return fail(m_token.pos, "expected '" + std::string(spelling) + "' but found " +
                                     m_lexer.describe(m_token));
    }
    return advance();
}

// Or: and ('||' and)*; And: unary ('&&' unary)*.
Result<std::size_t> Parser::parseList(AllowIfNodeKind kind, int depth) {
    const bool isOr = kind == AllowIfNodeKind::Or;
    const auto separator = isOr ? AllowIfTokenKind::Or : AllowIfTokenKind::And;
    auto parseItem = [&] {
        return isOr ? parseList(AllowIfNodeKind::And, depth) : parseUnary(depth);
    };
    auto first = parseItem();
    if (!first || m_token.kind != separator) {
        return first;
    }
    AllowIfNode node;
    node.kind = kind;
    node.children.push_back(*first);
    while (m_token.kind == separator) {
        if (auto ok = advance(); !ok) {
            return Unexpected(ok.error());
        }
        auto item = parseItem();
        if (!item) {
            return item;
        }
        node.children.push_back(*item);
    }
    return add(std::move(node));
}

Result<std::size_t> Parser::parseUnary(int depth) {
    if (m_token.kind != AllowIfTokenKind::Not) {
        return parsePrimary(depth);
    }
    if (depth >= AllowIf::kMaxDepth) {
        return fail(m_token.pos, "nested deeper than " + std::to_string(AllowIf::kMaxDepth));
    }
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    const bool valueFollows = m_token.kind == AllowIfTokenKind::String ||
                              m_token.kind == AllowIfTokenKind::Number ||
                              (m_token.kind == AllowIfTokenKind::Word && !isCallName(m_token.word));
    if (valueFollows) {
        return fail(m_token.pos, "'!' applies to has_role(...), has_permission(...) or '(...)'; "
                                 "write !(a == b) to negate a comparison");
    }
    auto child = parseUnary(depth + 1);
    if (!child) {
        return child;
    }
    AllowIfNode node;
    node.kind = AllowIfNodeKind::Not;
    node.children.push_back(*child);
    return add(std::move(node));
}

Result<std::size_t> Parser::parsePrimary(int depth) {
    switch (m_token.kind) {
    case AllowIfTokenKind::LParen:
        return parseGroup(depth);
    case AllowIfTokenKind::Word:
        if (m_token.word == "has_role") {
            return parseCall(AllowIfNodeKind::HasRole);
        }
        if (m_token.word == "has_permission") {
            return parseCall(AllowIfNodeKind::HasPermission);
        }
        return parseComparison();
    case AllowIfTokenKind::String:
    case AllowIfTokenKind::Number:
        return parseComparison();
    default:
        return fail(m_token.pos, "expected an expression but found " + m_lexer.describe(m_token));
    }
}

Result<std::size_t> Parser::parseGroup(int depth) {
    if (depth >= AllowIf::kMaxDepth) {
        return fail(m_token.pos, "nested deeper than " + std::to_string(AllowIf::kMaxDepth));
    }
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    auto inner = parseList(AllowIfNodeKind::Or, depth + 1);
    if (!inner) {
        return inner;
    }
    if (auto ok = expect(AllowIfTokenKind::RParen, ")"); !ok) {
        return Unexpected(ok.error());
    }
    return inner;
}

// has_role('x') / has_permission('x'): exactly one string literal.
Result<std::size_t> Parser::parseCall(AllowIfNodeKind kind) {
    const std::string name = m_token.word;
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    if (auto ok = expect(AllowIfTokenKind::LParen, "("); !ok) {
        return Unexpected(ok.error());
    }
    if (m_token.kind != AllowIfTokenKind::String) {
        return fail(m_token.pos, name + " expects a quoted string, e.g. " + name +
                                     "('admin'), but found " + m_lexer.describe(m_token));
    }
    AllowIfNode node;
    node.kind = kind;
    node.name = m_token.literal.string;
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    if (auto ok = expect(AllowIfTokenKind::RParen, ")"); !ok) {
        return Unexpected(ok.error());
    }
    return add(std::move(node));
}

// operand CMP literal | literal CMP operand.
Result<std::size_t> Parser::parseComparison() {
    const AllowIfToken leftToken = m_token;
    auto left = side(leftToken);
    if (!left) {
        return Unexpected(left.error());
    }
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    if (m_token.kind != AllowIfTokenKind::Compare) {
        return fail(m_token.pos, "expected a comparison (==, !=, <, >, <=, >=) but found " +
                                     m_lexer.describe(m_token));
    }
    const AllowIfToken opToken = m_token;
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    const AllowIfToken rightToken = m_token;
    auto right = side(rightToken);
    if (!right) {
        return Unexpected(right.error());
    }
    if (left->isOperand == right->isOperand) {
        return fail(left->isOperand ? rightToken.pos : leftToken.pos,
                    left->isOperand ? "compare a field with a literal (a string, a number, true "
                                      "or false), not with another field"
                                    : "a comparison needs one of user, game_id, env, function_id "
                                      "or params.<field>");
    }
    const Side& operand = left->isOperand ? *left : *right;
    const Side& literal = left->isOperand ? *right : *left;
    if (auto ok = checkTypes(operand, literal, opToken); !ok) {
        return Unexpected(ok.error());
    }
    AllowIfNode node;
    node.kind = AllowIfNodeKind::Compare;
    node.op = left->isOperand ? opToken.op : flipped(opToken.op);
    node.operand = operand.operand;
    node.path = operand.path;
    node.literal = literal.literal;
    if (auto ok = advance(); !ok) {
        return Unexpected(ok.error());
    }
    return add(std::move(node));
}

// Refuses what could never hold: an ordering on true/false, and a number or true/false against
// user, game_id, env or function_id, which are always text ("game_id == 1" never matches "1").
Result<void> Parser::checkTypes(const Side& operand, const Side& literal,
                                const AllowIfToken& opToken) const {
    const AllowIfLiteral::Type type = literal.literal.type;
    if (type == AllowIfLiteral::Type::Boolean && opToken.op != AllowIfOp::Eq &&
        opToken.op != AllowIfOp::Ne) {
        return fail(opToken.pos, "true and false can only be compared with == or !=");
    }
    if (operand.operand != AllowIfOperand::Param && type != AllowIfLiteral::Type::String) {
        return fail(literal.pos, operand.word + " is text: compare it with a quoted string, e.g. " +
                                     operand.word + " == 'value'");
    }
    return {};
}

Result<Side> Parser::side(const AllowIfToken& token) {
    Side result;
    result.pos = token.pos;
    result.word = token.word;
    if (token.kind == AllowIfTokenKind::String || token.kind == AllowIfTokenKind::Number) {
        result.literal = token.literal;
        return result;
    }
    if (token.kind != AllowIfTokenKind::Word) {
        return fail(token.pos,
                    "expected a field or a literal but found " + m_lexer.describe(token));
    }
    const std::string& word = token.word;
    if (word == "true" || word == "false") {
        result.literal.type = AllowIfLiteral::Type::Boolean;
        result.literal.boolean = word == "true";
        return result;
    }
    static const std::pair<std::string_view, AllowIfOperand> kOperands[] = {
        {"user", AllowIfOperand::User},
        {"game_id", AllowIfOperand::GameId},
        {"env", AllowIfOperand::Env},
        {"function_id", AllowIfOperand::FunctionId}};
    result.isOperand = true;
    for (const auto& [name, operand] : kOperands) {
        if (word == name) {
            result.operand = operand;
            return result;
        }
    }
    if (word == "params" || word.starts_with("params.")) {
        auto path = paramPath(token);
        if (!path) {
            return Unexpected(path.error());
        }
        result.operand = AllowIfOperand::Param;
        result.path = std::move(*path);
        return result;
    }
    if (isCallName(word)) {
        return fail(token.pos, word + "(...) is a condition and cannot be compared");
    }
    if (m_lexer.peekChar() == '(') {
        return fail(token.pos, "unknown function '" + word + "'; use has_role or has_permission");
    }
    return fail(token.pos, "unknown identifier '" + word +
                               "'; use user, game_id, env, function_id or params.<field>");
}

Result<std::vector<std::string>> Parser::paramPath(const AllowIfToken& token) const {
    std::vector<std::string> path;
    std::string_view rest = std::string_view(token.word).substr(std::string_view("params").size());
    bool wellFormed = !rest.empty();
    while (wellFormed && !rest.empty()) {
        rest.remove_prefix(1); // the '.'
        const std::size_t dot = std::min(rest.find('.'), rest.size());
        wellFormed = dot > 0; // "params..x" and "params.x." have an empty field name
        path.emplace_back(rest.substr(0, dot));
        rest.remove_prefix(dot);
    }
    if (!wellFormed) {
        return fail(token.pos, "expected params.<field>, e.g. params.reward.count, but found '" +
                                   token.word + "'");
    }
    return path;
}

// ---- evaluation -------------------------------------------------------------------------------

// An operand's value for one call; Missing covers absent params and non-scalar JSON.
struct Value {
    enum class Kind { Missing, String, Integer, Unsigned, Decimal, Boolean };
    Kind kind = Kind::Missing;
    std::string_view string;
    std::int64_t integer = 0;
    std::uint64_t unsignedInteger = 0;
    double decimal = 0;
    bool boolean = false;
};

Value fromJson(const nlohmann::json& json) noexcept {
    Value value;
    if (const auto* s = json.get_ptr<const nlohmann::json::string_t*>()) {
        value.kind = Value::Kind::String;
        value.string = *s;
    } else if (const auto* u = json.get_ptr<const nlohmann::json::number_unsigned_t*>()) {
        value.kind = Value::Kind::Unsigned;
        value.unsignedInteger = *u;
    } else if (const auto* i = json.get_ptr<const nlohmann::json::number_integer_t*>()) {
        value.kind = Value::Kind::Integer;
        value.integer = *i;
    } else if (const auto* d = json.get_ptr<const nlohmann::json::number_float_t*>()) {
        value.kind = Value::Kind::Decimal;
        value.decimal = *d;
    } else if (const auto* b = json.get_ptr<const nlohmann::json::boolean_t*>()) {
        value.kind = Value::Kind::Boolean;
        value.boolean = *b;
    }
    return value;
}

Value resolve(const AllowIfNode& node, const AllowIfInput& in) noexcept {
    Value value;
    value.kind = Value::Kind::String;
    switch (node.operand) {
    case AllowIfOperand::User:
        value.string = in.user;
        return value;
    case AllowIfOperand::GameId:
        value.string = in.gameId;
        return value;
    case AllowIfOperand::Env:
        value.string = in.env;
        return value;
    case AllowIfOperand::FunctionId:
        value.string = in.functionId;
        return value;
    case AllowIfOperand::Param:
        break;
    }
    const nlohmann::json* current = in.params;
    for (const std::string& field : node.path) {
        if (current == nullptr || !current->is_object()) {
            return Value{};
        }
        const auto found = current->find(field);
        current = found == current->end() ? nullptr : &*found;
    }
    return current == nullptr ? Value{} : fromJson(*current);
}

std::partial_ordering compareNumber(const Value& value, const AllowIfLiteral& literal) noexcept {
    const bool exact = literal.type == AllowIfLiteral::Type::Integer;
    if (exact && value.kind == Value::Kind::Integer) {
        return value.integer <=> literal.integer;
    }
    if (exact && value.kind == Value::Kind::Unsigned) { // above any negative literal
        return literal.integer < 0
                   ? std::partial_ordering::greater
                   : value.unsignedInteger <=> static_cast<std::uint64_t>(literal.integer);
    }
    const double left = value.kind == Value::Kind::Integer ? static_cast<double>(value.integer)
                        : value.kind == Value::Kind::Unsigned
                            ? static_cast<double>(value.unsignedInteger)
                            : value.decimal;
    const double right = exact ? static_cast<double>(literal.integer) : literal.decimal;
    return left <=> right;
}

// Unordered means "cannot compare": every operator but != is false.
std::partial_ordering compare(const Value& value, const AllowIfLiteral& literal) noexcept {
    using Type = AllowIfLiteral::Type;
    switch (value.kind) {
    case Value::Kind::String:
        if (literal.type == Type::String) {
            return value.string <=> std::string_view(literal.string);
        }
        break;
    case Value::Kind::Integer:
    case Value::Kind::Unsigned:
    case Value::Kind::Decimal:
        if (literal.type == Type::Integer || literal.type == Type::Decimal) {
            return compareNumber(value, literal);
        }
        break;
    case Value::Kind::Boolean:
        if (literal.type == Type::Boolean) {
            return value.boolean <=> literal.boolean;
        }
        break;
    case Value::Kind::Missing:
        break;
    }
    return std::partial_ordering::unordered;
}

bool holds(AllowIfOp op, std::partial_ordering order) noexcept {
    switch (op) {
    case AllowIfOp::Eq:
        return order == 0;
    case AllowIfOp::Ne:
        return !(order == 0);
    case AllowIfOp::Lt:
        return order < 0;
    case AllowIfOp::Gt:
        return order > 0;
    case AllowIfOp::Le:
        return order <= 0;
    case AllowIfOp::Ge:
        return order >= 0;
    }
    return false;
}

// Recursion depth is bounded by the parser's nesting limit (n-ary And/Or).
bool evaluateNode(const AllowIfProgram& program, std::size_t index,
                  const AllowIfInput& in) noexcept {
    const AllowIfNode& node = program.nodes[index];
    switch (node.kind) {
    case AllowIfNodeKind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&](std::size_t child) { return evaluateNode(program, child, in); });
    case AllowIfNodeKind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](std::size_t child) { return evaluateNode(program, child, in); });
    case AllowIfNodeKind::Not:
        return !evaluateNode(program, node.children.front(), in);
    case AllowIfNodeKind::HasRole:
        return std::find(in.roles.begin(), in.roles.end(), node.name) != in.roles.end();
    case AllowIfNodeKind::HasPermission:
        return in.permissions != nullptr && in.permissions->grants(node.name);
    case AllowIfNodeKind::Compare:
        return holds(node.op, compare(resolve(node, in), node.literal));
    }
    return false;
}

} // namespace

AllowIf::AllowIf(std::string text, std::shared_ptr<const AllowIfProgram> program)
    : m_text(std::move(text))
    , m_program(std::move(program)) {}

Result<AllowIf> AllowIf::parse(std::string_view text) {
    auto program = Parser(text).run();
    if (!program) {
        return Unexpected(program.error());
    }
    return AllowIf(std::string(text), std::make_shared<const AllowIfProgram>(std::move(*program)));
}

bool AllowIf::evaluate(const AllowIfInput& in) const noexcept {
    return evaluateNode(*m_program, m_program->root, in);
}

} // namespace croupier::core
