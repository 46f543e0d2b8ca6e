// `format`: our own linear checkers for the formats Croupier enforces; annotations pass.

#include "SchemaTestSupport.h"

namespace croupier::core {
namespace {

using namespace test;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct FormatCase {
    const char* format;
    std::vector<const char*> valid;
    std::vector<const char*> invalid;
    const char* message;
};

const FormatCase kCases[] = {
    {"date-time",
     {"2026-01-31T08:00:00Z", "2026-01-31t08:00:00.123z", "2024-02-29T23:59:60+08:00",
      "2026-12-31T00:00:00-05:30"},
     {"2026-01-31", "2026-01-31 08:00:00Z", "2026-02-30T08:00:00Z", "2023-02-29T08:00:00Z",
      "2026-01-31T24:00:00Z", "2026-01-31T08:00:00", "2026-13-01T08:00:00Z",
      "2026-01-31T08:00:00+8:00", "2026-01-31T08:00:00.Z", "x2026-01-31T08:00:00Z"},
     "must be a valid date-time (RFC 3339, e.g. 2026-01-31T08:00:00Z)"},
    {"date",
     {"2026-01-31", "2000-02-29", "0001-01-01"},
     {"2026-1-31", "2026-01-32", "1900-02-29", "2026/01/31", "2026-01-31T00:00:00Z"},
     "must be a valid date (YYYY-MM-DD)"},
    {"time",
     {"08:00:00Z", "23:59:59.999+01:00", "00:00:00-12:00"},
     {"08:00:00", "8:00:00Z", "08:60:00Z", "08:00Z", "08:00:00+24:00"},
     "must be a valid time (HH:MM:SS with a zone, e.g. 08:00:00Z)"},
    {"email",
     {"gm@example.com", "first.last+tag@sub.example.org", "a@localhost", "x@[10.0.0.1]"},
     {"plain", "@example.com", "a@", "a..b@example.com", ".a@example.com", "a b@example.com",
      "a@-example.com", "a@exa_mple.com", "玩家@example.com"},
     "must be a valid email address"},
    {"uri",
     {"https://example.com/path?q=1#frag", "mailto:gm@example.com", "urn:isbn:0451450523",
      "http://[::1]:8080/", "ftp://user:pw@host:21/a%20b"},
     {"/relative/path", "example.com", "http://exa mple.com", "http://host:port/",
      "https://example.com/%zz", "1http://example.com", "http://[zz]/"},
     "must be a valid absolute URI"},
    {"hostname",
     {"example.com", "a-b.example", "localhost", "xn--fiqs8s.cn"},
     {"", "-bad.com", "bad-.com", "a..b", "under_score.com", "example.com.",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.com"},
     "must be a valid hostname"},
    {"ipv4",
     {"10.0.0.1", "255.255.255.255", "0.0.0.0"},
     {"256.0.0.1", "10.0.0", "10.0.0.1.2", "01.2.3.4", "1.2.3.a", " 1.2.3.4"},
     "must be a valid IPv4 address"},
    {"ipv6",
     {"::1", "2001:db8::8a2e:370:7334", "::ffff:10.0.0.1", "fe80::"},
     {"12345::", "1:2:3:4:5:6:7:8:9", "10.0.0.1", "::g", "fe80::1%eth0"},
     "must be a valid IPv6 address"},
    {"uuid",
     {"123e4567-e89b-12d3-a456-426614174000", "ABCDEF01-2345-6789-abcd-ef0123456789"},
     {"123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g",
      "123e4567-e89b-12d3-a456-4266141740001"},
     "must be a valid UUID"},
};

TEST(SchemaFormatTest, EachEnforcedFormat) {
    for (const FormatCase& c : kCases) {
        SCOPED_TRACE(c.format);
        const auto schema = compiled(json{{"format", c.format}});
        ASSERT_TRUE(schema);
        for (const char* value : c.valid) {
            EXPECT_THAT(schema->validate(value), IsEmpty()) << value;
        }
        for (const char* value : c.invalid) {
            EXPECT_THAT(schema->validate(value), ElementsAre(IsViolation("", "format", c.message)))
                << value;
        }
    }
}

TEST(SchemaFormatTest, AnnotationsAndUnknownFormatsPass) {
    EXPECT_THAT(violations(R"({"format":"password"})", "hunter2"), IsEmpty());
    EXPECT_THAT(violations(R"({"format":"color-hex"})", "whatever"), IsEmpty());
}

TEST(SchemaFormatTest, OnlyStringsAreChecked) {
    EXPECT_THAT(violations(R"({"format":"email"})", 42), IsEmpty());
    EXPECT_THAT(violations(R"({"format":"date-time"})", nullptr), IsEmpty());
}

TEST(SchemaFormatTest, SeedResultSchemaChecksExpiresAt) {
    const char* result = R"({"type":"object","properties":{"success":{"type":"boolean"},
        "ban_id":{"type":"string"},"expires_at":{"type":"string","format":"date-time"}}})";
    EXPECT_THAT(violations(result, {{"success", true}, {"expires_at", "2026-11-22T10:00:00Z"}}),
                IsEmpty());
    EXPECT_THAT(violations(result, {{"success", true}, {"expires_at", "tomorrow"}}),
                ElementsAre(IsViolationAt("/expires_at", "format")));
}

TEST(SchemaFormatTest, LongStringsAreCheckedInLinearTime) {
    const std::string longText(200'000, 'a');
    for (const char* format : {"date-time", "email", "uri", "hostname", "ipv6", "uuid"}) {
        EXPECT_THAT(violations(json{{"format", format}}, longText),
                    ElementsAre(IsViolationAt("", "format")))
            << format;
    }
}

} // namespace
} // namespace croupier::core
