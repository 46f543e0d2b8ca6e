#pragma once
// The form for a function's `params` JSON Schema: one editor per field (line edits, spin boxes,
// combo boxes, check boxes, date editors, groups for objects, lists for arrays, a raw JSON
// editor for what it cannot render), built from the schema and producing exactly the JSON the
// schema describes — integers as integers, optional fields left empty omitted. Validation uses
// core::Schema, the validator the server uses. Errors show inline under each field ("<field>
// ErrorLabel") once the field was edited and left, or after validateAll() — never on load —
// and clear as soon as they are fixed. Server errors are pinned by JSON pointer.
// Object names: "<name><Type>" where <name> is the property path joined by '_'
// ("player_idLineEdit", "items_0_countSpinBox").
// GUI thread only. The form owns its editors; the caller owns the form (Qt parent).

#include "croupier/core/Schema.h"

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace croupier::ui {

class SchemaField;
struct SchemaFieldContext;

class SchemaForm : public QWidget {
    Q_OBJECT

public:
    explicit SchemaForm(QWidget* parent = nullptr);
    ~SchemaForm() override;

    // Builds the editors for `schema` (showing its defaults), replacing any previous form.
    // `compiled` is the same schema compiled by core (null: only the form's own input checks
    // run). `sensitive` = JSON pointers of sensitive params (core::Descriptor::
    // sensitivePointers(), "*" matching any array item): those strings are masked with a
    // Show toggle, like `format: password`.
    void setSchema(const nlohmann::json& schema, std::shared_ptr<const core::Schema> compiled,
                   std::set<std::string> sensitive = {});
    // Prefills the editors (re-running a job): keys missing from `payload` show their default
    // or stay empty. Clears every error and the touched state.
    void setValue(const nlohmann::json& payload);
    // The payload as the schema describes it; {} before setSchema().
    nlohmann::json value() const;

    // On submit: validates with core::Schema plus the form's own input checks, shows every error
    // inline (from now on errors show without waiting for touch), focuses the first field in
    // error, and returns the violations (empty = valid).
    std::vector<core::Violation> validateAll();
    // A server INVALID_ARGUMENT: each violation is pinned to the field its pointer names (until
    // the user edits that field); pointers that name no field show in the form-level label
    // ("formErrorLabel").
    void showServerErrors(const std::vector<core::Violation>& violations);
    // Hides every error and forgets which fields were touched.
    void clearErrors();

    // The editor widget of the field at `pointer` ("/player_id", "/items/0/count"), or null.
    QWidget* editorFor(const QString& pointer) const;
    void setFormEnabled(bool enabled);
    bool isFormEnabled() const;

signals:
    void valueChanged();    // the user edited a field (or setValue() ran)
    void submitRequested(); // Enter pressed in a single-line editor

private:
    void rebuildIndex();
    void updateTabOrder();
    void onEdited();
    std::vector<core::Violation> collectViolations() const;
    // Hands each violation to its field (shown there if touched or submitted); the rest go to
    // the form label once submitted.
    void showViolations(const std::vector<core::Violation>& violations);
    SchemaField* fieldFor(const std::string& pointer) const;
    QString messageFor(const core::Violation& violation, const SchemaField* field) const;
    void updateFormErrorLabel();
    void focusFirstError();

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_formErrorLabel = nullptr;
    std::unique_ptr<SchemaFieldContext> m_context; // outlives m_root (declared first)
    std::unique_ptr<SchemaField> m_root;
    std::shared_ptr<const core::Schema> m_compiled;
    std::vector<SchemaField*> m_fields;       // every field but the root, display order
    QHash<QString, SchemaField*> m_byPointer; // the same, by JSON pointer
    QStringList m_unmatchedErrors;            // validation errors that name no field
    QStringList m_serverFormErrors;           // server errors that name no field
    bool m_submitted = false;                 // validateAll() ran: errors show untouched
    bool m_enabled = true;
};

} // namespace croupier::ui
