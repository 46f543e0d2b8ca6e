// SchemaForm string fields: line edits with title, help and tooltip; required markers;
// defaults; readOnly; minLength / maxLength / pattern errors shown after touch and cleared when
// fixed; long strings as multi-line editors; email / uri formats; password and sensitive
// fields masked with a Show toggle; Enter submits from a single-line editor.

#include "SchemaFormTestSupport.h"

#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QToolButton>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormStringTest : public SchemaFormFixture {};

TEST_F(SchemaFormStringTest, RendersLineEditWithTitleHelpAndTooltip) {
    build(objectSchema(
        {{"nickname", {{"type", "string"}, {"title", "昵称"}, {"description", "Shown in game"}}}}));
    auto* edit = widget<QLineEdit>(QStringLiteral("nicknameLineEdit"));
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(
        widget<QLabel>(QStringLiteral("nicknameLabel"))->text().contains(QStringLiteral("昵称")));
    EXPECT_EQ(widget<QLabel>(QStringLiteral("nicknameHelpLabel"))->text(),
              QStringLiteral("Shown in game"));
    EXPECT_EQ(edit->toolTip(), QStringLiteral("Shown in game"));
    EXPECT_EQ(form().editorFor(QStringLiteral("/nickname")), edit);
}

TEST_F(SchemaFormStringTest, PropertyNameIsTheLabelWithoutATitle) {
    build(objectSchema({{"nickname", {{"type", "string"}}}}));
    EXPECT_EQ(widget<QLabel>(QStringLiteral("nicknameLabel"))->text(), QStringLiteral("nickname"));
}

// True when the rendered widget shows some strongly red pixel (the required marker).
bool showsRed(QWidget* widget) {
    const QImage image = widget->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 150 && pixel.green() < 90 && pixel.blue() < 90) {
                return true;
            }
        }
    }
    return false;
}

TEST_F(SchemaFormStringTest, RequiredFieldsAndOnlyThoseCarryARedMarker) {
    build(objectSchema({{"a", {{"type", "string"}}}, {"b", {{"type", "string"}}}}, {"a"}));
    auto* required = widget<QLabel>(QStringLiteral("aLabel"));
    auto* optional = widget<QLabel>(QStringLiteral("bLabel"));
    EXPECT_TRUE(showsRed(required));
    EXPECT_FALSE(showsRed(optional));
    EXPECT_GT(required->sizeHint().width(), optional->sizeHint().width()) << "room for the marker";
    EXPECT_EQ(required->text(), QStringLiteral("a"));
    EXPECT_EQ(required->accessibleName(), QStringLiteral("a (required)"));
}

TEST_F(SchemaFormStringTest, TypedTextIsTheValueAndRoundTrips) {
    build(objectSchema({{"name", {{"type", "string"}}}, {"city", {{"type", "string"}}}}));
    typeInto(widget<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("Zoe Li"));
    EXPECT_EQ(form().value(), (json{{"name", "Zoe Li"}}));

    const json payload = {{"name", "a"}, {"city", "上海"}};
    form().setValue(payload);
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("cityLineEdit"))->text(), QStringLiteral("上海"));
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormStringTest, EmptyOptionalStringIsLeftOutNotSentEmpty) {
    build(objectSchema({{"name", {{"type", "string"}}}}));
    EXPECT_EQ(form().value(), json::object());
    auto* edit = widget<QLineEdit>(QStringLiteral("nameLineEdit"));
    typeInto(edit, QStringLiteral("x"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    EXPECT_EQ(form().value(), json::object());
}

TEST_F(SchemaFormStringTest, DefaultIsPrefilledAndMissingKeysFallBackToIt) {
    build(objectSchema({{"greeting", {{"type", "string"}, {"default", "hello"}}},
                        {"name", {{"type", "string"}}}}));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("greetingLineEdit"))->text(),
              QStringLiteral("hello"));
    form().setValue({{"name", "n"}});
    EXPECT_EQ(form().value(), (json{{"greeting", "hello"}, {"name", "n"}}));
}

TEST_F(SchemaFormStringTest, ReadOnlyFieldShowsItsValueAndIgnoresTyping) {
    build(objectSchema({{"id", {{"type", "string"}, {"readOnly", true}, {"default", "x1"}}}}));
    auto* edit = widget<QLineEdit>(QStringLiteral("idLineEdit"));
    EXPECT_TRUE(edit->isReadOnly());
    typeInto(edit, QStringLiteral("zz"));
    EXPECT_EQ(form().value(), (json{{"id", "x1"}}));
}

TEST_F(SchemaFormStringTest, MinLengthErrorWaitsForTouchAndClearsWhenFixed) {
    build(objectSchema({{"code", {{"type", "string"}, {"minLength", 3}}}}));
    auto* edit = widget<QLineEdit>(QStringLiteral("codeLineEdit"));
    typeInto(edit, QStringLiteral("ab"));
    EXPECT_EQ(errorText(QStringLiteral("code")), QString()) << "no error while still typing";
    leave(edit);
    EXPECT_TRUE(errorText(QStringLiteral("code"))
                    .startsWith(QStringLiteral("Must be at least 3 character")))
        << errorText(QStringLiteral("code")).toStdString();
    typeInto(edit, QStringLiteral("c"));
    EXPECT_EQ(errorText(QStringLiteral("code")), QString());
}

TEST_F(SchemaFormStringTest, MaxLengthAndPatternErrorsShowAfterTouch) {
    build(objectSchema({{"tag", {{"type", "string"}, {"maxLength", 4}, {"pattern", "^[a-z]+$"}}}}));
    auto* edit = widget<QLineEdit>(QStringLiteral("tagLineEdit"));
    typeInto(edit, QStringLiteral("ABCDEF"));
    leave(edit);
    const QString errors = errorText(QStringLiteral("tag"));
    EXPECT_TRUE(errors.contains(QStringLiteral("at most 4 character"))) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("^[a-z]+$"))) << errors.toStdString();
    edit->clear();
    typeInto(edit, QStringLiteral("abc"));
    EXPECT_EQ(errorText(QStringLiteral("tag")), QString());
}

TEST_F(SchemaFormStringTest, LongStringsAreMultiLine) {
    build(objectSchema({{"reason", {{"type", "string"}, {"maxLength", 500}}},
                        {"body", {{"type", "string"}, {"format", "textarea"}}},
                        {"notes", {{"type", "string"}, {"x-multiline", true}}},
                        {"short", {{"type", "string"}, {"maxLength", 200}}}}));
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit")), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("bodyPlainTextEdit")), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("notesPlainTextEdit")), nullptr);
    EXPECT_NE(widget<QLineEdit>(QStringLiteral("shortLineEdit")), nullptr);

    auto* reason = widget<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit"));
    typeInto(reason, QStringLiteral("line one"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTest::keyClicks(reason, QStringLiteral("line two"));
    EXPECT_EQ(form().value(), (json{{"reason", "line one\nline two"}}));
    const json payload = {{"body", "a\nb"}, {"notes", "c"}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormStringTest, EnterInALineEditRequestsSubmitButNotInAMultiLineEditor) {
    build(objectSchema(
        {{"name", {{"type", "string"}}}, {"text", {{"type", "string"}, {"format", "textarea"}}}}));
    QSignalSpy submits(&form(), &SchemaForm::submitRequested);
    typeInto(widget<QLineEdit>(QStringLiteral("nameLineEdit")), QStringLiteral("x"));
    QTest::keyClick(widget<QLineEdit>(QStringLiteral("nameLineEdit")), Qt::Key_Return);
    EXPECT_EQ(submits.count(), 1);
    typeInto(widget<QPlainTextEdit>(QStringLiteral("textPlainTextEdit")), QStringLiteral("y"));
    QTest::keyClick(widget<QPlainTextEdit>(QStringLiteral("textPlainTextEdit")), Qt::Key_Return);
    EXPECT_EQ(submits.count(), 1);
}

TEST_F(SchemaFormStringTest, EmailAndUriFormatsAreCheckedByTheValidator) {
    build(objectSchema({{"mail", {{"type", "string"}, {"format", "email"}}},
                        {"site", {{"type", "string"}, {"format", "uri"}}}}));
    auto* mail = widget<QLineEdit>(QStringLiteral("mailLineEdit"));
    auto* site = widget<QLineEdit>(QStringLiteral("siteLineEdit"));
    EXPECT_FALSE(mail->placeholderText().isEmpty());
    typeInto(mail, QStringLiteral("not-an-email"));
    leave(mail);
    typeInto(site, QStringLiteral("no scheme"));
    leave(site);
    EXPECT_TRUE(errorText(QStringLiteral("mail")).contains(QStringLiteral("email")));
    EXPECT_TRUE(errorText(QStringLiteral("site")).contains(QStringLiteral("https://")));
    mail->clear();
    typeInto(mail, QStringLiteral("gm@example.com"));
    site->clear();
    typeInto(site, QStringLiteral("https://example.com/x"));
    EXPECT_EQ(errorText(QStringLiteral("mail")), QString());
    EXPECT_EQ(errorText(QStringLiteral("site")), QString());
    EXPECT_EQ(form().value(),
              (json{{"mail", "gm@example.com"}, {"site", "https://example.com/x"}}));
}

TEST_F(SchemaFormStringTest, PasswordIsMaskedUntilShowIsClicked) {
    build(objectSchema({{"secret", {{"type", "string"}, {"format", "password"}}}}));
    auto* edit = widget<QLineEdit>(QStringLiteral("secretLineEdit"));
    auto* reveal = widget<QToolButton>(QStringLiteral("secretRevealToolButton"));
    ASSERT_NE(reveal, nullptr);
    EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
    typeInto(edit, QStringLiteral("hunter2"));
    EXPECT_NE(edit->displayText(), QStringLiteral("hunter2"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    EXPECT_EQ(edit->echoMode(), QLineEdit::Normal);
    EXPECT_EQ(edit->displayText(), QStringLiteral("hunter2"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    EXPECT_EQ(edit->echoMode(), QLineEdit::Password);
    EXPECT_EQ(form().value(), (json{{"secret", "hunter2"}}));
}

TEST_F(SchemaFormStringTest, SensitivePointersAreMaskedToo) {
    const json schema = objectSchema(
        {{"token", {{"type", "string"}}},
         {"note", {{"type", "string"}, {"maxLength", 1000}}},
         {"accounts",
          {{"type", "array"},
           {"items",
            {{"type", "object"},
             {"properties",
              {{"secret", {{"type", "string"}}}, {"name", {{"type", "string"}}}}}}}}}});
    build(schema, {"/token", "/note", "/accounts/*/secret"});
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("tokenLineEdit"))->echoMode(), QLineEdit::Password);
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("noteLineEdit"))->echoMode(), QLineEdit::Password)
        << "a long sensitive string is masked, not multi-line";
    form().setValue({{"accounts", {{{"secret", "s"}, {"name", "n"}}}}});
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("accounts_0_secretLineEdit"))->echoMode(),
              QLineEdit::Password);
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("accounts_0_nameLineEdit"))->echoMode(),
              QLineEdit::Normal);
}

} // namespace
} // namespace croupier::ui::testing
