// SchemaForm validation flow and the seed's player.ban form: nothing shows on load, errors show
// once a field was touched or on submit (every one of them, focus on the first), clear when
// fixed; server errors are pinned by JSON pointer and leave when the field is edited; pointers
// that name no field go to the form-level label; the typed player.ban payload is exactly
// {"player_id":"p1","duration":24}.

#include "SchemaFormTestSupport.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormErrorsTest : public SchemaFormFixture {
protected:
    void buildPlayerBan() {
        const json descriptor = loadDemoDescriptor("player.ban");
        ASSERT_FALSE(descriptor.is_discarded());
        auto parsed = core::Descriptor::parse(descriptor);
        ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
        build(descriptor["params"], parsed->sensitivePointers());
    }

    QLineEdit* playerId() const { return widget<QLineEdit>(QStringLiteral("player_idLineEdit")); }
    QAbstractSpinBox* duration() const {
        return widget<QAbstractSpinBox>(QStringLiteral("durationSpinBox"));
    }
};

TEST_F(SchemaFormErrorsTest, PlayerBanTypedP1GivesExactlyTheSeedPayload) {
    buildPlayerBan();
    ASSERT_NE(playerId(), nullptr);
    ASSERT_NE(duration(), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit")), nullptr)
        << "maxLength 500: multi-line";
    typeInto(playerId(), QStringLiteral("p1"));
    EXPECT_EQ(form().value().dump(), R"({"duration":24,"player_id":"p1"})");
    EXPECT_TRUE(form().validateAll().empty());
    EXPECT_EQ(visibleErrorLabels(), 0);
}

TEST_F(SchemaFormErrorsTest, NothingShowsOnLoadEvenWhenInvalid) {
    buildPlayerBan();
    EXPECT_EQ(visibleErrorLabels(), 0);
    EXPECT_EQ(formErrorText(), QString());
    form().setValue({{"duration", 0}, {"reason", ""}});
    EXPECT_EQ(visibleErrorLabels(), 0) << "a prefilled invalid payload waits for touch or submit";
}

TEST_F(SchemaFormErrorsTest, FocusingAndLeavingWithoutEditingIsNotATouch) {
    buildPlayerBan();
    playerId()->setFocus();
    leave(playerId());
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QString());
}

TEST_F(SchemaFormErrorsTest, OnlyTheTouchedFieldShowsItsError) {
    buildPlayerBan();
    typeInto(duration(), QStringLiteral("0"));
    QTest::keyClick(duration(), Qt::Key_Home);
    QTest::keyClick(duration(), Qt::Key_Delete); // now empty
    typeInto(playerId(), QStringLiteral("x"));
    QTest::keyClick(playerId(), Qt::Key_Backspace);
    leave(playerId());
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QStringLiteral("Required"));
    EXPECT_EQ(errorText(QStringLiteral("duration")), QString()) << "edited but not left yet";
}

TEST_F(SchemaFormErrorsTest, SubmitShowsEveryErrorAndFocusesTheFirst) {
    buildPlayerBan();
    duration()->setFocus();
    QTest::keyClick(duration(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(duration(), QStringLiteral("9999"));
    submitButton()->setFocus();
    const auto violations = form().validateAll();
    ASSERT_EQ(violations.size(), 2u);
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QStringLiteral("Required"));
    EXPECT_EQ(errorText(QStringLiteral("duration")), QStringLiteral("Must be at most 8760"));
    EXPECT_EQ(QApplication::focusWidget(), playerId());

    typeInto(playerId(), QStringLiteral("p1"));
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QString()) << "cleared as soon as fixed";
    EXPECT_EQ(errorText(QStringLiteral("duration")), QStringLiteral("Must be at most 8760"));
}

TEST_F(SchemaFormErrorsTest, SubmitAfterFixingEverythingIsClean) {
    buildPlayerBan();
    form().validateAll();
    typeInto(playerId(), QStringLiteral("p1"));
    EXPECT_TRUE(form().validateAll().empty());
    EXPECT_EQ(visibleErrorLabels(), 0);
}

TEST_F(SchemaFormErrorsTest, ServerErrorsArePinnedToTheirFields) {
    buildPlayerBan();
    typeInto(playerId(), QStringLiteral("p1"));
    form().showServerErrors({{"/player_id", "x-unknown", "player does not exist"},
                             {"/duration", "maximum", "must be <= 8760"},
                             {"/nope", "additionalProperties", "is not allowed"},
                             {"", "limit", "payload too large"}});
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QStringLiteral("player does not exist"));
    EXPECT_EQ(errorText(QStringLiteral("duration")), QStringLiteral("Must be at most 8760"))
        << "known keywords get the form's own phrase";
    EXPECT_EQ(formErrorText(), QStringLiteral("/nope: is not allowed\npayload too large"));

    typeInto(playerId(), QStringLiteral("2"));
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QString()) << "editing answers the server";
    EXPECT_EQ(errorText(QStringLiteral("duration")), QStringLiteral("Must be at most 8760"));
    EXPECT_FALSE(formErrorText().isEmpty());
}

TEST_F(SchemaFormErrorsTest, ServerErrorsForArrayItemsFindTheItem) {
    build(objectSchema({{"ids", {{"type", "array"}, {"items", {{"type", "string"}}}}}}));
    form().setValue({{"ids", {"a", "b"}}});
    form().showServerErrors({{"/ids/1", "x", "unknown id"}});
    EXPECT_EQ(errorText(QStringLiteral("ids_1")), QStringLiteral("unknown id"));
    EXPECT_EQ(formErrorText(), QString());
}

TEST_F(SchemaFormErrorsTest, ClearErrorsHidesEverythingUntilTouchedAgain) {
    buildPlayerBan();
    form().validateAll();
    form().showServerErrors({{"/elsewhere", "x", "bad"}});
    form().clearErrors();
    EXPECT_EQ(visibleErrorLabels(), 0);
    EXPECT_EQ(formErrorText(), QString());
    typeInto(playerId(), QStringLiteral("a"));
    QTest::keyClick(playerId(), Qt::Key_Backspace);
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QString()) << "not touched yet";
    leave(playerId());
    EXPECT_EQ(errorText(QStringLiteral("player_id")), QStringLiteral("Required"));
}

TEST_F(SchemaFormErrorsTest, SetValuePrefillsAndForgetsOldErrors) {
    buildPlayerBan();
    form().validateAll();
    const json rerun = {{"player_id", "p9"}, {"duration", 48}, {"reason", "刷金币"}};
    form().setValue(rerun);
    EXPECT_EQ(visibleErrorLabels(), 0);
    EXPECT_EQ(form().value(), rerun);
    EXPECT_EQ(widget<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit"))->toPlainText(),
              QStringLiteral("刷金币"));
}

TEST_F(SchemaFormErrorsTest, ValueChangedFollowsUserEdits) {
    buildPlayerBan();
    QSignalSpy changes(&form(), &SchemaForm::valueChanged);
    typeInto(playerId(), QStringLiteral("ab"));
    EXPECT_EQ(changes.count(), 2);
}

TEST_F(SchemaFormErrorsTest, DisabledFormTakesNoInput) {
    buildPlayerBan();
    form().setFormEnabled(false);
    EXPECT_FALSE(form().isFormEnabled());
    EXPECT_FALSE(playerId()->isEnabled());
    QTest::keyClicks(playerId(), QStringLiteral("p1"));
    EXPECT_EQ(form().value().dump(), R"({"duration":24})");
    form().setFormEnabled(true);
    EXPECT_TRUE(playerId()->isEnabled());
}

TEST_F(SchemaFormErrorsTest, EnterInTheSpinBoxRequestsSubmit) {
    buildPlayerBan();
    QSignalSpy submits(&form(), &SchemaForm::submitRequested);
    duration()->setFocus();
    QTest::keyClick(duration(), Qt::Key_Enter, Qt::KeypadModifier);
    EXPECT_EQ(submits.count(), 1);
}

TEST_F(SchemaFormErrorsTest, ANewSchemaReplacesTheOldForm) {
    buildPlayerBan();
    typeInto(playerId(), QStringLiteral("p1"));
    auto compiled = core::Schema::compile(objectSchema({{"n", {{"type", "integer"}}}}));
    ASSERT_TRUE(compiled.has_value());
    form().setSchema(objectSchema({{"n", {{"type", "integer"}}}}), *compiled);
    EXPECT_EQ(playerId(), nullptr);
    EXPECT_NE(widget<QAbstractSpinBox>(QStringLiteral("nSpinBox")), nullptr);
    EXPECT_TRUE(widget<QAbstractSpinBox>(QStringLiteral("nSpinBox"))->isVisible());
    EXPECT_EQ(form().value(), json::object());
}

} // namespace
} // namespace croupier::ui::testing
