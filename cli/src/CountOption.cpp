#include "CountOption.h"

#include <charconv>

namespace croupier::cli {

int parseCountOption(const std::string& text, int max) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > max) {
        return 0;
    }
    return value;
}

} // namespace croupier::cli
