// SchemaForm choices: enum and oneOf-of-const (+ title) as combo boxes (an empty entry for
// optional fields, consts sent with their JSON type), booleans as check boxes (optional ones
// omitted until answered), arrays of enums with uniqueItems as a checkable list.

#include "SchemaFormTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

class SchemaFormChoiceTest : public SchemaFormFixture {
protected:
    // Picks `text` in the combo box the way a user does: open it with the keyboard, move to the
    // entry, press Enter.
    void choose(QComboBox* combo, const QString& text) {
        ASSERT_NE(combo, nullptr);
        const int index = combo->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        combo->setFocus();
        while (combo->currentIndex() < index) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        while (combo->currentIndex() > index) {
            QTest::keyClick(combo, Qt::Key_Up);
        }
    }

    QStringList itemsOf(const QComboBox* combo) const {
        QStringList items;
        for (int i = 0; i < combo->count(); ++i) {
            items << combo->itemText(i);
        }
        return items;
    }
};

TEST_F(SchemaFormChoiceTest, EnumIsAComboWithAnEmptyEntryWhenOptional) {
    build(objectSchema({{"region", {{"type", "string"}, {"enum", {"cn", "sea", "eu"}}}}}));
    auto* combo = widget<QComboBox>(QStringLiteral("regionComboBox"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(itemsOf(combo), (QStringList{QStringLiteral("(not set)"), QStringLiteral("cn"),
                                           QStringLiteral("sea"), QStringLiteral("eu")}));
    EXPECT_EQ(form().value(), json::object());
    choose(combo, QStringLiteral("sea"));
    EXPECT_EQ(form().value(), (json{{"region", "sea"}}));
    choose(combo, QStringLiteral("(not set)"));
    EXPECT_EQ(form().value(), json::object());
}

TEST_F(SchemaFormChoiceTest, EnumNamesLabelTheEntries) {
    build(objectSchema(
        {{"region", {{"enum", {"cn", "sea"}}, {"x-enumNames", {"中国大陆", "东南亚"}}}}}));
    auto* combo = widget<QComboBox>(QStringLiteral("regionComboBox"));
    choose(combo, QStringLiteral("东南亚"));
    EXPECT_EQ(form().value(), (json{{"region", "sea"}}));
}

TEST_F(SchemaFormChoiceTest, RequiredEnumWithADefaultStartsOnIt) {
    build(objectSchema({{"mode", {{"enum", {"soft", "hard"}}, {"default", "hard"}}}}, {"mode"}));
    auto* combo = widget<QComboBox>(QStringLiteral("modeComboBox"));
    EXPECT_EQ(combo->count(), 2) << "no empty entry";
    EXPECT_EQ(combo->currentText(), QStringLiteral("hard"));
    EXPECT_EQ(form().value(), (json{{"mode", "hard"}}));
}

TEST_F(SchemaFormChoiceTest, RequiredEnumWithoutADefaultMakesTheUserChoose) {
    build(objectSchema({{"mode", {{"enum", {"soft", "hard"}}}}}, {"mode"}));
    auto* combo = widget<QComboBox>(QStringLiteral("modeComboBox"));
    EXPECT_EQ(combo->currentText(), QStringLiteral("Choose…"));
    EXPECT_EQ(errorText(QStringLiteral("mode")), QString());
    form().validateAll();
    EXPECT_EQ(errorText(QStringLiteral("mode")), QStringLiteral("Required"));
    choose(combo, QStringLiteral("soft"));
    EXPECT_EQ(errorText(QStringLiteral("mode")), QString());
}

TEST_F(SchemaFormChoiceTest, OneOfConstsShowTitlesAndSendTheConstWithItsType) {
    build(objectSchema({{"level",
                         {{"type", "integer"},
                          {"oneOf",
                           {{{"const", 1}, {"title", "青铜"}},
                            {{"const", 2}, {"title", "白银"}},
                            {{"const", 3}, {"title", "黄金"}}}}}}}));
    auto* combo = widget<QComboBox>(QStringLiteral("levelComboBox"));
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(itemsOf(combo).mid(1), (QStringList{QStringLiteral("青铜"), QStringLiteral("白银"),
                                                  QStringLiteral("黄金")}));
    choose(combo, QStringLiteral("白银"));
    EXPECT_EQ(form().value().dump(), R"({"level":2})");
    form().setValue({{"level", 3}});
    EXPECT_EQ(combo->currentText(), QStringLiteral("黄金"));
    EXPECT_EQ(form().value(), (json{{"level", 3}}));
}

TEST_F(SchemaFormChoiceTest, ValueOutsideTheEnumIsKeptAndFlaggedOnSubmit) {
    build(objectSchema({{"region", {{"enum", {"cn", "sea"}}}}}));
    form().setValue({{"region", "mars"}});
    EXPECT_EQ(form().value(), (json{{"region", "mars"}})) << "not silently dropped";
    EXPECT_TRUE(widget<QComboBox>(QStringLiteral("regionComboBox"))
                    ->currentText()
                    .contains(QStringLiteral("mars")));
    form().validateAll();
    EXPECT_EQ(errorText(QStringLiteral("region")),
              QStringLiteral("Choose one of the allowed values"));
}

TEST_F(SchemaFormChoiceTest, ReadOnlyComboCannotBeChanged) {
    build(objectSchema({{"mode", {{"enum", {"a", "b"}}, {"default", "a"}, {"readOnly", true}}}}));
    EXPECT_FALSE(widget<QComboBox>(QStringLiteral("modeComboBox"))->isEnabled());
    form().setFormEnabled(false);
    form().setFormEnabled(true);
    EXPECT_FALSE(widget<QComboBox>(QStringLiteral("modeComboBox"))->isEnabled())
        << "re-enabling the form keeps read-only fields read-only";
}

TEST_F(SchemaFormChoiceTest, OptionalBooleanIsOmittedUntilClicked) {
    build(objectSchema({{"notify", {{"type", "boolean"}}}}));
    auto* box = widget<QCheckBox>(QStringLiteral("notifyCheckBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(form().value(), json::object());
    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_EQ(form().value(), (json{{"notify", true}}));
    QTest::mouseClick(box, Qt::LeftButton);
    EXPECT_EQ(form().value(), (json{{"notify", false}})) << "an answered false is sent";
}

TEST_F(SchemaFormChoiceTest, RequiredAndDefaultedBooleansAreAlwaysSent) {
    build(objectSchema(
        {{"confirm", {{"type", "boolean"}}}, {"notify", {{"type", "boolean"}, {"default", true}}}},
        {"confirm"}));
    EXPECT_EQ(form().value(), (json{{"confirm", false}, {"notify", true}}));
    EXPECT_TRUE(widget<QCheckBox>(QStringLiteral("notifyCheckBox"))->isChecked());
    form().setValue({{"confirm", true}, {"notify", false}});
    EXPECT_EQ(form().value(), (json{{"confirm", true}, {"notify", false}}));
}

TEST_F(SchemaFormChoiceTest, UniqueEnumArrayIsACheckableList) {
    build(objectSchema({{"tags",
                         {{"type", "array"},
                          {"uniqueItems", true},
                          {"items", {{"type", "string"}, {"enum", {"vip", "new", "banned"}}}}}}}));
    auto* list = widget<QListWidget>(QStringLiteral("tagsListWidget"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 3);
    EXPECT_TRUE(list->item(0)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(form().value(), json::object()) << "untouched optional list is omitted";

    list->item(2)->setCheckState(Qt::Checked);
    list->item(0)->setCheckState(Qt::Checked);
    EXPECT_EQ(form().value(), (json{{"tags", {"vip", "banned"}}})) << "in schema order";
    list->item(0)->setCheckState(Qt::Unchecked);
    list->item(2)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(form().value(), (json{{"tags", json::array()}}));

    const json payload = {{"tags", {"new"}}};
    form().setValue(payload);
    EXPECT_EQ(list->item(1)->checkState(), Qt::Checked);
    EXPECT_EQ(form().value(), payload);
}

TEST_F(SchemaFormChoiceTest, MultiSelectItemIsToggledWithTheKeyboard) {
    build(objectSchema(
        {{"tags",
          {{"type", "array"}, {"uniqueItems", true}, {"items", {{"enum", {"vip", "new"}}}}}}}));
    auto* list = widget<QListWidget>(QStringLiteral("tagsListWidget"));
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_EQ(form().value(), (json{{"tags", {"new"}}}));
}

TEST_F(SchemaFormChoiceTest, MultiSelectMinItemsErrorShowsOnceTouched) {
    build(objectSchema({{"tags",
                         {{"type", "array"},
                          {"uniqueItems", true},
                          {"minItems", 2},
                          {"items", {{"enum", {"a", "b", "c"}}}}}}},
                       {"tags"}));
    auto* list = widget<QListWidget>(QStringLiteral("tagsListWidget"));
    EXPECT_EQ(errorText(QStringLiteral("tags")), QString());
    list->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(errorText(QStringLiteral("tags")).startsWith(QStringLiteral("Needs at least 2")))
        << errorText(QStringLiteral("tags")).toStdString();
    list->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(errorText(QStringLiteral("tags")), QString());
}

} // namespace
} // namespace croupier::ui::testing
