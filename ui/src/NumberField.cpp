#include "NumberField.h"

#include "SchemaNumberSpinBox.h"

#include <cmath>

namespace croupier::ui {

NumberField::NumberField(FieldSpec spec, bool integer)
    : SchemaField(std::move(spec))
    , m_integer(integer) {
    m_spin = new SchemaNumberSpinBox(integer);
    applyBounds();
    finishRow(m_spin);
    watchEditor(m_spin, true);
    connect(m_spin, &SchemaNumberSpinBox::numberEdited, this, [this] { noteEdited(false); });
    renamed();
    setValue(nullptr);
}

void NumberField::applyBounds() {
    const auto step = schema::numberOf(schema(), "multipleOf");
    const double nudge = m_integer ? 1 : step.value_or(0);
    auto minimum = schema::numberOf(schema(), "minimum");
    auto maximum = schema::numberOf(schema(), "maximum");
    if (const auto exclusive = schema::numberOf(schema(), "exclusiveMinimum")) {
        const double bound = m_integer ? std::floor(*exclusive) + nudge : *exclusive + nudge;
        minimum = minimum ? std::max(*minimum, bound) : bound;
    }
    if (const auto exclusive = schema::numberOf(schema(), "exclusiveMaximum")) {
        const double bound = m_integer ? std::ceil(*exclusive) - nudge : *exclusive - nudge;
        maximum = maximum ? std::min(*maximum, bound) : bound;
    }
    m_spin->setBounds(minimum, maximum);
    m_spin->setStep(step.value_or(1));
    QStringList hints;
    if (minimum && maximum) {
        hints
            << tr("From %1 to %2").arg(schema::numberText(*minimum), schema::numberText(*maximum));
    } else if (minimum) {
        hints << tr("At least %1").arg(schema::numberText(*minimum));
    } else if (maximum) {
        hints << tr("At most %1").arg(schema::numberText(*maximum));
    }
    if (step) {
        hints << tr("A multiple of %1").arg(schema::numberText(*step));
    }
    m_spin->setToolTip(hints.join(QStringLiteral("; ")));
}

QWidget* NumberField::editor() const {
    return m_spin;
}

std::optional<nlohmann::json> NumberField::value() const {
    return m_spin->number();
}

void NumberField::setValue(const nlohmann::json* value) {
    value = valueOrDefault(value);
    if (value == nullptr || value->is_null()) {
        m_spin->clear();
    } else {
        m_spin->setNumber(*value);
    }
}

void NumberField::setReadOnly(bool readOnly) {
    m_spin->setReadOnly(readOnly);
}

QString NumberField::localError() const {
    if (!m_spin->isEmpty() && !m_spin->number()) {
        return m_integer ? tr("Enter a whole number") : tr("Enter a number");
    }
    return SchemaField::localError();
}

void NumberField::renamed() {
    m_spin->setObjectName(name() + QStringLiteral("SpinBox"));
}

} // namespace croupier::ui
