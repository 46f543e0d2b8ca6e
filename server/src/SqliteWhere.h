#pragma once
// The WHERE clause of a listing whose filters are optional (internal to the server library).
//
// Only the filters that are set become conditions, so each combination gets its own SQL text, its
// own cached statement and a plan that can use the matching index; one generic statement with
// "(?1 = '' OR col = ?1)" terms would be planned once, without knowing which filters are empty,
// and answered with a scan. The number of combinations is bounded by the filter fields, so the
// connection's statement cache stays small.
//
// Threads: a value type used within one call.

#include "SqliteStatement.h"

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace croupier::server {

class SqliteWhere {
public:
    // Adds `condition` (SQL with exactly one "?") bound to `value`.
    void add(std::string condition, std::string value) {
        m_conditions.push_back(std::move(condition));
        m_values.emplace_back(std::move(value));
    }
    void add(std::string condition, std::int64_t value) {
        m_conditions.push_back(std::move(condition));
        m_values.emplace_back(value);
    }
    // Adds "column = ?" when `value` is not empty (an empty filter field means "any").
    void equalsIfSet(const char* column, const std::string& value) {
        if (!value.empty()) {
            add(std::string(column) + " = ?", value);
        }
    }
    // Adds a condition with two placeholders, e.g. a row-value comparison.
    void add(std::string condition, std::int64_t first, std::string second) {
        m_conditions.push_back(std::move(condition));
        m_values.emplace_back(first);
        m_values.emplace_back(std::move(second));
    }

    // " WHERE a AND b ..." or "" when no filter is set.
    std::string sql() const {
        std::string out;
        for (std::size_t i = 0; i < m_conditions.size(); ++i) {
            out += (i == 0 ? " WHERE " : " AND ") + m_conditions[i];
        }
        return out;
    }

    // Binds the values to parameters 1..n in the order they were added; returns n + 1, the index
    // for whatever the statement binds after the clause (such as its LIMIT).
    int bind(SqliteStatement& st) const {
        int index = 1;
        for (const auto& value : m_values) {
            if (const auto* text = std::get_if<std::string>(&value)) {
                st.bindText(index++, *text);
            } else {
                st.bindInt(index++, std::get<std::int64_t>(value));
            }
        }
        return index;
    }

private:
    std::vector<std::string> m_conditions;
    std::vector<std::variant<std::string, std::int64_t>> m_values;
};

} // namespace croupier::server
