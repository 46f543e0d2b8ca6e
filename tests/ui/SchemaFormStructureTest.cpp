// SchemaForm structure: nested objects as group boxes with "parent_child" names, arrays with
// add / remove / move up / move down that renumber pointers and names, minItems / maxItems,
// local $refs, unknown keywords ignored, unsupported types as raw JSON editors, the author's
// field order, keys the schema does not list kept, and a tab order that follows the fields.

#include "SchemaFormTestSupport.h"

#include <QAbstractSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormStructureTest : public SchemaFormFixture {
protected:
    void click(const QString& buttonName) {
        auto* button = widget<QAbstractButton>(buttonName);
        ASSERT_NE(button, nullptr) << buttonName.toStdString();
        ASSERT_TRUE(button->isEnabled()) << buttonName.toStdString();
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static json tagListSchema() {
        return objectSchema({{"tags",
                              {{"type", "array"},
                               {"title", "Tags"},
                               {"maxItems", 3},
                               {"items", {{"type", "string"}, {"minLength", 2}}}}}});
    }

    // Adds three tags "aa", "bb", "cc" through the UI.
    void addThreeTags() {
        for (const char* tag : {"aa", "bb", "cc"}) {
            click(QStringLiteral("tagsAddPushButton"));
            const int index = static_cast<int>(form().value()["tags"].size()) - 1;
            typeInto(widget<QLineEdit>(QStringLiteral("tags_%1LineEdit").arg(index)),
                     QString::fromLatin1(tag));
        }
    }
};

TEST_F(SchemaFormStructureTest, NestedObjectIsAGroupWithPrefixedNames) {
    build(objectSchema(
        {{"target",
          {{"type", "object"},
           {"title", "目标"},
           {"required", {"player_id"}},
           {"properties",
            {{"player_id", {{"type", "string"}}}, {"server", {{"type", "integer"}}}}}}}},
        {"target"}));
    auto* group = widget<QGroupBox>(QStringLiteral("targetGroupBox"));
    ASSERT_NE(group, nullptr);
    EXPECT_EQ(group->title(), QStringLiteral("目标 *"));
    auto* id = widget<QLineEdit>(QStringLiteral("target_player_idLineEdit"));
    ASSERT_NE(id, nullptr);
    EXPECT_TRUE(group->isAncestorOf(id));
    EXPECT_EQ(form().editorFor(QStringLiteral("/target/player_id")), id);
    EXPECT_EQ(form().value(), (json{{"target", json::object()}}));
    typeInto(id, QStringLiteral("p1"));
    typeInto(widget<QAbstractSpinBox>(QStringLiteral("target_serverSpinBox")), QStringLiteral("3"));
    EXPECT_EQ(form().value(), (json{{"target", {{"player_id", "p1"}, {"server", 3}}}}));
}

TEST_F(SchemaFormStructureTest, EmptyOptionalObjectIsOmitted) {
    build(objectSchema(
        {{"options", {{"type", "object"}, {"properties", {{"note", {{"type", "string"}}}}}}}}));
    EXPECT_EQ(form().value(), json::object());
    const json payload = {{"options", {{"note", "n"}}}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormStructureTest, ArrayItemsAreAddedTypedMovedAndRemoved) {
    build(tagListSchema());
    EXPECT_EQ(form().value(), json::object()) << "an optional empty array is omitted";
    addThreeTags();
    EXPECT_EQ(form().value(), (json{{"tags", {"aa", "bb", "cc"}}}));

    click(QStringLiteral("tags_2UpToolButton"));
    EXPECT_EQ(form().value(), (json{{"tags", {"aa", "cc", "bb"}}}));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("tags_1LineEdit"))->text(), QStringLiteral("cc"))
        << "names follow the new positions";
    EXPECT_EQ(form().editorFor(QStringLiteral("/tags/1")),
              widget<QLineEdit>(QStringLiteral("tags_1LineEdit")));

    click(QStringLiteral("tags_0DownToolButton"));
    EXPECT_EQ(form().value(), (json{{"tags", {"cc", "aa", "bb"}}}));
    click(QStringLiteral("tags_1RemoveToolButton"));
    EXPECT_EQ(form().value(), (json{{"tags", {"cc", "bb"}}}));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("tags_2LineEdit")), nullptr);
}

TEST_F(SchemaFormStructureTest, FirstAndLastItemsCannotMoveOutOfTheList) {
    build(tagListSchema());
    addThreeTags();
    EXPECT_FALSE(widget<QToolButton>(QStringLiteral("tags_0UpToolButton"))->isEnabled());
    EXPECT_FALSE(widget<QToolButton>(QStringLiteral("tags_2DownToolButton"))->isEnabled());
    EXPECT_TRUE(widget<QToolButton>(QStringLiteral("tags_1UpToolButton"))->isEnabled());
}

TEST_F(SchemaFormStructureTest, MaxItemsDisablesAdd) {
    build(tagListSchema());
    addThreeTags();
    EXPECT_FALSE(widget<QAbstractButton>(QStringLiteral("tagsAddPushButton"))->isEnabled());
    click(QStringLiteral("tags_0RemoveToolButton"));
    EXPECT_TRUE(widget<QAbstractButton>(QStringLiteral("tagsAddPushButton"))->isEnabled());
}

TEST_F(SchemaFormStructureTest, ItemErrorsFollowTheirItem) {
    build(tagListSchema());
    addThreeTags();
    auto* second = widget<QLineEdit>(QStringLiteral("tags_1LineEdit"));
    second->clear();
    typeInto(second, QStringLiteral("b"));
    leave(second);
    EXPECT_TRUE(errorText(QStringLiteral("tags_1")).contains(QStringLiteral("at least 2")));
    click(QStringLiteral("tags_1UpToolButton"));
    EXPECT_EQ(errorText(QStringLiteral("tags_1")), QString());
    EXPECT_TRUE(errorText(QStringLiteral("tags_0")).contains(QStringLiteral("at least 2")))
        << "the error moved with the item";
}

TEST_F(SchemaFormStructureTest, EmptyItemIsReportedInsteadOfSentAsNull) {
    build(tagListSchema());
    click(QStringLiteral("tagsAddPushButton"));
    const auto violations = form().validateAll();
    ASSERT_EQ(violations.size(), 1u);
    EXPECT_EQ(violations[0].pointer, "/tags/0");
    EXPECT_EQ(errorText(QStringLiteral("tags_0")),
              QStringLiteral("Enter a value or remove this item"));
}

TEST_F(SchemaFormStructureTest, ArrayOfObjectsNamesItsItemFields) {
    build(objectSchema({{"items",
                         {{"type", "array"},
                          {"minItems", 1},
                          {"items",
                           {{"type", "object"},
                            {"required", {"item_id", "count"}},
                            {"properties",
                             {{"item_id", {{"type", "string"}}},
                              {"count", {{"type", "integer"}, {"default", 1}}}}}}}}}},
                       {"items"}));
    EXPECT_EQ(form().value(), (json{{"items", json::array()}})) << "required: sent even empty";
    form().validateAll();
    EXPECT_TRUE(errorText(QStringLiteral("items")).startsWith(QStringLiteral("Needs at least 1")));

    click(QStringLiteral("itemsAddPushButton"));
    EXPECT_EQ(errorText(QStringLiteral("items")), QString());
    auto* count = form().editorFor(QStringLiteral("/items/0/count"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->objectName(), QStringLiteral("items_0_countSpinBox"));
    typeInto(widget<QLineEdit>(QStringLiteral("items_0_item_idLineEdit")), QStringLiteral("gem"));
    EXPECT_EQ(form().value().dump(), R"({"items":[{"count":1,"item_id":"gem"}]})");
    EXPECT_EQ(widget<QGroupBox>(QStringLiteral("items_0GroupBox"))->title(),
              QStringLiteral("Item 1"));

    const json payload = {
        {"items", {{{"item_id", "a"}, {"count", 2}}, {{"item_id", "b"}, {"count", 5}}}}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
    EXPECT_NE(widget<QLineEdit>(QStringLiteral("items_1_item_idLineEdit")), nullptr);
}

TEST_F(SchemaFormStructureTest, LocalRefsAreFollowed) {
    build(json::parse(R"({
        "type": "object",
        "definitions": {"amount": {"type": "integer", "title": "Amount", "minimum": 1}},
        "properties": {"gold": {"$ref": "#/definitions/amount", "title": "Gold"},
                       "gems": {"$ref": "#/definitions/amount"}}
    })"));
    EXPECT_NE(widget<QAbstractSpinBox>(QStringLiteral("goldSpinBox")), nullptr);
    EXPECT_TRUE(
        widget<QLabel>(QStringLiteral("goldLabel"))->text().contains(QStringLiteral("Gold")));
    EXPECT_TRUE(
        widget<QLabel>(QStringLiteral("gemsLabel"))->text().contains(QStringLiteral("Amount")));
}

TEST_F(SchemaFormStructureTest, UnknownKeywordsAreIgnored) {
    build(json::parse(R"({
        "type": "object", "x-vendor": {"anything": [1, 2]}, "$comment": "ops only",
        "properties": {
          "name": {"type": "string", "x-widget": "fancy", "examples": ["alice"],
                   "contentMediaType": "text/plain", "deprecated": true},
          "n": {"type": "integer", "x-unit": "hours", "if": {"minimum": 5},
                "then": {"maximum": 10}}
        }
    })"));
    EXPECT_EQ(widget<QLineEdit>(QStringLiteral("nameLineEdit"))->placeholderText(),
              QStringLiteral("alice"));
    const json payload = {{"name", "bob"}, {"n", 7}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
    EXPECT_TRUE(form().validateAll().empty());
}

TEST_F(SchemaFormStructureTest, UnsupportedTypeIsARawJsonEditor) {
    build(objectSchema(
        {{"extra", {{"type", {"string", "integer"}}}},
         {"pair", {{"type", "array"}, {"items", {{{"type", "string"}}, {{"type", "integer"}}}}}},
         {"bag", {{"type", "object"}}}}));
    auto* extra = widget<QPlainTextEdit>(QStringLiteral("extraJsonPlainTextEdit"));
    ASSERT_NE(extra, nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("pairJsonPlainTextEdit")), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("bagJsonPlainTextEdit")), nullptr);
    typeInto(extra, QStringLiteral("42"));
    EXPECT_EQ(form().value(), (json{{"extra", 42}}));

    const json payload = {{"pair", {"a", 1}}, {"bag", {{"k", {1, 2}}}}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);

    typeInto(extra, QStringLiteral("{oops"));
    leave(extra);
    EXPECT_TRUE(errorText(QStringLiteral("extra")).startsWith(QStringLiteral("Not valid JSON")));
}

TEST_F(SchemaFormStructureTest, ErrorsBelowARawEditorAreShownOnIt) {
    build(objectSchema(
        {{"pair", {{"type", "array"}, {"items", {{{"type", "string"}}, {{"type", "integer"}}}}}}}));
    form().setValue({{"pair", {"a", "not an integer"}}});
    form().validateAll();
    EXPECT_EQ(errorText(QStringLiteral("pair")), QStringLiteral("1: Has the wrong type"));
}

TEST_F(SchemaFormStructureTest, FieldsFollowUiOrderThenXOrderThenRequired) {
    build(json::parse(R"({"type": "object", "required": ["zeta", "alpha"],
                          "properties": {"alpha": {"type": "string"}, "beta": {"type": "string"},
                                         "zeta": {"type": "string"}}})"));
    EXPECT_LT(widget<QLabel>(QStringLiteral("zetaLabel"))->y(),
              widget<QLabel>(QStringLiteral("alphaLabel"))->y());
    EXPECT_LT(widget<QLabel>(QStringLiteral("alphaLabel"))->y(),
              widget<QLabel>(QStringLiteral("betaLabel"))->y());

    build(json::parse(R"({"type": "object",
                          "properties": {"a": {"type": "string", "x-order": 2},
                                         "b": {"type": "string", "x-order": 1}}})"));
    EXPECT_LT(widget<QLabel>(QStringLiteral("bLabel"))->y(),
              widget<QLabel>(QStringLiteral("aLabel"))->y());
}

TEST_F(SchemaFormStructureTest, KeysTheSchemaDoesNotListAreSentBack) {
    build(objectSchema({{"name", {{"type", "string"}}}}));
    const json payload = {{"name", "n"}, {"legacy_flag", true}};
    form().setValue(payload);
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormStructureTest, SchemaWithoutPropertiesIsAnEmptyForm) {
    build(json{{"type", "object"}}); // the descriptor default: a function without parameters
    EXPECT_EQ(form().findChildren<QPlainTextEdit*>().size(), 0) << "no raw editor for the root";
    EXPECT_EQ(form().value(), json::object());
    EXPECT_TRUE(form().validateAll().empty());
}

TEST_F(SchemaFormStructureTest, TabOrderFollowsTheFieldsIncludingAddedItems) {
    build(json::parse(R"({"type": "object", "required": ["a", "list", "z"],
                          "properties": {"a": {"type": "string"},
                                         "list": {"type": "array", "items": {"type": "string"}},
                                         "z": {"type": "integer"}}})"));
    click(QStringLiteral("listAddPushButton"));
    auto* a = widget<QLineEdit>(QStringLiteral("aLineEdit"));
    a->setFocus();
    QTest::keyClick(a, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), widget<QLineEdit>(QStringLiteral("list_0LineEdit")));
    QWidget* focus = QApplication::focusWidget();
    while (focus != nullptr && focus->objectName() != QStringLiteral("listAddPushButton")) {
        QTest::keyClick(focus, Qt::Key_Tab);
        ASSERT_NE(QApplication::focusWidget(), focus);
        focus = QApplication::focusWidget();
        ASSERT_NE(focus, widget<QAbstractSpinBox>(QStringLiteral("zSpinBox")))
            << "reached z before the list's Add button";
    }
    QTest::keyClick(focus, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), widget<QAbstractSpinBox>(QStringLiteral("zSpinBox")));
}

} // namespace
} // namespace croupier::ui::testing
