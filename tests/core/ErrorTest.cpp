#include "croupier/core/Error.h"

#include "croupier/core/Result.h"

#include <gtest/gtest.h>
#include <memory>

namespace croupier::core {
namespace {

struct CodeRow {
    ErrorCode code;
    const char* name;
    int http;
};

// Seed 000's table, plus the mapping chosen for the codes it does not list.
const CodeRow kRows[] = {
    {ErrorCode::Ok, "OK", 200},
    {ErrorCode::Cancelled, "CANCELLED", 499},
    {ErrorCode::Unknown, "UNKNOWN", 500},
    {ErrorCode::InvalidArgument, "INVALID_ARGUMENT", 400},
    {ErrorCode::DeadlineExceeded, "DEADLINE_EXCEEDED", 504},
    {ErrorCode::NotFound, "NOT_FOUND", 404},
    {ErrorCode::AlreadyExists, "ALREADY_EXISTS", 409},
    {ErrorCode::PermissionDenied, "PERMISSION_DENIED", 403},
    {ErrorCode::ResourceExhausted, "RESOURCE_EXHAUSTED", 429},
    {ErrorCode::FailedPrecondition, "FAILED_PRECONDITION", 400},
    {ErrorCode::Aborted, "ABORTED", 409},
    {ErrorCode::OutOfRange, "OUT_OF_RANGE", 400},
    {ErrorCode::Unimplemented, "UNIMPLEMENTED", 501},
    {ErrorCode::Internal, "INTERNAL", 500},
    {ErrorCode::Unavailable, "UNAVAILABLE", 503},
    {ErrorCode::DataLoss, "DATA_LOSS", 500},
    {ErrorCode::Unauthenticated, "UNAUTHENTICATED", 401},
};

TEST(ErrorCodeTest, NamesAndHttpStatusFollowTheSeedTable) {
    for (const CodeRow& row : kRows) {
        SCOPED_TRACE(row.name);
        EXPECT_EQ(codeName(row.code), row.name);
        EXPECT_EQ(httpStatus(row.code), row.http);
        ASSERT_TRUE(codeFromName(row.name).has_value());
        EXPECT_EQ(*codeFromName(row.name), row.code);
    }
}

TEST(ErrorCodeTest, CodesAreTheCanonicalGrpcNumbers) {
    EXPECT_EQ(static_cast<int>(ErrorCode::InvalidArgument), 3);
    EXPECT_EQ(static_cast<int>(ErrorCode::ResourceExhausted), 8);
    EXPECT_EQ(static_cast<int>(ErrorCode::Unauthenticated), 16);
}

TEST(ErrorCodeTest, UnknownValuesAndNames) {
    EXPECT_EQ(codeName(static_cast<ErrorCode>(42)), "UNKNOWN");
    EXPECT_EQ(codeName(static_cast<ErrorCode>(-1)), "UNKNOWN");
    EXPECT_EQ(httpStatus(static_cast<ErrorCode>(42)), 500);
    EXPECT_FALSE(codeFromName("invalid_argument").has_value());
    EXPECT_FALSE(codeFromName("").has_value());
    EXPECT_FALSE(codeFromName("TEAPOT").has_value());
}

Result<int> half(int n) {
    if (n % 2 != 0) {
        return Unexpected(ErrorCode::InvalidArgument, "odd", {{"n", std::to_string(n)}});
    }
    return n / 2;
}

TEST(ResultTest, CarriesAValueOrAnError) {
    const Result<int> ok = half(8);
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, 4);
    EXPECT_EQ(ok.value_or(0), 4);

    const Result<int> bad = half(3);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().message, "odd");
    EXPECT_EQ(bad.error().details.at("n"), "3");
    EXPECT_EQ(bad.value_or(-1), -1);
}

TEST(ResultTest, VoidAndMoveOnlyValues) {
    Result<void> done;
    EXPECT_TRUE(done);
    Result<void> failed = Unexpected(Error(ErrorCode::NotFound, "gone"));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().code, ErrorCode::NotFound);

    Result<std::unique_ptr<int>> owned = std::make_unique<int>(7);
    ASSERT_TRUE(owned);
    std::unique_ptr<int> taken = std::move(owned).value();
    EXPECT_EQ(*taken, 7);
}

} // namespace
} // namespace croupier::core
