#include "SchemaField.h"

#include "SchemaErrorText.h"
#include "SchemaFieldLabel.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace croupier::ui {
namespace {

constexpr const char* kSubmitOnEnter = "croupierSubmitOnEnter";
constexpr double kHelpFontScale = 0.9;

bool isEnterKey(const QKeyEvent& key) {
    const bool enter = key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter;
    return enter && (key.modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

} // namespace

SchemaField::SchemaField(FieldSpec spec)
    : m_spec(std::move(spec)) {}

SchemaField::~SchemaField() {
    delete m_label.data();
    delete m_row.data();
}

QString SchemaField::localError() const {
    if (m_spec.arrayItem && !value()) {
        return tr("Enter a value or remove this item");
    }
    return {};
}

const nlohmann::json* SchemaField::valueOrDefault(const nlohmann::json* value) const {
    if (value != nullptr) {
        return value;
    }
    const auto fallback = schema().find("default");
    return fallback != schema().end() ? &*fallback : nullptr;
}

void SchemaField::forEachField(const std::function<void(SchemaField&)>& visit) {
    visit(*this);
}

void SchemaField::collectFocusChain(std::vector<QWidget*>& chain) const {
    chain.push_back(editor());
}

void SchemaField::setTitle(const QString& title) {
    m_spec.title = title;
    if (m_label) {
        m_label->setText(title);
    }
}

void SchemaField::setPath(const QString& pointer, const QString& name) {
    m_spec.pointer = pointer;
    m_spec.name = name;
    if (m_label) {
        m_label->setObjectName(name + QStringLiteral("Label"));
    }
    if (m_row) {
        m_row->setObjectName(name + QStringLiteral("Row"));
    }
    if (m_helpLabel != nullptr) {
        m_helpLabel->setObjectName(name + QStringLiteral("HelpLabel"));
    }
    if (m_errorLabel != nullptr) {
        m_errorLabel->setObjectName(name + QStringLiteral("ErrorLabel"));
    }
    renamed();
}

void SchemaField::setValidationErrors(QStringList messages, bool formSubmitted) {
    const bool visible = formSubmitted || m_touched;
    if (messages == m_validationErrors && visible == m_errorsVisible) {
        return; // the common case while typing in another field
    }
    m_validationErrors = std::move(messages);
    m_errorsVisible = visible;
    updateErrorLabel();
}

void SchemaField::addServerError(const QString& message) {
    if (!m_serverErrors.contains(message)) {
        m_serverErrors.append(message);
    }
    updateErrorLabel();
}

void SchemaField::clearErrors() {
    m_validationErrors.clear();
    m_serverErrors.clear();
    m_edited = false;
    m_touched = false;
    m_errorsVisible = false;
    updateErrorLabel();
}

QStringList SchemaField::shownErrors() const {
    QStringList shown = m_serverErrors;
    if (m_errorsVisible || m_touched) {
        for (const QString& message : m_validationErrors) {
            if (!shown.contains(message)) {
                shown.append(message);
            }
        }
    }
    return shown;
}

void SchemaField::finishRow(QWidget* editorLine, bool withLabel) {
    m_row = new QWidget;
    m_row->setObjectName(m_spec.name + QStringLiteral("Row"));
    m_rowLayout = new QVBoxLayout(m_row);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(2);
    m_rowLayout->addWidget(editorLine);
    if (!m_spec.description.isEmpty()) {
        m_helpLabel = new QLabel(m_spec.description, m_row);
        m_helpLabel->setObjectName(m_spec.name + QStringLiteral("HelpLabel"));
        m_helpLabel->setWordWrap(true);
        m_helpLabel->setForegroundRole(QPalette::PlaceholderText);
        QFont small = m_helpLabel->font();
        small.setPointSizeF(small.pointSizeF() * kHelpFontScale);
        m_helpLabel->setFont(small);
        m_rowLayout->addWidget(m_helpLabel);
        const QString hint = editor()->toolTip();
        editor()->setToolTip(hint.isEmpty() ? m_spec.description
                                            : m_spec.description + QLatin1Char('\n') + hint);
    }
    if (withLabel && !m_spec.arrayItem) {
        m_label = new SchemaFieldLabel(m_spec.title, m_spec.required);
        m_label->setObjectName(m_spec.name + QStringLiteral("Label"));
        m_label->setBuddy(editor());
        m_label->setToolTip(m_spec.description);
    }
}

void SchemaField::watchEditor(QWidget* widget, bool singleLine) {
    widget->installEventFilter(this);
    widget->setProperty(kSubmitOnEnter, singleLine);
}

void SchemaField::noteEdited(bool discrete) {
    m_edited = true;
    if (discrete) {
        m_touched = true;
    }
    if (!m_serverErrors.isEmpty()) {
        m_serverErrors.clear(); // the user answered the server: its verdict is stale
        updateErrorLabel();
    }
    emit edited();
}

void SchemaField::adoptChild(SchemaField& child) {
    connect(&child, &SchemaField::edited, this, &SchemaField::edited);
    connect(&child, &SchemaField::submitRequested, this, &SchemaField::submitRequested);
    connect(&child, &SchemaField::structureChanged, this, &SchemaField::structureChanged);
}

bool SchemaField::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusOut) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        if (m_edited && !m_touched && reason != Qt::PopupFocusReason &&
            reason != Qt::ActiveWindowFocusReason) {
            m_touched = true;
            updateErrorLabel();
        }
    } else if (event->type() == QEvent::KeyPress && watched->property(kSubmitOnEnter).toBool() &&
               isEnterKey(*static_cast<QKeyEvent*>(event))) {
        emit submitRequested();
    }
    return QObject::eventFilter(watched, event);
}

void SchemaField::updateErrorLabel() {
    const QStringList shown = shownErrors();
    if (shown.isEmpty() && m_errorLabel == nullptr) {
        return;
    }
    if (m_errorLabel == nullptr) {
        m_errorLabel = new QLabel(m_row);
        m_errorLabel->setObjectName(m_spec.name + QStringLiteral("ErrorLabel"));
        m_errorLabel->setWordWrap(true);
        m_errorLabel->setTextFormat(Qt::PlainText);
        QPalette palette = m_errorLabel->palette();
        palette.setColor(QPalette::WindowText, SchemaErrorText::color(palette));
        m_errorLabel->setPalette(palette);
        m_rowLayout->insertWidget(1, m_errorLabel);
    }
    m_errorLabel->setText(shown.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!shown.isEmpty());
}

} // namespace croupier::ui
