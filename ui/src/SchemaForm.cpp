#include "croupier/ui/SchemaForm.h"

#include "SchemaErrorText.h"
#include "SchemaField.h"
#include "SchemaFieldFactory.h"

#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace croupier::ui {

SchemaForm::SchemaForm(QWidget* parent)
    : QWidget(parent) {
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_formErrorLabel = new QLabel(this);
    m_formErrorLabel->setObjectName(QStringLiteral("formErrorLabel"));
    m_formErrorLabel->setWordWrap(true);
    m_formErrorLabel->setTextFormat(Qt::PlainText);
    QPalette palette = m_formErrorLabel->palette();
    palette.setColor(QPalette::WindowText, SchemaErrorText::color(palette));
    m_formErrorLabel->setPalette(palette);
    m_formErrorLabel->hide();
    m_layout->addWidget(m_formErrorLabel);
    m_layout->addStretch(1);
}

SchemaForm::~SchemaForm() {
    m_root.reset(); // the fields point into m_context
}

void SchemaForm::setSchema(const nlohmann::json& schema,
                           std::shared_ptr<const core::Schema> compiled,
                           std::set<std::string> sensitive) {
    m_root.reset();
    m_fields.clear();
    m_byPointer.clear();
    m_context = std::make_unique<SchemaFieldContext>();
    m_context->root = schema;
    m_context->sensitive = std::move(sensitive);
    m_compiled = std::move(compiled);
    m_submitted = false;
    m_unmatchedErrors.clear();
    m_serverFormErrors.clear();
    updateFormErrorLabel();

    m_root = SchemaFieldFactory::createRoot(*m_context);
    m_root->row()->setEnabled(m_enabled);
    m_layout->insertWidget(1, m_root->row());
    m_root->row()->show(); // now, not on the next event loop pass as the layout would
    connect(m_root.get(), &SchemaField::edited, this, &SchemaForm::onEdited);
    connect(m_root.get(), &SchemaField::submitRequested, this, &SchemaForm::submitRequested);
    connect(m_root.get(), &SchemaField::structureChanged, this, [this] {
        rebuildIndex();
        updateTabOrder();
    });
    rebuildIndex();
    updateTabOrder();
}

void SchemaForm::setValue(const nlohmann::json& payload) {
    if (!m_root) {
        return;
    }
    m_root->setValue(&payload);
    rebuildIndex();
    updateTabOrder();
    clearErrors();
    emit valueChanged();
}

nlohmann::json SchemaForm::value() const {
    if (!m_root) {
        return nlohmann::json::object();
    }
    return m_root->value().value_or(nlohmann::json::object());
}

std::vector<core::Violation> SchemaForm::validateAll() {
    m_submitted = true;
    m_serverFormErrors.clear();
    for (SchemaField* field : m_fields) {
        field->clearErrors(); // a new submit: earlier server verdicts no longer apply
    }
    std::vector<core::Violation> violations = collectViolations();
    showViolations(violations);
    focusFirstError();
    return violations;
}

void SchemaForm::showServerErrors(const std::vector<core::Violation>& violations) {
    m_serverFormErrors.clear();
    for (const core::Violation& violation : violations) {
        SchemaField* field = fieldFor(violation.pointer);
        if (field != nullptr) {
            field->addServerError(messageFor(violation, field));
        } else {
            m_serverFormErrors.append(messageFor(violation, nullptr));
        }
    }
    updateFormErrorLabel();
    focusFirstError();
}

void SchemaForm::clearErrors() {
    m_submitted = false;
    for (SchemaField* field : m_fields) {
        field->clearErrors();
    }
    m_unmatchedErrors.clear();
    m_serverFormErrors.clear();
    updateFormErrorLabel();
}

QWidget* SchemaForm::editorFor(const QString& pointer) const {
    if (pointer.isEmpty()) {
        return m_root ? m_root->editor() : nullptr;
    }
    SchemaField* field = m_byPointer.value(pointer);
    return field != nullptr ? field->editor() : nullptr;
}

void SchemaForm::setFormEnabled(bool enabled) {
    m_enabled = enabled;
    if (m_root) {
        m_root->row()->setEnabled(enabled);
    }
}

bool SchemaForm::isFormEnabled() const {
    return m_enabled;
}

void SchemaForm::rebuildIndex() {
    m_fields.clear();
    m_byPointer.clear();
    m_root->forEachField([this](SchemaField& field) {
        if (&field != m_root.get()) {
            m_fields.push_back(&field);
            m_byPointer.insert(field.pointer(), &field);
        }
    });
}

void SchemaForm::updateTabOrder() {
    std::vector<QWidget*> chain;
    m_root->collectFocusChain(chain);
    for (std::size_t i = 1; i < chain.size(); ++i) {
        QWidget::setTabOrder(chain[i - 1], chain[i]);
    }
}

void SchemaForm::onEdited() {
    showViolations(collectViolations());
    emit valueChanged();
}

std::vector<core::Violation> SchemaForm::collectViolations() const {
    std::vector<core::Violation> violations;
    QSet<QString> local;
    for (const SchemaField* field : m_fields) {
        const QString error = field->localError();
        if (!error.isEmpty()) {
            violations.push_back({field->pointer().toStdString(), SchemaErrorText::kLocalKeyword,
                                  error.toStdString()});
            local.insert(field->pointer());
        }
    }
    if (m_compiled) {
        for (core::Violation& violation : m_compiled->validate(value())) {
            // An unparsable entry is left out of value(): the validator's "required" or
            // "type" for it would only repeat the local error.
            if (!local.contains(QString::fromStdString(violation.pointer))) {
                violations.push_back(std::move(violation));
            }
        }
    }
    return violations;
}

void SchemaForm::showViolations(const std::vector<core::Violation>& violations) {
    QHash<SchemaField*, QStringList> perField;
    m_unmatchedErrors.clear();
    for (const core::Violation& violation : violations) {
        SchemaField* field = fieldFor(violation.pointer);
        if (field != nullptr) {
            perField[field].append(messageFor(violation, field));
        } else {
            m_unmatchedErrors.append(messageFor(violation, nullptr));
        }
    }
    for (SchemaField* field : m_fields) {
        field->setValidationErrors(perField.value(field), m_submitted);
    }
    updateFormErrorLabel();
}

SchemaField* SchemaForm::fieldFor(const std::string& pointer) const {
    QString path = QString::fromStdString(pointer);
    if (SchemaField* exact = m_byPointer.value(path)) {
        return exact;
    }
    // Below a raw JSON editor (or a multi-select list) the pointer has no field of its own.
    for (qsizetype cut = path.lastIndexOf(QLatin1Char('/')); cut > 0;
         cut = path.lastIndexOf(QLatin1Char('/'))) {
        path.truncate(cut);
        SchemaField* ancestor = m_byPointer.value(path);
        if (ancestor != nullptr) {
            return ancestor->takesDescendantErrors() ? ancestor : nullptr;
        }
    }
    return nullptr;
}

QString SchemaForm::messageFor(const core::Violation& violation, const SchemaField* field) const {
    static const nlohmann::json kNoSchema = nlohmann::json::object();
    const QString pointer = QString::fromStdString(violation.pointer);
    QString text = SchemaErrorText::message(violation, field ? field->schema() : kNoSchema);
    if (field != nullptr && field->pointer() == pointer) {
        return text;
    }
    const QString where = field != nullptr ? pointer.mid(field->pointer().size() + 1) : pointer;
    return where.isEmpty() ? text : where + QStringLiteral(": ") + text;
}

void SchemaForm::updateFormErrorLabel() {
    QStringList lines = m_serverFormErrors;
    if (m_submitted) {
        for (const QString& line : m_unmatchedErrors) {
            if (!lines.contains(line)) {
                lines.append(line);
            }
        }
    }
    m_formErrorLabel->setText(lines.join(QLatin1Char('\n')));
    m_formErrorLabel->setVisible(!lines.isEmpty());
}

void SchemaForm::focusFirstError() {
    for (SchemaField* field : m_fields) {
        if (!field->shownErrors().isEmpty()) {
            field->editor()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace croupier::ui
