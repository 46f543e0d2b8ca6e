#include "InputFile.h"

#include <fstream>
#include <iostream>

namespace croupier::cli {

namespace {

std::optional<std::string> readStream(std::istream& in, std::size_t maxBytes) {
    std::string out;
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        out.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (out.size() > maxBytes) {
            return std::nullopt;
        }
    }
    if (in.bad()) {
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes) {
    if (path == "-") {
        return readStream(std::cin, maxBytes);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    return readStream(in, maxBytes);
}

} // namespace croupier::cli
