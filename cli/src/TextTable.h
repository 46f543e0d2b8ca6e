#pragma once
// A plain-text table for the `table` output format: a header row, columns padded to their widest
// cell in terminal columns (CJK-aware), two spaces between columns, no trailing spaces. Cells are
// sanitized so agent-supplied text cannot break the layout. Single-threaded value type.

#include <string>
#include <vector>

namespace croupier::cli {

class TextTable {
public:
    explicit TextTable(std::vector<std::string> headers);

    // A row with as many cells as headers (missing cells are empty, extra ones dropped).
    void addRow(std::vector<std::string> cells);
    std::size_t rowCount() const { return m_rows.size(); }

    // Every line ends in '\n'. An empty table is only its header.
    std::string render() const;

private:
    std::vector<std::size_t> columnWidths() const;

    std::vector<std::string> m_headers;
    std::vector<std::vector<std::string>> m_rows;
};

// The items joined with ", " for one cell (a list of roles, say); `empty` when there are none.
template <typename Strings> std::string joinedCell(const Strings& items, const std::string& empty) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out.empty() ? empty : out;
}

} // namespace croupier::cli
