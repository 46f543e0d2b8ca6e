#include "SchemaErrorText.h"

#include "SchemaNode.h"

namespace croupier::ui {

QString SchemaErrorText::message(const core::Violation& violation,
                                 const nlohmann::json& fieldSchema) {
    const std::string& keyword = violation.keyword;
    QString text;
    if (keyword == kLocalKeyword) {
        return QString::fromStdString(violation.message);
    }
    if (keyword == "required") {
        text = tr("Required");
    } else if (keyword == "format") {
        text = formatMessage(fieldSchema);
    } else if (keyword == "pattern") {
        text = tr("Does not match the expected pattern %1")
                   .arg(schema::textOf(fieldSchema, "pattern"));
    } else if (keyword == "uniqueItems") {
        text = tr("Each item may appear only once");
    } else if (keyword == "enum" || keyword == "const" || keyword == "oneOf") {
        text = schema::isEnumLike(fieldSchema) ? tr("Choose one of the allowed values") : QString();
    } else if (keyword == "type") {
        text = tr("Has the wrong type");
    } else {
        text = boundMessage(keyword, fieldSchema);
    }
    return text.isEmpty() ? QString::fromStdString(violation.message) : text;
}

QColor SchemaErrorText::color(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xef, 0x53, 0x50)
                                                             : QColor(0xc6, 0x28, 0x28);
}

QString SchemaErrorText::boundMessage(const std::string& keyword,
                                      const nlohmann::json& fieldSchema) {
    const auto bound = schema::numberOf(fieldSchema, keyword.c_str());
    if (!bound) {
        return {}; // the keyword sits elsewhere (allOf, ...): keep the validator's text
    }
    const QString number = schema::numberText(*bound);
    const int count = static_cast<int>(*bound);
    if (keyword == "minimum") {
        return tr("Must be at least %1").arg(number);
    }
    if (keyword == "maximum") {
        return tr("Must be at most %1").arg(number);
    }
    if (keyword == "exclusiveMinimum") {
        return tr("Must be greater than %1").arg(number);
    }
    if (keyword == "exclusiveMaximum") {
        return tr("Must be less than %1").arg(number);
    }
    if (keyword == "multipleOf") {
        return tr("Must be a multiple of %1").arg(number);
    }
    if (keyword == "minLength") {
        return tr("Must be at least %n character(s)", nullptr, count);
    }
    if (keyword == "maxLength") {
        return tr("Must be at most %n character(s)", nullptr, count);
    }
    if (keyword == "minItems") {
        return tr("Needs at least %n item(s)", nullptr, count);
    }
    if (keyword == "maxItems") {
        return tr("Allows at most %n item(s)", nullptr, count);
    }
    return {};
}

QString SchemaErrorText::formatMessage(const nlohmann::json& fieldSchema) {
    const QString format = schema::textOf(fieldSchema, "format");
    if (format == QLatin1String("email")) {
        return tr("Must be an email address such as name@example.com");
    }
    if (format == QLatin1String("uri")) {
        return tr("Must be a full address such as https://example.com/");
    }
    if (format == QLatin1String("date-time")) {
        return tr("Must be a date and time");
    }
    if (format == QLatin1String("date")) {
        return tr("Must be a date (YYYY-MM-DD)");
    }
    return {};
}

} // namespace croupier::ui
