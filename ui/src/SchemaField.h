#pragma once
// One field of a SchemaForm: the editor(s) for one schema node, its label, help line and inline
// error label, the value it contributes to the payload, and its "touched" state (errors show
// once the user edited the field and left it, or after a submit — never on load).
// Subclasses build the editors (StringField, NumberField, ObjectField, ...); containers own their
// children (unique_ptr). Widgets are owned by Qt parents, but a field deletes its own label and
// row when it is destroyed, so an array can drop an item by dropping its field.
// GUI thread only.

#include "SchemaFieldSpec.h"

#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

class QVBoxLayout;
class QWidget;

namespace croupier::ui {

class SchemaField : public QObject {
    Q_OBJECT

public:
    explicit SchemaField(FieldSpec spec);
    ~SchemaField() override;
    SchemaField(const SchemaField&) = delete;
    SchemaField& operator=(const SchemaField&) = delete;

    const QString& pointer() const { return m_spec.pointer; }
    const QString& name() const { return m_spec.name; }
    const nlohmann::json& schema() const { return *m_spec.schema; }
    bool isRequired() const { return m_spec.required; }
    bool isArrayItem() const { return m_spec.arrayItem; }

    QLabel* label() const { return m_label; } // left-column label; null for groups and items
    QWidget* row() const { return m_row; }    // editors + error + help, placed by the parent

    virtual QWidget* editor() const = 0; // the widget that takes focus
    // The JSON this field contributes; nullopt = leave the key out.
    virtual std::optional<nlohmann::json> value() const = 0;
    // Shows `value`; null shows the schema default, or empty when there is none.
    virtual void setValue(const nlohmann::json* value) = 0;
    virtual void setReadOnly(bool readOnly) = 0;
    // An input problem the schema validator cannot see ("not a number", "not valid JSON").
    virtual QString localError() const;
    // Raw JSON editors take errors of pointers below their own.
    virtual bool takesDescendantErrors() const { return false; }
    // Visits this field, then its descendants in display order.
    virtual void forEachField(const std::function<void(SchemaField&)>& visit);
    // Appends the focusable widgets of this field (and descendants) in tab order.
    virtual void collectFocusChain(std::vector<QWidget*>& chain) const;
    virtual void setTitle(const QString& title);

    // Moves the field to a new place (array reorder): renames every widget.
    void setPath(const QString& pointer, const QString& name);

    // Errors: validation ones are recomputed on every change and shown only when touched or
    // after a submit; server ones show at once and go when the user edits the field.
    void setValidationErrors(QStringList messages, bool formSubmitted);
    void addServerError(const QString& message);
    void clearErrors(); // both kinds, and forgets "touched"
    bool isTouched() const { return m_touched; }
    QStringList shownErrors() const;

signals:
    void edited();           // the user changed the value here or below
    void submitRequested();  // Enter in a single-line editor
    void structureChanged(); // fields were added, removed or moved below this one

protected:
    const FieldSpec& spec() const { return m_spec; }
    // `value`, or the schema's default when `value` is null; null when neither.
    const nlohmann::json* valueOrDefault(const nlohmann::json* value) const;
    // Builds the label (unless `withLabel` is false) and the row around `editorLine`.
    void finishRow(QWidget* editorLine, bool withLabel = true);
    // Watches `widget` for focus-out (touched) and, when single-line, for Enter (submit).
    void watchEditor(QWidget* widget, bool singleLine);
    // Call from the editors' user-edit signals. `discrete` edits (a click, a choice) count as
    // touched at once; typing counts once the focus leaves.
    void noteEdited(bool discrete);
    void adoptChild(SchemaField& child); // forwards a child's signals
    virtual void renamed() = 0;          // re-applies object names after setPath()
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateErrorLabel();

    FieldSpec m_spec;
    QPointer<QLabel> m_label;
    QPointer<QWidget> m_row;
    QVBoxLayout* m_rowLayout = nullptr;
    QLabel* m_helpLabel = nullptr;
    QLabel* m_errorLabel = nullptr; // created on the first error
    QStringList m_validationErrors;
    QStringList m_serverErrors;
    bool m_edited = false;
    bool m_touched = false;
    bool m_errorsVisible = false;
};

} // namespace croupier::ui
