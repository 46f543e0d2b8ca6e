#include "TextTable.h"

#include "TextWidth.h"

#include <algorithm>

namespace croupier::cli {

TextTable::TextTable(std::vector<std::string> headers)
    : m_headers(std::move(headers)) {}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(m_headers.size());
    for (auto& cell : cells) {
        cell = sanitizeLine(cell);
    }
    m_rows.push_back(std::move(cells));
}

std::vector<std::size_t> TextTable::columnWidths() const {
    std::vector<std::size_t> widths;
    for (const auto& h : m_headers) {
        widths.push_back(displayWidth(h));
    }
    for (const auto& row : m_rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    return widths;
}

std::string TextTable::render() const {
    const auto widths = columnWidths();
    auto line = [&](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const bool last = c + 1 == cells.size();
            out += last ? cells[c] : padToWidth(cells[c], widths[c]) + "  ";
        }
        while (!out.empty() && out.back() == ' ') {
            out.pop_back();
        }
        return out + "\n";
    };
    std::string out = line(m_headers);
    for (const auto& row : m_rows) {
        out += line(row);
    }
    return out;
}

} // namespace croupier::cli
