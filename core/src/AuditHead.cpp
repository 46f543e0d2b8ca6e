#include "croupier/core/AuditHead.h"

#include <algorithm>
#include <charconv>

namespace croupier::core {

Result<AuditHead> parseAuditHead(std::string_view text) {
    const auto bad = [&](const std::string& why) {
        return Unexpected(ErrorCode::InvalidArgument,
                          "\"" + std::string(text) + "\" is not an audit head: " + why +
                              " (expected SEQ:HASH, as `audit verify` prints it)");
    };
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) {
        return bad("no ':'");
    }
    AuditHead head;
    const std::string_view seq = text.substr(0, colon);
    const auto [end, ec] = std::from_chars(seq.data(), seq.data() + seq.size(), head.seq);
    if (seq.empty() || ec != std::errc() || end != seq.data() + seq.size() || head.seq < 1) {
        return bad("the sequence number must be a whole number from 1");
    }
    head.hash = std::string(text.substr(colon + 1));
    const bool hex = std::all_of(head.hash.begin(), head.hash.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    if (head.hash.size() != 64 || !hex) {
        return bad("the hash must be 64 lowercase hex digits");
    }
    return head;
}

std::string formatAuditHead(const AuditHead& head) {
    return std::to_string(head.seq) + ":" + head.hash;
}

} // namespace croupier::core
