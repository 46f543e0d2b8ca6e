#include "DateTimeField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimeZone>

namespace croupier::ui {
namespace {

const QString kWireDateTime = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
const QString kWireDate = QStringLiteral("yyyy-MM-dd");

// Now in UTC, to the minute: what an unset editor shows.
QDateTime nowUtc() {
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    return now;
}

} // namespace

DateTimeField::DateTimeField(FieldSpec spec, bool withTime)
    : SchemaField(std::move(spec))
    , m_withTime(withTime) {
    finishRow(buildEditorLine());
    watchEditor(m_edit, true);
    connect(m_setBox, &QCheckBox::clicked, this, [this](bool checked) {
        setSet(checked);
        noteEdited(true);
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        setSet(true);
        noteEdited(false);
    });
    renamed();
    setValue(nullptr);
}

QWidget* DateTimeField::buildEditorLine() {
    auto* line = new QWidget;
    auto* layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    m_setBox = new QCheckBox(line);
    m_setBox->setToolTip(tr("Send this value"));
    layout->addWidget(m_setBox);
    m_edit = m_withTime ? new QDateTimeEdit(line) : new QDateEdit(line);
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(m_withTime ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                        : QStringLiteral("yyyy-MM-dd"));
    m_edit->setDateTime(nowUtc());
    layout->addWidget(m_edit);
    if (m_withTime) {
        layout->addWidget(new QLabel(tr("UTC"), line));
    }
    layout->addStretch(1);
    return line;
}

void DateTimeField::setSet(bool set) {
    m_set = set;
    m_setBox->setChecked(set);
    QPalette palette;
    if (!set) {
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText));
    }
    m_edit->setPalette(palette);
}

QWidget* DateTimeField::editor() const {
    return m_edit;
}

std::optional<nlohmann::json> DateTimeField::value() const {
    if (!m_set) {
        return std::nullopt;
    }
    const QDateTime shown = m_edit->dateTime().toUTC();
    const QString text =
        m_withTime ? shown.toString(kWireDateTime) : shown.date().toString(kWireDate);
    return nlohmann::json(text.toStdString());
}

void DateTimeField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    const QSignalBlocker blocker(m_edit);
    const bool parsed = value != nullptr && value->is_string() &&
                        parseInto(QString::fromStdString(value->get<std::string>()));
    if (!parsed) {
        m_edit->setDateTime(nowUtc());
    }
    setSet(parsed);
}

bool DateTimeField::parseInto(const QString& text) {
    if (!m_withTime) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            m_edit->setDateTime(QDateTime(date, QTime(0, 0), Qt::UTC));
        }
        return date.isValid();
    }
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        return false;
    }
    if (when.timeSpec() == Qt::LocalTime) {
        when.setTimeSpec(Qt::UTC); // no offset written: read it as UTC, as it is shown
    }
    m_edit->setDateTime(when.toUTC());
    return true;
}

void DateTimeField::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
    m_setBox->setEnabled(!readOnly);
}

void DateTimeField::collectFocusChain(std::vector<QWidget*>& chain) const {
    chain.push_back(m_setBox);
    chain.push_back(m_edit);
}

void DateTimeField::renamed() {
    m_setBox->setObjectName(name() + QStringLiteral("SetCheckBox"));
    m_edit->setObjectName(
        name() + (m_withTime ? QStringLiteral("DateTimeEdit") : QStringLiteral("DateEdit")));
}

} // namespace croupier::ui
