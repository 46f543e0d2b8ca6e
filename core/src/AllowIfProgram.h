#pragma once
// The parsed form of an allow_if expression: a flat array of nodes, children by index, root
// last. Built once by AllowIf::parse, then only read (from any thread).

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace croupier::core {

enum class AllowIfNodeKind { Or, And, Not, HasRole, HasPermission, Compare };
enum class AllowIfOp { Eq, Ne, Lt, Gt, Le, Ge };
enum class AllowIfOperand { User, GameId, Env, FunctionId, Param };

struct AllowIfLiteral {
    enum class Type { String, Integer, Decimal, Boolean };
    Type type = Type::String;
    std::string string;
    std::int64_t integer = 0;
    double decimal = 0;
    bool boolean = false;
};

// Comparisons are stored with the operand on the left ("3 < params.n" as "params.n > 3").
struct AllowIfNode {
    AllowIfNodeKind kind = AllowIfNodeKind::Or;
    std::vector<std::size_t> children; // Or / And: two or more; Not: one
    std::string name;                  // HasRole / HasPermission argument
    AllowIfOp op = AllowIfOp::Eq;
    AllowIfOperand operand = AllowIfOperand::User;
    std::vector<std::string> path; // Param: the field names after "params."
    AllowIfLiteral literal;
};

struct AllowIfProgram {
    std::vector<AllowIfNode> nodes;
    std::size_t root = 0;
};

} // namespace croupier::core
