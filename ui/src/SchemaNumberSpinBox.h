#pragma once
// A spin box for JSON numbers that can also be empty ("not set"), unlike QSpinBox, and holds the
// whole int64 range. The text is the value: empty = unset; "24" in integer mode is the JSON
// integer 24; in number mode "1.5" is 1.5 and "2" stays the integer 2. Out-of-range values are
// allowed to be typed (the form shows the error inline); the arrows step by `multipleOf` (or 1)
// and stay inside the bounds. The wheel only steps when the box has focus, so scrolling a long
// form does not change values. GUI thread only.

#include <QAbstractSpinBox>
#include <nlohmann/json.hpp>
#include <optional>

namespace croupier::ui {

class SchemaNumberSpinBox : public QAbstractSpinBox {
    Q_OBJECT

public:
    explicit SchemaNumberSpinBox(bool integer, QWidget* parent = nullptr);

    // Inclusive bounds for stepping; exclusive schema bounds are converted by the caller.
    void setBounds(std::optional<double> minimum, std::optional<double> maximum);
    void setStep(double step);

    // The typed number, or nullopt when the box is empty or does not hold a number.
    std::optional<nlohmann::json> number() const;
    bool isEmpty() const;
    // Shows a JSON number; any other JSON shows as text (and number() is then nullopt).
    void setNumber(const nlohmann::json& value);
    void clear() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    QValidator::State validate(QString& input, int& pos) const override;
    void stepBy(int steps) override;

signals:
    void numberEdited(); // typed or stepped by the user

protected:
    StepEnabled stepEnabled() const override;
    void wheelEvent(QWheelEvent* event) override;

private:
    double clamp(double value) const;
    QSize sizeForText(const QString& widest) const;
    QString format(double value) const;

    bool m_integer;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
    double m_step = 1;
};

} // namespace croupier::ui
