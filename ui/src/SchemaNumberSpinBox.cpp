#include "SchemaNumberSpinBox.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleOptionSpinBox>
#include <QWheelEvent>
#include <charconv>
#include <cmath>
#include <limits>

namespace croupier::ui {
namespace {

const QRegularExpression& integerShape() {
    static const QRegularExpression kShape(QStringLiteral("^[+-]?\\d*$"));
    return kShape;
}

const QRegularExpression& numberShape() {
    static const QRegularExpression kShape(QStringLiteral("^[+-]?\\d*(\\.\\d*)?([eE][+-]?\\d*)?$"));
    return kShape;
}

std::optional<qint64> parseInteger(const QString& text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<double> parseDouble(const QString& text) {
    bool ok = false;
    const double value = text.toDouble(&ok); // QString::toDouble is locale-independent ('.')
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// Width of an unbounded box, and the least width of a bounded one, in digits.
constexpr int kUnboundedDigits = 12;
constexpr int kMinimumDigits = 6;

// Largest magnitude where every integer is exact in a double.
constexpr double kExactIntegerLimit = 9007199254740992.0;

} // namespace

SchemaNumberSpinBox::SchemaNumberSpinBox(bool integer, QWidget* parent)
    : QAbstractSpinBox(parent)
    , m_integer(integer) {
    setFocusPolicy(Qt::StrongFocus);
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    connect(lineEdit(), &QLineEdit::textEdited, this, &SchemaNumberSpinBox::numberEdited);
}

void SchemaNumberSpinBox::setBounds(std::optional<double> minimum, std::optional<double> maximum) {
    m_minimum = minimum;
    m_maximum = maximum;
}

void SchemaNumberSpinBox::setStep(double step) {
    m_step = step > 0 ? step : 1;
}

std::optional<nlohmann::json> SchemaNumberSpinBox::number() const {
    const QString text = lineEdit()->text().trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    if (integerShape().match(text).hasMatch()) {
        if (const auto value = parseInteger(text)) {
            return nlohmann::json(*value);
        }
        return std::nullopt; // beyond int64
    }
    if (m_integer || !numberShape().match(text).hasMatch()) {
        return std::nullopt;
    }
    const auto value = parseDouble(text);
    return value ? std::optional<nlohmann::json>(*value) : std::nullopt;
}

bool SchemaNumberSpinBox::isEmpty() const {
    return lineEdit()->text().trimmed().isEmpty();
}

void SchemaNumberSpinBox::setNumber(const nlohmann::json& value) {
    if (value.is_number_integer()) {
        lineEdit()->setText(value.is_number_unsigned()
                                ? QString::number(value.get<std::uint64_t>())
                                : QString::number(value.get<std::int64_t>()));
    } else if (value.is_number()) {
        lineEdit()->setText(format(value.get<double>()));
    } else {
        lineEdit()->setText(value.is_string() ? QString::fromStdString(value.get<std::string>())
                                              : QString::fromStdString(value.dump()));
    }
}

void SchemaNumberSpinBox::clear() {
    lineEdit()->clear();
}

QSize SchemaNumberSpinBox::sizeHint() const {
    QString widest(m_minimum && m_maximum ? kMinimumDigits : kUnboundedDigits, QLatin1Char('0'));
    for (const auto& bound : {m_minimum, m_maximum}) {
        if (bound && format(*bound).size() > widest.size()) {
            widest = format(*bound);
        }
    }
    return sizeForText(widest);
}

QSize SchemaNumberSpinBox::minimumSizeHint() const {
    return sizeForText(QString(kMinimumDigits, QLatin1Char('0')));
}

// Like QSpinBox::sizeHint(): room for `widest` and the cursor, plus the style's buttons/frame.
QSize SchemaNumberSpinBox::sizeForText(const QString& widest) const {
    ensurePolished();
    const int width = fontMetrics().horizontalAdvance(widest) + 2;
    QStyleOptionSpinBox option;
    initStyleOption(&option);
    const QSize content(width, lineEdit()->sizeHint().height());
    return style()->sizeFromContents(QStyle::CT_SpinBox, &option, content, this);
}

QValidator::State SchemaNumberSpinBox::validate(QString& input, int& /*pos*/) const {
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return QValidator::Acceptable;
    }
    const bool shaped = integerShape().match(text).hasMatch() ||
                        (!m_integer && numberShape().match(text).hasMatch());
    if (!shaped) {
        return QValidator::Invalid;
    }
    return parseDouble(text) ? QValidator::Acceptable : QValidator::Intermediate;
}

void SchemaNumberSpinBox::stepBy(int steps) {
    const auto current = number();
    const double start = current ? current->get<double>() : clamp(0);
    if (!current) {
        steps = 0; // the first step from empty shows the nearest allowed value
    }
    const double next = clamp(start + steps * m_step);
    lineEdit()->setText(format(next));
    lineEdit()->selectAll();
    emit numberEdited();
}

QAbstractSpinBox::StepEnabled SchemaNumberSpinBox::stepEnabled() const {
    if (isReadOnly()) {
        return StepNone;
    }
    const auto current = number();
    if (!current) {
        return StepUpEnabled | StepDownEnabled;
    }
    const double value = current->get<double>();
    StepEnabled enabled = StepNone;
    if (!m_maximum || value < *m_maximum) {
        enabled |= StepUpEnabled;
    }
    if (!m_minimum || value > *m_minimum) {
        enabled |= StepDownEnabled;
    }
    return enabled;
}

void SchemaNumberSpinBox::wheelEvent(QWheelEvent* event) {
    if (!hasFocus()) {
        event->ignore(); // let the scroll area scroll
        return;
    }
    QAbstractSpinBox::wheelEvent(event);
}

double SchemaNumberSpinBox::clamp(double value) const {
    if (m_minimum && value < *m_minimum) {
        value = *m_minimum;
    }
    if (m_maximum && value > *m_maximum) {
        value = *m_maximum;
    }
    return value;
}

QString SchemaNumberSpinBox::format(double value) const {
    if (std::floor(value) == value && std::fabs(value) < kExactIntegerLimit) {
        return QString::number(static_cast<qint64>(value));
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

} // namespace croupier::ui
