#include "SchemaTestSupport.h"

namespace croupier::core {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const std::vector<Violation> kTwo = {{"/duration", "minimum", "must be >= 1"},
                                     {"/player_id", "required", "is required"}};

TEST(ViolationDetailsTest, DescribeJoinsPointerAndMessage) {
    EXPECT_EQ(describe(kTwo), "/duration: must be >= 1; /player_id: is required");
    EXPECT_EQ(describe({{"", "type", "must be an object"}}), "(root): must be an object");
    EXPECT_EQ(describe({}), "");
}

TEST(ViolationDetailsTest, DetailsUseNumberedKeysAndRoundTrip) {
    std::map<std::string, std::string> details{{"field", "params"}};
    addViolationDetails(kTwo, details);
    EXPECT_EQ(details.at("violations"), "2");
    EXPECT_EQ(details.at("violation.0.pointer"), "/duration");
    EXPECT_EQ(details.at("violation.0.keyword"), "minimum");
    EXPECT_EQ(details.at("violation.0.message"), "must be >= 1");
    EXPECT_EQ(details.at("violation.1.pointer"), "/player_id");
    EXPECT_EQ(details.at("field"), "params"); // other details untouched
    EXPECT_EQ(violationsFromDetails(details), kTwo);
}

TEST(ViolationDetailsTest, MalformedDetailsGiveWhatIsThere) {
    EXPECT_THAT(violationsFromDetails({}), IsEmpty());
    EXPECT_THAT(violationsFromDetails({{"violations", "many"}}), IsEmpty());
    EXPECT_THAT(
        violationsFromDetails({{"violations", "99999999999"}, {"violation.0.pointer", "/a"}})
            .size(),
        testing::Le(3u));
    EXPECT_THAT(violationsFromDetails({{"violations", "1"}, {"violation.0.pointer", "/a"}}),
                ElementsAre(Violation{"/a", "", ""}));
    std::map<std::string, std::string> empty;
    addViolationDetails({}, empty);
    EXPECT_EQ(empty.at("violations"), "0");
    EXPECT_THAT(violationsFromDetails(empty), IsEmpty());
}

} // namespace
} // namespace croupier::core
