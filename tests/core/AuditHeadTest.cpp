#include "croupier/core/AuditHead.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace croupier::core {
namespace {

using ::testing::HasSubstr;

const std::string kHash = "16eb291d80db5da6a2a8b67894790ddb94ea3df1a48af0848912aa8951abbfa5";

TEST(AuditHeadTest, ReadsWhatItPrints) {
    auto head = parseAuditHead("21:" + kHash);
    ASSERT_TRUE(head) << head.error().message;
    EXPECT_EQ(head->seq, 21);
    EXPECT_EQ(head->hash, kHash);
    EXPECT_EQ(formatAuditHead(*head), "21:" + kHash);
}

TEST(AuditHeadTest, RefusesAnythingElseSayingWhatIsWrong) {
    const std::string upper = "21:" + std::string(64, 'A');
    const std::vector<std::pair<std::string, std::string>> bad = {
        {kHash, "no ':'"},
        {":" + kHash, "whole number"},
        {"0:" + kHash, "whole number"},
        {"-3:" + kHash, "whole number"},
        {"2x:" + kHash, "whole number"},
        {"99999999999999999999:" + kHash, "whole number"},
        {"21:" + kHash.substr(1), "64 lowercase hex"},
        {"21:" + kHash + "0", "64 lowercase hex"},
        {upper, "64 lowercase hex"},
        {"21:", "64 lowercase hex"},
    };
    for (const auto& [text, why] : bad) {
        SCOPED_TRACE(text);
        auto head = parseAuditHead(text);
        ASSERT_FALSE(head);
        EXPECT_EQ(head.error().code, ErrorCode::InvalidArgument);
        EXPECT_THAT(head.error().message, HasSubstr(why));
        EXPECT_THAT(head.error().message, HasSubstr("SEQ:HASH"));
    }
}

} // namespace
} // namespace croupier::core
