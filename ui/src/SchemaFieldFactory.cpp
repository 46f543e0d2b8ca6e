#include "SchemaFieldFactory.h"

#include "ArrayField.h"
#include "BooleanField.h"
#include "DateTimeField.h"
#include "EnumField.h"
#include "MultiSelectField.h"
#include "NumberField.h"
#include "ObjectField.h"
#include "RawJsonField.h"
#include "StringField.h"
#include "TextField.h"

namespace croupier::ui {
namespace {

using schema::FieldKind;

bool isMasked(const FieldSpec& spec) {
    return schema::textOf(*spec.schema, "format") == QLatin1String("password") ||
           schema::flagOf(*spec.schema, "writeOnly") || spec.context->isSensitive(spec.pointer);
}

// `node` is the schema as written (maybe a "$ref" with its own title); the spec gets the
// resolved node, and texts from the written node first.
FieldSpec specFor(const FieldSpec& parent, const nlohmann::json& node, QString pointer,
                  QString name, QString fallbackTitle) {
    FieldSpec spec;
    spec.context = parent.context;
    spec.schema = &schema::resolve(parent.context->root, node);
    spec.pointer = std::move(pointer);
    spec.name = std::move(name);
    spec.depth = parent.depth + 1;
    for (const nlohmann::json* source : {&node, spec.schema}) {
        if (spec.title.isEmpty()) {
            spec.title = schema::textOf(*source, "title");
        }
        if (spec.description.isEmpty()) {
            spec.description = schema::textOf(*source, "description");
        }
    }
    if (spec.title.isEmpty()) {
        spec.title = std::move(fallbackTitle);
    }
    return spec;
}

std::unique_ptr<SchemaField> createByKind(FieldSpec spec, FieldKind kind) {
    switch (kind) {
    case FieldKind::String:
        return std::make_unique<StringField>(spec, isMasked(spec));
    case FieldKind::Text:
        if (isMasked(spec)) {
            return std::make_unique<StringField>(std::move(spec), true);
        }
        return std::make_unique<TextField>(std::move(spec));
    case FieldKind::Integer:
    case FieldKind::Number:
        return std::make_unique<NumberField>(std::move(spec), kind == FieldKind::Integer);
    case FieldKind::Boolean:
        return std::make_unique<BooleanField>(std::move(spec));
    case FieldKind::Enum:
        return std::make_unique<EnumField>(std::move(spec));
    case FieldKind::DateTime:
    case FieldKind::Date:
        return std::make_unique<DateTimeField>(std::move(spec), kind == FieldKind::DateTime);
    case FieldKind::Object:
        return std::make_unique<ObjectField>(std::move(spec));
    case FieldKind::Array:
        return std::make_unique<ArrayField>(std::move(spec));
    case FieldKind::MultiSelect:
        return std::make_unique<MultiSelectField>(std::move(spec));
    case FieldKind::Raw:
        break;
    }
    return std::make_unique<RawJsonField>(std::move(spec));
}

} // namespace

std::unique_ptr<SchemaField> SchemaFieldFactory::create(FieldSpec spec) {
    const FieldKind kind = schema::kindOf(spec.context->root, *spec.schema, spec.depth);
    auto field = createByKind(std::move(spec), kind);
    if (schema::flagOf(field->schema(), "readOnly")) {
        field->setReadOnly(true);
    }
    return field;
}

std::unique_ptr<SchemaField> SchemaFieldFactory::createRoot(const SchemaFieldContext& context) {
    FieldSpec spec = rootSpec(context);
    const std::string type = schema::primaryType(*spec.schema);
    if (spec.schema->is_object() && (type.empty() || type == "object") &&
        schema::kindOf(context.root, *spec.schema, 0) == FieldKind::Raw) {
        return std::make_unique<ObjectField>(std::move(spec));
    }
    return create(std::move(spec));
}

FieldSpec SchemaFieldFactory::rootSpec(const SchemaFieldContext& context) {
    FieldSpec spec;
    spec.context = &context;
    spec.schema = &schema::resolve(context.root, context.root);
    spec.required = true;
    return spec;
}

FieldSpec SchemaFieldFactory::propertySpec(const FieldSpec& parent, const std::string& key,
                                           bool required) {
    const QString token = QString::fromStdString(key);
    const nlohmann::json& node = (*parent.schema)["properties"][key];
    FieldSpec spec = specFor(parent, node, schema::childPointer(parent.pointer, token),
                             schema::childName(parent.name, token), token);
    spec.required = required;
    return spec;
}

FieldSpec SchemaFieldFactory::itemSpec(const FieldSpec& parent, int index) {
    const QString token = QString::number(index);
    const nlohmann::json& node = (*parent.schema)["items"];
    FieldSpec spec = specFor(parent, node, schema::childPointer(parent.pointer, token),
                             schema::childName(parent.name, token), QString());
    spec.arrayItem = true;
    spec.required = true;
    return spec;
}

} // namespace croupier::ui
