#pragma once
// AllowIfLexer: splits an allow_if expression into tokens, one at a time, for AllowIf's parser
// (core/src/AllowIf.cpp is its only user, hence header-only). Positions are 0-based byte offsets.
// Errors are INVALID_ARGUMENT "allow_if: at position N: ..." with details "position" and
// "expression". Messages quote at most a short, UTF-8-safe slice of the text.
// Used by one thread; borrows the text, which must outlive it.

#include "AllowIfProgram.h"
#include "croupier/core/Result.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <string>
#include <string_view>

namespace croupier::core {

enum class AllowIfTokenKind { LParen, RParen, Not, And, Or, Compare, String, Number, Word, End };

struct AllowIfToken {
    AllowIfTokenKind kind = AllowIfTokenKind::End;
    std::size_t pos = 0;
    std::size_t size = 0;         // bytes of text it spans
    AllowIfOp op = AllowIfOp::Eq; // Compare
    AllowIfLiteral literal;       // String, Number
    std::string word;             // Word: [A-Za-z_][A-Za-z0-9_.]*
};

class AllowIfLexer {
public:
    explicit AllowIfLexer(std::string_view text)
        : m_text(text) {}

    std::string_view text() const { return m_text; }

    Result<AllowIfToken> next() {
        skipSpace();
        const std::size_t start = m_pos;
        if (start == m_text.size()) {
            return AllowIfToken{AllowIfTokenKind::End, start, 0};
        }
        const char c = m_text[start];
        if (c == '\'' || c == '"') {
            return lexString(start);
        }
        if (isDigit(c) || (c == '-' && start + 1 < m_text.size() && isDigit(m_text[start + 1]))) {
            return lexNumber(start);
        }
        if (isWordStart(c)) {
            return lexWord(start);
        }
        return lexOperator(start);
    }

    // The next non-space character after the current position, or '\0' at the end.
    char peekChar() {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }

    // "'&&'", "'params.x'", "end of expression", for error messages.
    std::string describe(const AllowIfToken& token) const {
        if (token.kind == AllowIfTokenKind::End) {
            return "end of expression";
        }
        constexpr std::size_t kMaxQuoted = 24;
        const std::string_view spelled = m_text.substr(token.pos, token.size);
        if (spelled.size() <= kMaxQuoted) {
            return "'" + std::string(spelled) + "'";
        }
        return "'" + std::string(utf8Prefix(spelled, kMaxQuoted)) + "...'";
    }

    Unexpected fail(std::size_t position, const std::string& message) const {
        return Unexpected(ErrorCode::InvalidArgument,
                          "allow_if: at position " + std::to_string(position) + ": " + message,
                          {{"position", std::to_string(position)},
                           {"expression", std::string(utf8Prefix(m_text, kMaxEchoed))}});
    }

private:
    static constexpr std::size_t kMaxEchoed = 2000;

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    static bool isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
    static bool isWordChar(char c) { return isWordStart(c) || isDigit(c) || c == '.'; }

    // At most `bytes` bytes, never ending inside a UTF-8 sequence.
    static std::string_view utf8Prefix(std::string_view text, std::size_t bytes) {
        if (text.size() <= bytes) {
            return text;
        }
        while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) {
            --bytes;
        }
        return text.substr(0, bytes);
    }

    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
            ++m_pos;
        }
    }

    AllowIfToken token(AllowIfTokenKind kind, std::size_t start, std::size_t end) {
        m_pos = end;
        AllowIfToken result;
        result.kind = kind;
        result.pos = start;
        result.size = end - start;
        return result;
    }

    // Quoted with ' or "; the only escapes are \' \" \\.
    Result<AllowIfToken> lexString(std::size_t start) {
        const char quote = m_text[start];
        std::string value;
        for (std::size_t i = start + 1; i < m_text.size(); ++i) {
            const char c = m_text[i];
            if (c == quote) {
                AllowIfToken result = token(AllowIfTokenKind::String, start, i + 1);
                result.literal.string = std::move(value);
                return result;
            }
            if (c == '\\' && i + 1 < m_text.size()) {
                const char escaped = m_text[++i];
                if (escaped != '\'' && escaped != '"' && escaped != '\\') {
                    return fail(i - 1, "unknown escape; only \\', \\\" and \\\\ are allowed");
                }
                value.push_back(escaped);
            } else {
                value.push_back(c);
            }
        }
        return fail(start, "unterminated string");
    }

    // -?[0-9]+(\.[0-9]+)?, not followed by a letter, digit, '_' or '.'.
    Result<AllowIfToken> lexNumber(std::size_t start) {
        std::size_t end = start + (m_text[start] == '-' ? 1 : 0);
        auto skipDigits = [&] {
            const std::size_t from = end;
            while (end < m_text.size() && isDigit(m_text[end])) {
                ++end;
            }
            return end > from;
        };
        skipDigits();
        const bool decimal = end < m_text.size() && m_text[end] == '.';
        if (decimal) {
            ++end;
            if (!skipDigits()) {
                return fail(start, "invalid number");
            }
        }
        if (end < m_text.size() && isWordChar(m_text[end])) {
            return fail(start, "invalid number");
        }
        AllowIfToken result = token(AllowIfTokenKind::Number, start, end);
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + end;
        if (!decimal) { // integers beyond int64 fall through to a (rounded) decimal
            const auto [ptr, error] = std::from_chars(first, last, result.literal.integer);
            if (error == std::errc() && ptr == last) {
                result.literal.type = AllowIfLiteral::Type::Integer;
                return result;
            }
        }
        const auto [ptr, error] = std::from_chars(first, last, result.literal.decimal);
        if (error != std::errc() || ptr != last) {
            return fail(start, "number out of range");
        }
        result.literal.type = AllowIfLiteral::Type::Decimal;
        return result;
    }

    Result<AllowIfToken> lexWord(std::size_t start) {
        std::size_t end = start;
        while (end < m_text.size() && isWordChar(m_text[end])) {
            ++end;
        }
        AllowIfToken result = token(AllowIfTokenKind::Word, start, end);
        result.word = std::string(m_text.substr(start, end - start));
        return result;
    }

    Result<AllowIfToken> lexOperator(std::size_t start) {
        struct Spelling {
            std::string_view text;
            AllowIfTokenKind kind;
            AllowIfOp op;
        };
        using K = AllowIfTokenKind;
        static constexpr std::array<Spelling, 11> kSpellings{{
            {"&&", K::And, AllowIfOp::Eq},
            {"||", K::Or, AllowIfOp::Eq},
            {"==", K::Compare, AllowIfOp::Eq},
            {"!=", K::Compare, AllowIfOp::Ne},
            {"<=", K::Compare, AllowIfOp::Le},
            {">=", K::Compare, AllowIfOp::Ge},
            {"<", K::Compare, AllowIfOp::Lt},
            {">", K::Compare, AllowIfOp::Gt},
            {"!", K::Not, AllowIfOp::Eq},
            {"(", K::LParen, AllowIfOp::Eq},
            {")", K::RParen, AllowIfOp::Eq},
        }};
        for (const Spelling& spelling : kSpellings) {
            if (m_text.substr(start).starts_with(spelling.text)) {
                AllowIfToken result = token(spelling.kind, start, start + spelling.text.size());
                result.op = spelling.op;
                return result;
            }
        }
        return fail(start, unexpectedCharacter(start));
    }

    std::string unexpectedCharacter(std::size_t at) const {
        const auto lead = static_cast<unsigned char>(m_text[at]);
        if (lead == '&' || lead == '|' || lead == '=') {
            const std::string twice(2, static_cast<char>(lead));
            return "unexpected '" + twice.substr(1) + "'; did you mean '" + twice + "'?";
        }
        if (lead > 0x20 && lead < 0x7F) {
            return "unexpected character '" + std::string(1, static_cast<char>(lead)) + "'";
        }
        const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        bool valid = length > 0 && lead < 0xF8 && at + length <= m_text.size();
        for (std::size_t i = 1; valid && i < length; ++i) {
            valid = (static_cast<unsigned char>(m_text[at + i]) & 0xC0) == 0x80;
        }
        if (valid) {
            return "unexpected character '" + std::string(m_text.substr(at, length)) + "'";
        }
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(lead));
        return "unexpected byte " + std::string(hex);
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
};

} // namespace croupier::core
