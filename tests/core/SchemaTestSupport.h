#pragma once
// Helpers shared by the Schema tests: compile-or-fail, validate in one call, readable
// Violation printing and a matcher.

#include "croupier/core/Schema.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <ostream>

namespace croupier::core {

inline void PrintTo(const Violation& v, std::ostream* os) {
    *os << "{\"" << v.pointer << "\", " << v.keyword << ", \"" << v.message << "\"}";
}

inline bool operator==(const Violation& a, const Violation& b) {
    return a.pointer == b.pointer && a.keyword == b.keyword && a.message == b.message;
}

namespace test {

using nlohmann::json;

// Compiles `schema` (JSON text or value); on failure records a test failure and returns null.
inline std::shared_ptr<const Schema> compiled(const json& schema) {
    auto result = Schema::compile(schema);
    if (!result) {
        ADD_FAILURE() << "schema did not compile: " << result.error().message;
        return nullptr;
    }
    return *result;
}

inline std::shared_ptr<const Schema> compiled(const char* text) {
    return compiled(json::parse(text));
}

// Violations of `instance` against `schema`; a sentinel violation if the schema fails.
inline std::vector<Violation> violations(const json& schema, const json& instance) {
    const auto s = compiled(schema);
    return s ? s->validate(instance) : std::vector<Violation>{{"?", "compile", "failed"}};
}

inline std::vector<Violation> violations(const char* schema, const json& instance) {
    return violations(json::parse(schema), instance);
}

// The compile error of `schema`; an empty Error (code Unknown) if it compiled.
inline Error compileError(const json& schema) {
    auto result = Schema::compile(schema);
    if (result) {
        ADD_FAILURE() << "schema compiled but should not have: " << schema.dump();
        return Error();
    }
    return result.error();
}

inline Error compileError(const char* text) {
    return compileError(json::parse(text));
}

MATCHER_P3(IsViolation, pointer, keyword, message, "") {
    return arg.pointer == pointer && arg.keyword == keyword && arg.message == message;
}

MATCHER_P2(IsViolationAt, pointer, keyword, "") {
    return arg.pointer == pointer && arg.keyword == keyword;
}

} // namespace test
} // namespace croupier::core
