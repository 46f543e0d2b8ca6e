// SchemaForm date fields: `format: date-time` as a date-time editor in UTC that sends ISO 8601
// ("2026-01-02T03:04:05Z"), `format: date` as a date editor ("2026-01-02"), both with an explicit
// "set" check box so an optional date nobody entered is omitted.

#include "SchemaFormTestSupport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QRegularExpression>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormDateTest : public SchemaFormFixture {
protected:
    static json whenSchema() {
        return objectSchema({{"when", {{"type", "string"}, {"format", "date-time"}}},
                             {"day", {{"type", "string"}, {"format", "date"}}}});
    }
    QDateTimeEdit* when() const {
        return widget<QDateTimeEdit>(QStringLiteral("whenDateTimeEdit"));
    }
    QCheckBox* whenSet() const { return widget<QCheckBox>(QStringLiteral("whenSetCheckBox")); }
};

TEST_F(SchemaFormDateTest, RendersDateAndDateTimeEditorsThatStartUnset) {
    build(whenSchema());
    ASSERT_NE(when(), nullptr);
    ASSERT_NE(widget<QDateEdit>(QStringLiteral("dayDateEdit")), nullptr);
    EXPECT_FALSE(whenSet()->isChecked());
    EXPECT_EQ(form().value(), json::object()) << "an optional date nobody entered is omitted";
}

TEST_F(SchemaFormDateTest, DateTimeRoundTripsAsIso8601Utc) {
    build(whenSchema());
    const json payload = {{"when", "2026-01-02T03:04:05Z"}, {"day", "2026-02-28"}};
    form().setValue(payload);
    EXPECT_TRUE(whenSet()->isChecked());
    EXPECT_EQ(when()->dateTime().toUTC(), QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormDateTest, OffsetsAreConvertedToUtc) {
    build(whenSchema());
    form().setValue({{"when", "2026-01-02T08:00:00+08:00"}});
    EXPECT_EQ(form().value(), (json{{"when", "2026-01-02T00:00:00Z"}}));
}

TEST_F(SchemaFormDateTest, TypingADateTimeSetsIt) {
    build(whenSchema());
    when()->setFocus();
    when()->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(when(), QStringLiteral("2027"));
    EXPECT_TRUE(whenSet()->isChecked()) << "editing the date sets it";
    const QString sent = QString::fromStdString(form().value()["when"].get<std::string>());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^2027-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(sent)
                    .hasMatch())
        << sent.toStdString();
}

TEST_F(SchemaFormDateTest, UncheckingLeavesTheDateOut) {
    build(whenSchema());
    form().setValue({{"when", "2026-01-02T03:04:05Z"}});
    QTest::mouseClick(whenSet(), Qt::LeftButton);
    EXPECT_EQ(form().value(), json::object());
    QTest::mouseClick(whenSet(), Qt::LeftButton);
    EXPECT_EQ(form().value(), (json{{"when", "2026-01-02T03:04:05Z"}})) << "the date is kept";
}

TEST_F(SchemaFormDateTest, RequiredUnsetDateIsReportedOnSubmit) {
    build(objectSchema({{"expires_at", {{"type", "string"}, {"format", "date-time"}}}},
                       {"expires_at"}));
    EXPECT_EQ(errorText(QStringLiteral("expires_at")), QString());
    form().validateAll();
    EXPECT_EQ(errorText(QStringLiteral("expires_at")), QStringLiteral("Required"));
    QTest::mouseClick(widget<QCheckBox>(QStringLiteral("expires_atSetCheckBox")), Qt::LeftButton);
    EXPECT_EQ(errorText(QStringLiteral("expires_at")), QString());
    EXPECT_TRUE(form().validateAll().empty());
}

TEST_F(SchemaFormDateTest, DefaultDateIsShownAndSent) {
    build(objectSchema(
        {{"day", {{"type", "string"}, {"format", "date"}, {"default", "2025-12-31"}}}}));
    EXPECT_EQ(widget<QDateEdit>(QStringLiteral("dayDateEdit"))->date(), QDate(2025, 12, 31));
    EXPECT_EQ(form().value(), (json{{"day", "2025-12-31"}}));
}

} // namespace
} // namespace croupier::ui::testing
