// SchemaForm as it looks: the seed's player.ban form and a form with every kind of field render
// with their (Chinese) titles fully visible, one editor per field, in schema order. Set
// CROUPIER_SCREENSHOT_DIR to also save the rendered forms as PNGs for a human to look at.

#include "SchemaFormTestSupport.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>

namespace croupier::ui::testing {
namespace {

using nlohmann::json;

json kitchenSinkSchema() {
    return json::parse(R"json({
      "type": "object",
      "required": ["player_id", "server", "amount", "starts_at", "items"],
      "properties": {
        "player_id": {"type": "string", "title": "玩家ID", "description": "要处理的玩家唯一标识",
                      "minLength": 3},
        "server": {"type": "string", "title": "服务器", "enum": ["cn-1", "cn-2", "sea-1"],
                   "x-enumNames": ["华东一区", "华东二区", "东南亚一区"]},
        "amount": {"type": "integer", "title": "数量", "minimum": 1, "maximum": 999,
                   "default": 1},
        "ratio": {"type": "number", "title": "Ratio", "exclusiveMinimum": 0, "maximum": 1},
        "notify": {"type": "boolean", "title": "Notify the player", "default": true},
        "level": {"title": "Level", "oneOf": [{"const": 1, "title": "Bronze"},
                                              {"const": 2, "title": "Silver"}]},
        "starts_at": {"type": "string", "format": "date-time", "title": "开始时间"},
        "birthday": {"type": "string", "format": "date", "title": "Birthday"},
        "email": {"type": "string", "format": "email", "title": "Email"},
        "homepage": {"type": "string", "format": "uri", "title": "Homepage"},
        "secret": {"type": "string", "format": "password", "title": "Secret"},
        "note": {"type": "string", "title": "备注", "maxLength": 1000,
                 "description": "Shown to the player"},
        "tags": {"type": "array", "title": "Tags", "uniqueItems": true,
                 "items": {"enum": ["vip", "new", "banned"]}},
        "address": {"type": "object", "title": "Address", "required": ["city"],
                    "properties": {"city": {"type": "string", "title": "City"},
                                   "zip": {"type": "string", "title": "Zip"}}},
        "items": {"type": "array", "title": "Items", "minItems": 1,
                  "items": {"type": "object", "title": "Item", "required": ["item_id"],
                            "properties": {"item_id": {"type": "string", "title": "Item ID"},
                                           "count": {"type": "integer", "title": "Count"}}}},
        "extra": {"type": ["string", "integer"], "title": "Extra (raw JSON)"}
      }
    })json");
}

class SchemaFormRenderTest : public SchemaFormFixture {
protected:
    // Saves the form to $CROUPIER_SCREENSHOT_DIR/<name>.png when that is set.
    void saveScreenshot(const QString& name) {
        const QString dir = qEnvironmentVariable("CROUPIER_SCREENSHOT_DIR");
        const QPixmap shot = form().grab();
        ASSERT_FALSE(shot.isNull());
        if (!dir.isEmpty()) {
            ASSERT_TRUE(shot.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }

    // Every label of the form shows its whole text (no clipping) and is inside the form.
    void expectLabelsFullyVisible() {
        for (const QLabel* label : form().findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap()) {
                continue;
            }
            EXPECT_GE(label->width(), label->minimumSizeHint().width())
                << label->objectName().toStdString() << " is clipped";
            const QRect inForm(label->mapTo(&form(), QPoint(0, 0)), label->size());
            EXPECT_TRUE(form().rect().contains(inForm)) << label->objectName().toStdString();
        }
    }
};

TEST_F(SchemaFormRenderTest, PlayerBanShowsItsChineseTitlesInSchemaOrder) {
    const json descriptor = loadDemoDescriptor("player.ban");
    ASSERT_FALSE(descriptor.is_discarded());
    build(descriptor["params"]);
    form().resize(form().sizeHint().expandedTo(QSize(480, 0)));
    QApplication::processEvents();

    const auto* idLabel = widget<QLabel>(QStringLiteral("player_idLabel"));
    const auto* durationLabel = widget<QLabel>(QStringLiteral("durationLabel"));
    const auto* reasonLabel = widget<QLabel>(QStringLiteral("reasonLabel"));
    ASSERT_NE(idLabel, nullptr);
    ASSERT_NE(durationLabel, nullptr);
    ASSERT_NE(reasonLabel, nullptr);
    EXPECT_TRUE(idLabel->text().contains(QStringLiteral("玩家ID")));
    EXPECT_TRUE(durationLabel->text().contains(QStringLiteral("封禁时长(小时)")));
    EXPECT_TRUE(reasonLabel->text().contains(QStringLiteral("封禁原因")));
    // The author's order survives the sorted JSON object: required fields first, as listed.
    EXPECT_LT(idLabel->y(), durationLabel->y());
    EXPECT_LT(durationLabel->y(), reasonLabel->y());
    EXPECT_EQ(widget<QLabel>(QStringLiteral("player_idHelpLabel"))->text(),
              QStringLiteral("要封禁的玩家唯一标识"));
    expectLabelsFullyVisible();
    saveScreenshot(QStringLiteral("schemaform-player-ban"));
}

TEST_F(SchemaFormRenderTest, EveryKindOfFieldGetsItsEditor) {
    build(kitchenSinkSchema());
    ASSERT_NE(widget<QPushButton>(QStringLiteral("itemsAddPushButton")), nullptr);
    QTest::mouseClick(widget<QPushButton>(QStringLiteral("itemsAddPushButton")), Qt::LeftButton);
    form().resize(form().sizeHint().expandedTo(QSize(560, 0)));
    QApplication::processEvents();

    EXPECT_NE(widget<QLineEdit>(QStringLiteral("player_idLineEdit")), nullptr);
    EXPECT_NE(widget<QComboBox>(QStringLiteral("serverComboBox")), nullptr);
    EXPECT_NE(widget<QAbstractSpinBox>(QStringLiteral("amountSpinBox")), nullptr);
    EXPECT_NE(widget<QAbstractSpinBox>(QStringLiteral("ratioSpinBox")), nullptr);
    EXPECT_NE(widget<QComboBox>(QStringLiteral("levelComboBox")), nullptr);
    EXPECT_NE(widget<QWidget>(QStringLiteral("starts_atDateTimeEdit")), nullptr);
    EXPECT_NE(widget<QWidget>(QStringLiteral("birthdayDateEdit")), nullptr);
    EXPECT_NE(widget<QLineEdit>(QStringLiteral("secretLineEdit")), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("notePlainTextEdit")), nullptr);
    EXPECT_NE(widget<QWidget>(QStringLiteral("tagsListWidget")), nullptr);
    EXPECT_NE(widget<QGroupBox>(QStringLiteral("addressGroupBox")), nullptr);
    EXPECT_NE(widget<QLineEdit>(QStringLiteral("address_cityLineEdit")), nullptr);
    EXPECT_NE(widget<QLineEdit>(QStringLiteral("items_0_item_idLineEdit")), nullptr);
    EXPECT_NE(widget<QPlainTextEdit>(QStringLiteral("extraJsonPlainTextEdit")), nullptr);
    EXPECT_EQ(visibleErrorLabels(), 0);
    expectLabelsFullyVisible();
    saveScreenshot(QStringLiteral("schemaform-kitchen-sink"));

    form().validateAll();
    QApplication::processEvents();
    saveScreenshot(QStringLiteral("schemaform-kitchen-sink-errors"));
}

} // namespace
} // namespace croupier::ui::testing
