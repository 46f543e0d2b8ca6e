#pragma once
// AllowIf: a descriptor's `auth.allow_if` expression, parsed once (at registration) and evaluated
// for every call. Grammar (whitespace free between tokens):
//
//   expr    := and ('||' and)*
//   and     := unary ('&&' unary)*
//   unary   := '!' unary | primary          ('!' applies to a call or a parenthesised expr)
//   primary := '(' expr ')' | has_role(STRING) | has_permission(STRING)
//            | operand CMP literal | literal CMP operand        CMP: == != < > <= >=
//   operand := user | game_id | env | function_id | params.<field>[.<field>...]
//   literal := 'text' | "text" (escapes \' \" \\) | -12 | 3.5 | true | false
//
// Precedence: '!' > comparisons > '&&' > '||'. Comparison semantics:
//  - number vs number compares numerically (JSON integers and doubles alike);
//  - string vs string compares bytewise (UTF-8, so == works on any text);
//  - boolean vs true/false with == and != only (an ordering on true/false is a parse error);
//  - user, game_id, env and function_id are text: comparing them with a number or true/false
//    is a parse error (write game_id == '1');
//  - a missing param (or params.x where x is an array, an object or null) or a type mismatch
//    makes ==, <, >, <=, >= false and != true.
// Limits, refused at parse: text over 2000 bytes, '(' / '!' nested deeper than 32.
// Errors are INVALID_ARGUMENT, "allow_if: at position 17: expected ')'" with details "position"
// (0-based byte offset) and "expression".
//
// Immutable after parse(): evaluate() may be called from any thread at once; copies share the
// parsed tree. evaluate() never throws and runs in time linear in the expression.

#include "croupier/core/Permissions.h"
#include "croupier/core/Result.h"

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace croupier::core {

struct AllowIfProgram; // the parsed tree (core/src/AllowIfProgram.h)

// What an expression can see about one call. Pointers are borrowed for the evaluate() call.
struct AllowIfInput {
    std::string user;
    std::vector<std::string> roles;
    const PermissionSet* permissions = nullptr; // null: has_permission(...) is false
    std::string gameId;
    std::string env;
    std::string functionId;
    const nlohmann::json* params = nullptr; // null: every params.x is missing
};

class AllowIf {
public:
    static constexpr std::size_t kMaxLength = 2000;
    static constexpr int kMaxDepth = 32;

    // Empty text is an error too (callers skip an absent or empty allow_if).
    static Result<AllowIf> parse(std::string_view text);

    bool evaluate(const AllowIfInput& in) const noexcept;
    const std::string& text() const { return m_text; }

private:
    AllowIf(std::string text, std::shared_ptr<const AllowIfProgram> program);

    std::string m_text;
    std::shared_ptr<const AllowIfProgram> m_program; // never null
};

} // namespace croupier::core
