#pragma once
// Shows the result of a call, laid out by the descriptor's `result` schema: an object as a
// field/value table (field titles from the schema), an array of objects as a table with a column
// per property, anything else as text. A "Raw JSON" toggle shows the pretty JSON instead and
// "Copy" puts that JSON on the clipboard. setError() shows a failed call instead: the human
// message, what to do next, and the errors of individual fields.
// GUI thread only; owned by its Qt parent; keeps a copy of the result it shows.

#include "croupier/client/CallError.h"

#include <QWidget>
#include <nlohmann/json.hpp>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QPlainTextEdit;
class QToolButton;

namespace croupier::ui {

class ErrorBanner;

class ResultView : public QWidget {
    Q_OBJECT
public:
    enum class Content { Empty, Table, Text, Error }; // what the view holds

    explicit ResultView(QWidget* parent = nullptr);

    // The descriptor's `result` schema (null or absent: keys are shown as they are).
    void setResultSchema(const nlohmann::json& schema);
    void setResult(const nlohmann::json& result);
    void setError(const client::CallError& error);
    void clear();

    const nlohmann::json& result() const { return m_result; }
    Content content() const { return m_content; }
    bool rawShown() const;
    QString errorText() const;       // the error banner's sentence; empty unless Content::Error
    QStringList fieldErrors() const; // "/duration: must be >= 1", one per field error

    // Indented JSON as Raw shows and Copy copies it (UTF-8 kept, never throws).
    static QString prettyJson(const nlohmann::json& value);

private:
    void buildToolbar();
    void buildPages();
    void showObject(const nlohmann::json& object);
    void showRows(const nlohmann::json& rows);
    void showText(const QString& text);
    void setContent(Content content);
    void updatePage();
    void copyJson();
    QString cellText(const nlohmann::json& value, const nlohmann::json& schema) const;
    const nlohmann::json& propertySchema(const nlohmann::json& objectSchema,
                                         const std::string& key) const;
    QString titleFor(const nlohmann::json& objectSchema, const std::string& key) const;
    std::vector<std::string> orderedKeys(const nlohmann::json& objectSchema,
                                         const std::vector<const nlohmann::json*>& objects) const;

    nlohmann::json m_schema;
    nlohmann::json m_result;
    Content m_content = Content::Empty;
    QToolButton* m_rawToggle = nullptr;
    QToolButton* m_copy = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_text = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QWidget* m_errorPage = nullptr;
    ErrorBanner* m_error = nullptr;
    QLabel* m_errorDetails = nullptr;
    QStringList m_fieldErrors;
};

} // namespace croupier::ui
