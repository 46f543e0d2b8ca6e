#include "Regex.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace croupier::core::detail {
namespace {

// Generous for any sane pattern and subject, small enough that the worst case stays well under
// a second and 16 MiB. A subject that needs more is reported as a violation, not checked.
constexpr uint32_t kMatchLimit = 1'000'000;
constexpr uint32_t kDepthLimit = 50'000;
constexpr uint32_t kHeapLimitKiB = 16 * 1024;
constexpr std::size_t kMaxPatternLength = 4096;

std::string pcreMessage(int code) {
    PCRE2_UCHAR buffer[256];
    if (pcre2_get_error_message(code, buffer, sizeof buffer) < 0) {
        return "error " + std::to_string(code);
    }
    return reinterpret_cast<const char*>(buffer);
}

} // namespace

struct Regex::Compiled {
    pcre2_code* code = nullptr;
    pcre2_match_context* context = nullptr;

    Compiled() = default;
    Compiled(const Compiled&) = delete;
    Compiled& operator=(const Compiled&) = delete;
    ~Compiled() {
        pcre2_match_context_free(context);
        pcre2_code_free(code);
    }
};

Regex::Regex(std::string pattern, std::shared_ptr<const Compiled> compiled)
    : m_pattern(std::move(pattern))
    , m_compiled(std::move(compiled)) {}

Result<Regex> Regex::compile(std::string_view pattern) {
    if (pattern.size() > kMaxPatternLength) {
        return Unexpected(ErrorCode::InvalidArgument, "regular expression longer than " +
                                                          std::to_string(kMaxPatternLength) +
                                                          " characters");
    }
    auto compiled = std::make_shared<Compiled>();
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    // DOLLAR_ENDONLY and ALT_BSUX bring '$' and "\uhhhh" closer to ECMA-262, which JSON Schema
    // patterns are written in.
    compiled->code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                      PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_ALT_BSUX | PCRE2_NEVER_BACKSLASH_C,
                      &errorCode, &errorOffset, nullptr);
    if (compiled->code == nullptr) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "invalid regular expression: " + pcreMessage(errorCode) + " at offset " +
                              std::to_string(errorOffset));
    }
    compiled->context = pcre2_match_context_create(nullptr);
    if (compiled->context == nullptr) {
        return Unexpected(ErrorCode::Internal, "out of memory compiling a regular expression");
    }
    pcre2_set_match_limit(compiled->context, kMatchLimit);
    pcre2_set_depth_limit(compiled->context, kDepthLimit);
    pcre2_set_heap_limit(compiled->context, kHeapLimitKiB);
    return Regex(std::string(pattern), std::move(compiled));
}

Regex::Outcome Regex::search(std::string_view subject) const {
    // Per call rather than cached per thread: match data keeps its backtracking frames, and a
    // cached one would hold on to the memory of the worst subject it ever saw.
    pcre2_match_data* data = pcre2_match_data_create(1, nullptr);
    if (data == nullptr) {
        return Outcome::LimitExceeded;
    }
    const int rc = pcre2_match(m_compiled->code, reinterpret_cast<PCRE2_SPTR>(subject.data()),
                               subject.size(), 0, 0, data, m_compiled->context);
    pcre2_match_data_free(data);
    if (rc >= 0) {
        return Outcome::Match; // 0 only means the (tiny) ovector was too small
    }
    if (rc == PCRE2_ERROR_NOMATCH) {
        return Outcome::NoMatch;
    }
    if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) {
        return Outcome::InvalidSubject;
    }
    return Outcome::LimitExceeded;
}

} // namespace croupier::core::detail
