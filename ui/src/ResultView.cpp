#include "croupier/ui/ResultView.h"

#include "croupier/ui/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace croupier::ui {
namespace {

using json = nlohmann::json;

enum Page { kStructuredPage, kTextPage, kRawPage, kErrorPage };

const json kNoSchema = json::object();

QTableWidgetItem* readOnlyItem(const QString& text, const QString& toolTip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return item;
}

bool isArrayOfObjects(const json& value) {
    return value.is_array() && !value.empty() &&
           std::all_of(value.begin(), value.end(), [](const json& v) { return v.is_object(); });
}

} // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("resultView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildToolbar();
    buildPages();
    clear();
}

void ResultView::buildToolbar() {
    m_rawToggle = new QToolButton(this);
    m_rawToggle->setObjectName(QStringLiteral("rawJsonToolButton"));
    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setToolTip(tr("Show the result as JSON"));
    m_rawToggle->setCheckable(true);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyToolButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the result as JSON to the clipboard"));
    connect(m_rawToggle, &QToolButton::toggled, this, &ResultView::updatePage);
    connect(m_copy, &QToolButton::clicked, this, &ResultView::copyJson);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_rawToggle);
    bar->addWidget(m_copy);
    static_cast<QVBoxLayout*>(layout())->addLayout(bar);
}

void ResultView::buildPages() {
    m_pages = new QStackedWidget(this);
    m_table = new QTableWidget(m_pages);
    m_table->setObjectName(QStringLiteral("resultTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_text = new QLabel(m_pages);
    m_text->setObjectName(QStringLiteral("resultTextLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw = new QPlainTextEdit(m_pages);
    m_raw->setObjectName(QStringLiteral("rawJsonPlainTextEdit"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorPage = new QWidget(m_pages);
    m_error = new ErrorBanner(m_errorPage);
    m_error->setDismissible(false);
    m_errorDetails = new QLabel(m_errorPage);
    m_errorDetails->setObjectName(QStringLiteral("errorDetailsLabel"));
    m_errorDetails->setTextFormat(Qt::PlainText);
    m_errorDetails->setWordWrap(true);
    m_errorDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* errorLayout = new QVBoxLayout(m_errorPage);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    m_errorDetails->setContentsMargins(12, 0, 12, 0);
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(m_errorDetails);
    errorLayout->addStretch(1);
    m_pages->insertWidget(kStructuredPage, m_table);
    m_pages->insertWidget(kTextPage, m_text);
    m_pages->insertWidget(kRawPage, m_raw);
    m_pages->insertWidget(kErrorPage, m_errorPage);
    layout()->addWidget(m_pages);
}

void ResultView::setResultSchema(const json& schema) {
    m_schema = schema.is_object() ? schema : json::object();
}

void ResultView::setResult(const json& result) {
    m_result = result;
    m_fieldErrors.clear();
    m_raw->setPlainText(prettyJson(result));
    if (result.is_object() && !result.empty()) {
        showObject(result);
    } else if (isArrayOfObjects(result)) {
        showRows(result);
    } else if (result.is_null()) {
        showText(tr("The call returned no result."));
    } else if (result.is_structured() && result.empty()) {
        showText(result.is_array() ? tr("The result is an empty list.")
                                   : tr("The result is empty."));
    } else if (result.is_array()) {
        showText(prettyJson(result));
    } else {
        showText(cellText(result, m_schema));
    }
}

void ResultView::setError(const client::CallError& error) {
    m_result = nullptr;
    m_raw->clear();
    m_error->showError(error);
    m_error->show();
    m_fieldErrors.clear();
    for (const client::FieldError& field : error.fields) {
        const QString where = field.pointer.isEmpty() ? tr("(whole request)") : field.pointer;
        m_fieldErrors << tr("%1: %2").arg(where, field.message);
    }
    QStringList details;
    for (const QString& line : std::as_const(m_fieldErrors)) {
        details << QStringLiteral("• ") + line;
    }
    if (!error.serverMessage.isEmpty() && error.serverMessage != error.message) {
        details << tr("Details: %1").arg(error.serverMessage);
    }
    m_errorDetails->setText(details.join(QLatin1Char('\n')));
    m_errorDetails->setVisible(!details.isEmpty());
    setContent(Content::Error);
}

void ResultView::clear() {
    m_result = nullptr;
    m_fieldErrors.clear();
    m_raw->clear();
    m_text->clear();
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    setContent(Content::Empty);
}

bool ResultView::rawShown() const {
    return m_pages->currentIndex() == kRawPage;
}

QString ResultView::errorText() const {
    return m_content == Content::Error ? m_error->text() : QString();
}

QStringList ResultView::fieldErrors() const {
    return m_content == Content::Error ? m_fieldErrors : QStringList();
}

QString ResultView::prettyJson(const json& value) {
    return QString::fromStdString(value.dump(2, ' ', false, json::error_handler_t::replace));
}

void ResultView::showObject(const json& object) {
    const std::vector<std::string> keys = orderedKeys(m_schema, {&object});
    m_table->clear();
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_table->setRowCount(static_cast<int>(keys.size()));
    for (int row = 0; row < static_cast<int>(keys.size()); ++row) {
        const std::string& key = keys[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0,
                         readOnlyItem(titleFor(m_schema, key), QString::fromStdString(key)));
        m_table->setItem(row, 1,
                         readOnlyItem(cellText(object.at(key), propertySchema(m_schema, key))));
    }
    m_table->resizeColumnToContents(0);
    setContent(Content::Table);
}

void ResultView::showRows(const json& rows) {
    const json& itemSchema =
        m_schema.contains("items") && m_schema["items"].is_object() ? m_schema["items"] : kNoSchema;
    std::vector<const json*> objects;
    for (const json& row : rows) {
        objects.push_back(&row);
    }
    const std::vector<std::string> keys = orderedKeys(itemSchema, objects);
    m_table->clear();
    m_table->setColumnCount(static_cast<int>(keys.size()));
    m_table->setRowCount(static_cast<int>(objects.size()));
    for (int column = 0; column < static_cast<int>(keys.size()); ++column) {
        const std::string& key = keys[static_cast<std::size_t>(column)];
        m_table->setHorizontalHeaderItem(
            column, readOnlyItem(titleFor(itemSchema, key), QString::fromStdString(key)));
        for (int row = 0; row < static_cast<int>(objects.size()); ++row) {
            const json& object = *objects[static_cast<std::size_t>(row)];
            const auto it = object.find(key);
            const QString text =
                it == object.end() ? QString() : cellText(*it, propertySchema(itemSchema, key));
            m_table->setItem(row, column, readOnlyItem(text));
        }
    }
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        m_table->resizeColumnToContents(column); // the last one stretches
    }
    setContent(Content::Table);
}

void ResultView::showText(const QString& text) {
    m_text->setText(text);
    setContent(Content::Text);
}

void ResultView::setContent(Content content) {
    m_content = content;
    const bool hasJson = content == Content::Table || content == Content::Text;
    m_rawToggle->setEnabled(hasJson);
    m_copy->setEnabled(hasJson);
    m_rawToggle->setVisible(hasJson); // nothing to show raw or copy
    m_copy->setVisible(hasJson);
    if (!hasJson) {
        m_rawToggle->setChecked(false);
    }
    updatePage();
}

void ResultView::updatePage() {
    if (m_content == Content::Error) {
        m_pages->setCurrentIndex(kErrorPage);
    } else if (m_rawToggle->isChecked()) {
        m_pages->setCurrentIndex(kRawPage);
    } else {
        m_pages->setCurrentIndex(m_content == Content::Table ? kStructuredPage : kTextPage);
    }
}

void ResultView::copyJson() {
    if (m_content == Content::Table || m_content == Content::Text) {
        QApplication::clipboard()->setText(prettyJson(m_result));
    }
}

QString ResultView::cellText(const json& value, const json& schema) const {
    if (value.is_string()) {
        const QString text = QString::fromStdString(value.get_ref<const std::string&>());
        const auto format = schema.find("format");
        if (format != schema.end() && *format == "date-time") {
            const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (when.isValid()) {
                return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
            }
        }
        return text;
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? tr("Yes") : tr("No");
    }
    if (value.is_null()) {
        return {};
    }
    return QString::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

const json& ResultView::propertySchema(const json& objectSchema, const std::string& key) const {
    const auto properties = objectSchema.find("properties");
    if (properties == objectSchema.end() || !properties->is_object()) {
        return kNoSchema;
    }
    const auto property = properties->find(key);
    return property != properties->end() && property->is_object() ? *property : kNoSchema;
}

QString ResultView::titleFor(const json& objectSchema, const std::string& key) const {
    const json& property = propertySchema(objectSchema, key);
    const auto title = property.find("title");
    if (title != property.end() && title->is_string() &&
        !title->get_ref<const std::string&>().empty()) {
        return QString::fromStdString(title->get<std::string>());
    }
    return QString::fromStdString(key);
}

// Keys present in `objects`: those the schema declares first (in its order), then the others.
std::vector<std::string> ResultView::orderedKeys(const json& objectSchema,
                                                 const std::vector<const json*>& objects) const {
    std::vector<std::string> keys;
    auto present = [&](const std::string& key) {
        return std::any_of(objects.begin(), objects.end(),
                           [&](const json* o) { return o->contains(key); });
    };
    const auto properties = objectSchema.find("properties");
    if (properties != objectSchema.end() && properties->is_object()) {
        for (const auto& [key, unused] : properties->items()) {
            if (present(key)) {
                keys.push_back(key);
            }
        }
    }
    for (const json* object : objects) {
        for (const auto& [key, unused] : object->items()) {
            if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
                keys.push_back(key);
            }
        }
    }
    return keys;
}

} // namespace croupier::ui
