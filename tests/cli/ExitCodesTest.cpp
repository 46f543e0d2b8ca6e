// Exit codes per gRPC status and the error text croupierctl prints for a failed RPC.
#include "ExitCodes.h"

#include "ErrorReport.h"
#include "Output.h"
#include "croupier/core/Schema.h"
#include "croupier/proto/RichStatus.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace croupier;
using namespace croupier::cli;

TEST(ExitCodesTest, TenPlusTheStatusCode) {
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::OK), 0);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::CANCELLED), 11);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::INVALID_ARGUMENT), 13);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::DEADLINE_EXCEEDED), 14);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::NOT_FOUND), 15);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::FAILED_PRECONDITION), 19);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::UNAVAILABLE), 24);
    EXPECT_EQ(exitCodeFor(grpc::StatusCode::UNAUTHENTICATED), 26);
}

TEST(ExitCodesTest, TheHelpTableListsEveryCode) {
    const std::string table = exitCodeTable();
    for (int c = 1; c <= 16; ++c) {
        const auto code = static_cast<grpc::StatusCode>(c);
        const std::string line = std::to_string(10 + c);
        const auto at = table.find("  " + line + " ");
        ASSERT_NE(at, std::string::npos) << line;
        const auto eol = table.find('\n', at);
        EXPECT_NE(table.substr(at, eol - at).find(proto::codeName(code)), std::string::npos)
            << line;
    }
    EXPECT_NE(table.find("  2    usage"), std::string::npos);
    EXPECT_NE(table.find("  3    sent for approval"), std::string::npos);
    EXPECT_NE(table.find("  4    audit verify found a broken record"), std::string::npos);
    EXPECT_NE(table.find("  130  interrupted"), std::string::npos);
}

TEST(ErrorReportTest, InvalidArgumentListsEachViolation) {
    std::map<std::string, std::string> details;
    core::addViolationDetails({{"/duration", "minimum", "must be >= 1"},
                               {"/player_id", "required", "is required"},
                               {"", "type", "must be an object"}},
                              details);
    const auto lines = describeStatus(
        proto::makeStatus(grpc::StatusCode::INVALID_ARGUMENT, "invalid parameters", details),
        "h:1");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[0], "croupierctl: INVALID_ARGUMENT: invalid parameters");
    EXPECT_EQ(lines[1], "  /duration: must be >= 1 (minimum)");
    EXPECT_EQ(lines[2], "  /player_id: is required (required)");
    EXPECT_EQ(lines[3], "  (payload): must be an object (type)");
}

TEST(ErrorReportTest, ServerMessagesAreKeptLibraryTextIsReplaced) {
    auto server = describeStatus(
        proto::makeStatus(grpc::StatusCode::NOT_FOUND, "function x.y is not registered"), "h:1");
    EXPECT_EQ(server, std::vector<std::string>{"croupierctl: NOT_FOUND: function x.y is not "
                                               "registered"});

    const grpc::Status refused(grpc::StatusCode::UNAVAILABLE,
                               "failed to connect to all addresses; last error: UNKNOWN: "
                               "ipv4:127.0.0.1:1: Failed to connect to remote host");
    const auto lines = describeStatus(refused, "h:1");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0], "croupierctl: UNAVAILABLE: cannot reach the server at h:1 (is it "
                        "running? is --server right?)");

    const grpc::Status tls(grpc::StatusCode::UNAVAILABLE, "Ssl handshake failed: CERTIFICATE");
    EXPECT_NE(describeStatus(tls, "h:1")[0].find("TLS handshake with h:1 failed"),
              std::string::npos);
    const grpc::Status late(grpc::StatusCode::DEADLINE_EXCEEDED, "Deadline Exceeded");
    EXPECT_NE(describeStatus(late, "h:1")[0].find("--timeout"), std::string::npos);
}

TEST(ErrorReportTest, ControlCharactersFromTheServerAreNeutralised) {
    const auto lines =
        describeStatus(proto::makeStatus(grpc::StatusCode::INTERNAL, "bad\n\x1b[31mred"), "h:1");
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].find('\x1b'), std::string::npos);
    EXPECT_EQ(lines[0].find('\n'), std::string::npos);
}

TEST(ErrorReportTest, UnauthenticatedSuggestsSigningIn) {
    std::ostringstream out;
    std::ostringstream err;
    Output output(out, err, OutputFormat::Table, false, "h:1");
    const auto status =
        proto::makeStatus(grpc::StatusCode::UNAUTHENTICATED, "the token has expired");
    EXPECT_EQ(output.rpcError(status), 26);
    EXPECT_EQ(err.str(), "croupierctl: UNAUTHENTICATED: the token has expired\n"
                         "croupierctl: hint: run `croupierctl login` to sign in to h:1 (or pass "
                         "--token, or set CROUPIER_TOKEN)\n");

    std::ostringstream loginErr;
    Output login(out, loginErr, OutputFormat::Table, false, "h:1");
    login.setLoginHint(false);
    login.rpcError(proto::makeStatus(grpc::StatusCode::UNAUTHENTICATED, "wrong password"));
    EXPECT_EQ(loginErr.str(), "croupierctl: UNAUTHENTICATED: wrong password\n")
        << "signing in does not tell you to sign in";

    std::ostringstream otherErr;
    Output other(out, otherErr, OutputFormat::Table, false, "h:1");
    other.rpcError(proto::makeStatus(grpc::StatusCode::PERMISSION_DENIED, "needs audit.read"));
    EXPECT_EQ(otherErr.str().find("login"), std::string::npos);
}
