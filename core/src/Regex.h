#pragma once
// A PCRE2 regular expression for JSON Schema `pattern` and `patternProperties`, replacing the
// recursive std::regex that valijson would use (a long payload string overflows its stack).
// UTF-8 mode; backtracking runs on the heap under match, depth and heap limits, so a hostile
// subject costs bounded time and memory and never crashes. Immutable after compile(); copies
// share the compiled code, and search() may run concurrently from any thread.

#include "croupier/core/Result.h"

#include <memory>
#include <string>
#include <string_view>

namespace croupier::core::detail {

class Regex {
public:
    enum class Outcome {
        Match,
        NoMatch,
        LimitExceeded,  // too much backtracking: treat as a violation
        InvalidSubject, // not valid UTF-8
    };

    // Fails with INVALID_ARGUMENT carrying PCRE2's description and the offset in the pattern.
    static Result<Regex> compile(std::string_view pattern);

    // Unanchored search, as JSON Schema `pattern` requires.
    Outcome search(std::string_view subject) const;

    const std::string& pattern() const { return m_pattern; }

private:
    struct Compiled;
    Regex(std::string pattern, std::shared_ptr<const Compiled> compiled);
    std::string m_pattern;
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace croupier::core::detail
