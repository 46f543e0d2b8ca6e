#include "croupier/ui/AuditFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace croupier::ui {
namespace {

// The value a range edit holds while its box is unticked; shown as "any".
const QDateTime kAny(QDate(2000, 1, 1), QTime(0, 0));

QString text(const QLineEdit* edit) {
    return edit->text().trimmed();
}
QString text(const QComboBox* combo) {
    return combo->currentText().trimmed();
}

} // namespace

AuditFilterBar::AuditFilterBar(QWidget* parent)
    : QWidget(parent) {
    m_actor = addLineEdit("actorLineEdit", tr("any user, agent or system"));
    m_action =
        addCombo("actionComboBox", tr("any action"),
                 {QStringLiteral("auth."), QStringLiteral("function."), QStringLiteral("job."),
                  QStringLiteral("approval."), QStringLiteral("assignment."),
                  QStringLiteral("agent."), QStringLiteral("user.")});
    m_action->setToolTip(tr("An exact action such as auth.login, or a prefix ending in a dot "
                            "such as approval."));
    m_function = addLineEdit("functionLineEdit", tr("any function"));
    m_game = addLineEdit("gameLineEdit", tr("any game"));
    m_env = addLineEdit("envLineEdit", tr("any env"));
    m_outcome = addCombo("outcomeComboBox", tr("any outcome"),
                         {QStringLiteral("ok"), QStringLiteral("denied"),
                          QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("PERMISSION_DENIED"),
                          QStringLiteral("NOT_FOUND"), QStringLiteral("FAILED_PRECONDITION"),
                          QStringLiteral("UNAVAILABLE"), QStringLiteral("DEADLINE_EXCEEDED"),
                          QStringLiteral("RESOURCE_EXHAUSTED"), QStringLiteral("INTERNAL")});
    m_fromOn = new QCheckBox(tr("F&rom"), this);
    m_fromOn->setObjectName(QStringLiteral("fromCheckBox"));
    m_from = addDateTime("fromDateTimeEdit", m_fromOn, false);
    m_toOn = new QCheckBox(tr("&Until"), this);
    m_toOn->setObjectName(QStringLiteral("toCheckBox"));
    m_to = addDateTime("toDateTimeEdit", m_toOn, true);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("clearFiltersPushButton"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("applyFiltersPushButton"));
    m_apply->setToolTip(tr("Apply the filters (Enter)"));
    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clear();
        emit applyRequested();
    });
    buildLayout();
}

QLineEdit* AuditFilterBar::addLineEdit(const char* name, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    return edit;
}

QComboBox* AuditFilterBar::addCombo(const char* name, const QString& placeholder,
                                    const QStringList& items) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(items);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->lineEdit()->setClearButtonEnabled(true);
    combo->setMinimumContentsLength(12);
    connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    return combo;
}

QDateTimeEdit* AuditFilterBar::addDateTime(const char* name, QCheckBox* toggle, bool endOfDay) {
    auto* edit = new QDateTimeEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(kAny);
    edit->setSpecialValueText(tr("any"));
    edit->setDateTime(kAny);
    edit->setEnabled(false);
    edit->installEventFilter(this);
    toggle->installEventFilter(this);
    connect(toggle, &QCheckBox::toggled, this, [edit, endOfDay](bool on) {
        edit->setEnabled(on);
        if (!on) {
            edit->setDateTime(kAny);
        } else if (edit->dateTime() == kAny) {
            const QDate today = QDate::currentDate();
            edit->setDateTime(QDateTime(endOfDay ? today.addDays(1) : today, QTime(0, 0)));
        }
    });
    return edit;
}

void AuditFilterBar::buildLayout() {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto label = [this, grid](const QString& text, QWidget* buddy, int row, int column) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        grid->addWidget(l, row, column);
        grid->addWidget(buddy, row, column + 1);
    };
    label(tr("A&ctor:"), m_actor, 0, 0);
    label(tr("Ac&tion:"), m_action, 0, 2);
    label(tr("F&unction:"), m_function, 0, 4);
    label(tr("&Game:"), m_game, 1, 0);
    label(tr("E&nv:"), m_env, 1, 2);
    label(tr("&Outcome:"), m_outcome, 1, 4);
    grid->addWidget(m_fromOn, 2, 0);
    grid->addWidget(m_from, 2, 1);
    grid->addWidget(m_toOn, 2, 2);
    grid->addWidget(m_to, 2, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_apply);
    grid->addLayout(buttons, 2, 4, 1, 2);
    for (int column : {1, 3, 5}) {
        grid->setColumnStretch(column, 1);
    }
    setTabOrder(m_actor, m_action);
    setTabOrder(m_action, m_function);
    setTabOrder(m_function, m_game);
    setTabOrder(m_game, m_env);
    setTabOrder(m_env, m_outcome);
    setTabOrder(m_outcome, m_fromOn);
    setTabOrder(m_fromOn, m_from);
    setTabOrder(m_from, m_toOn);
    setTabOrder(m_toOn, m_to);
    setTabOrder(m_to, m_clear);
    setTabOrder(m_clear, m_apply);
}

bool AuditFilterBar::eventFilter(QObject* watched, QEvent* event) {
    // Date edits and check boxes do nothing with Enter: there it applies, as in the text fields.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit applyRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

client::AuditQuery AuditFilterBar::query() const {
    client::AuditQuery q;
    q.actor = text(m_actor);
    q.action = text(m_action);
    q.functionId = text(m_function);
    q.gameId = text(m_game);
    q.env = text(m_env);
    q.outcome = text(m_outcome);
    q.fromMs = m_fromOn->isChecked() ? m_from->dateTime().toMSecsSinceEpoch() : 0;
    q.toMs = m_toOn->isChecked() ? m_to->dateTime().toMSecsSinceEpoch() : 0;
    return q;
}

void AuditFilterBar::setQuery(const client::AuditQuery& q) {
    m_actor->setText(q.actor);
    m_action->setEditText(q.action);
    m_function->setText(q.functionId);
    m_game->setText(q.gameId);
    m_env->setText(q.env);
    m_outcome->setEditText(q.outcome);
    m_fromOn->setChecked(q.fromMs > 0);
    if (q.fromMs > 0) {
        m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(q.fromMs));
    }
    m_toOn->setChecked(q.toMs > 0);
    if (q.toMs > 0) {
        m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(q.toMs));
    }
}

void AuditFilterBar::clear() {
    setQuery({});
}

QString AuditFilterBar::problem() const {
    const client::AuditQuery q = query();
    if (q.fromMs > 0 && q.toMs > 0 && q.fromMs >= q.toMs) {
        return tr("The start of the time range must be earlier than its end.");
    }
    return {};
}

} // namespace croupier::ui
