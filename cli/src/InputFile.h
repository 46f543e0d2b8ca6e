#pragma once
// Reads a file named on the command line ('-' = stdin), refusing more than `maxBytes`.
// Called from the command's thread.

#include <cstddef>
#include <optional>
#include <string>

namespace croupier::cli {

// nullopt when the file cannot be read or is larger than `maxBytes`.
std::optional<std::string> readInputFile(const std::string& path, std::size_t maxBytes);

} // namespace croupier::cli
