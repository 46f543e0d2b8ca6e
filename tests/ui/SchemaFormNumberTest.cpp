// SchemaForm integer and number fields: spin boxes that can be empty (an optional number left
// blank is omitted, never 0), integers sent as JSON integers, every bound keyword reported inline
// after touch and cleared when fixed, arrow keys stepping inside the bounds, input that is not a
// number reported by the form itself.

#include "SchemaFormTestSupport.h"

#include <QAbstractSpinBox>
#include <QLineEdit>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormNumberTest : public SchemaFormFixture {
protected:
    QAbstractSpinBox* spin(const QString& name) const {
        return widget<QAbstractSpinBox>(name + QStringLiteral("SpinBox"));
    }
};

TEST_F(SchemaFormNumberTest, TypedIntegerIsAJsonInteger) {
    build(objectSchema({{"count", {{"type", "integer"}}}}));
    ASSERT_NE(spin(QStringLiteral("count")), nullptr);
    typeInto(spin(QStringLiteral("count")), QStringLiteral("24"));
    const json value = form().value();
    EXPECT_EQ(value, (json{{"count", 24}}));
    EXPECT_TRUE(value["count"].is_number_integer()) << value.dump();
    EXPECT_EQ(value.dump(), R"({"count":24})");
}

TEST_F(SchemaFormNumberTest, NumberKeepsItsFraction) {
    build(objectSchema({{"ratio", {{"type", "number"}}}}));
    typeInto(spin(QStringLiteral("ratio")), QStringLiteral("0.25"));
    EXPECT_EQ(form().value().dump(), R"({"ratio":0.25})");
}

TEST_F(SchemaFormNumberTest, OptionalNumberLeftEmptyIsOmittedNotZero) {
    build(objectSchema({{"count", {{"type", "integer"}}}, {"ratio", {{"type", "number"}}}}));
    EXPECT_EQ(spin(QStringLiteral("count"))->text(), QString());
    EXPECT_EQ(form().value(), json::object());
    typeInto(spin(QStringLiteral("count")), QStringLiteral("7"));
    QTest::keyClick(spin(QStringLiteral("count")), Qt::Key_Backspace);
    EXPECT_EQ(form().value(), json::object());
}

TEST_F(SchemaFormNumberTest, SetValueRoundTripsIntegersNumbersAndHugeIntegers) {
    build(objectSchema({{"count", {{"type", "integer"}}},
                        {"big", {{"type", "integer"}}},
                        {"ratio", {{"type", "number"}}}}));
    const json payload = {{"count", -3}, {"big", 9007199254740993LL}, {"ratio", 1e-7}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
    EXPECT_EQ(spin(QStringLiteral("big"))->text(), QStringLiteral("9007199254740993"));
}

TEST_F(SchemaFormNumberTest, IntegralFloatInAnIntegerFieldComesBackAsAnInteger) {
    build(objectSchema({{"count", {{"type", "integer"}}}}));
    form().setValue({{"count", 24.0}});
    EXPECT_TRUE(form().value()["count"].is_number_integer()) << form().value().dump();
}

TEST_F(SchemaFormNumberTest, DefaultIsShownAndSent) {
    build(objectSchema({{"duration", {{"type", "integer"}, {"default", 24}}}}));
    EXPECT_EQ(spin(QStringLiteral("duration"))->text(), QStringLiteral("24"));
    EXPECT_EQ(form().value().dump(), R"({"duration":24})");
}

struct BoundCase {
    const char* keyword;
    json bound;
    const char* type;
    const char* bad;
    const char* good;
    const char* message; // the start of the inline error
};

void PrintTo(const BoundCase& c, std::ostream* out) {
    *out << c.keyword << " " << c.bound.dump() << " (" << c.type << ")";
}

class SchemaFormBoundTest : public SchemaFormNumberTest,
                            public ::testing::WithParamInterface<BoundCase> {};

TEST_P(SchemaFormBoundTest, ErrorShowsAfterTouchAndClearsWhenFixed) {
    const BoundCase& c = GetParam();
    build(objectSchema({{"n", {{"type", c.type}, {c.keyword, c.bound}}}}));
    auto* box = spin(QStringLiteral("n"));
    typeInto(box, QString::fromLatin1(c.bad));
    EXPECT_EQ(errorText(QStringLiteral("n")), QString()) << "not while typing";
    leave(box);
    EXPECT_EQ(errorText(QStringLiteral("n")), QString::fromLatin1(c.message));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, QString::fromLatin1(c.good));
    EXPECT_EQ(errorText(QStringLiteral("n")), QString());
    EXPECT_EQ(form().value(), (json{{"n", json::parse(c.good)}}));
}

INSTANTIATE_TEST_SUITE_P(
    Keywords, SchemaFormBoundTest,
    ::testing::Values(
        BoundCase{"minimum", 1, "integer", "0", "1", "Must be at least 1"},
        BoundCase{"maximum", 8760, "integer", "9000", "8760", "Must be at most 8760"},
        BoundCase{"exclusiveMinimum", 0, "number", "0", "0.5", "Must be greater than 0"},
        BoundCase{"exclusiveMaximum", 1.5, "number", "1.5", "1.25", "Must be less than 1.5"},
        BoundCase{"multipleOf", 5, "integer", "12", "15", "Must be a multiple of 5"}),
    [](const auto& info) { return std::string(info.param.keyword); });

TEST_F(SchemaFormNumberTest, ArrowKeysStepFromEmptyAndStayInsideTheBounds) {
    build(objectSchema({{"level", {{"type", "integer"}, {"minimum", 1}, {"maximum", 3}}}}));
    auto* box = spin(QStringLiteral("level"));
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up);
    EXPECT_EQ(form().value(), (json{{"level", 1}})) << "the first step shows the minimum";
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(box, Qt::Key_Up);
    }
    EXPECT_EQ(form().value(), (json{{"level", 3}}));
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(form().value(), (json{{"level", 2}}));
}

TEST_F(SchemaFormNumberTest, LettersCannotBeTyped) {
    build(objectSchema({{"count", {{"type", "integer"}}}}));
    typeInto(spin(QStringLiteral("count")), QStringLiteral("1a2.5"));
    EXPECT_EQ(spin(QStringLiteral("count"))->text(), QStringLiteral("125"));
}

TEST_F(SchemaFormNumberTest, HalfTypedNumberIsReportedByTheForm) {
    build(objectSchema({{"count", {{"type", "integer"}}}, {"ratio", {{"type", "number"}}}},
                       {"count"}));
    typeInto(spin(QStringLiteral("count")), QStringLiteral("-"));
    leave(spin(QStringLiteral("count")));
    EXPECT_EQ(errorText(QStringLiteral("count")), QStringLiteral("Enter a whole number"));
    typeInto(spin(QStringLiteral("ratio")), QStringLiteral("1e"));
    const auto violations = form().validateAll();
    EXPECT_EQ(errorText(QStringLiteral("ratio")), QStringLiteral("Enter a number"));
    ASSERT_EQ(violations.size(), 2u);
    EXPECT_EQ(violations[0].pointer, "/count") << "the local error replaces 'required'";
    EXPECT_EQ(violations[1].pointer, "/ratio");
}

TEST_F(SchemaFormNumberTest, OutOfRangeValueFromAPayloadIsShownAndFlaggedOnSubmit) {
    build(objectSchema({{"n", {{"type", "integer"}, {"maximum", 10}}}}));
    form().setValue({{"n", 99}});
    EXPECT_EQ(errorText(QStringLiteral("n")), QString()) << "never on load";
    EXPECT_EQ(form().value(), (json{{"n", 99}}));
    EXPECT_EQ(form().validateAll().size(), 1u);
    EXPECT_EQ(errorText(QStringLiteral("n")), QStringLiteral("Must be at most 10"));
}

} // namespace
} // namespace croupier::ui::testing
