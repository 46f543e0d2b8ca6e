#pragma once
// Creates the SchemaField for a schema node (SchemaNode's kindOf decides which) and the
// FieldSpecs of the root, of an object's properties and of an array's items. Stateless; GUI
// thread only. The caller owns the returned field.

#include "SchemaField.h"

#include <memory>
#include <string>

namespace croupier::ui {

class SchemaFieldFactory {
public:
    static std::unique_ptr<SchemaField> create(FieldSpec spec);

    // The form's root: an object (flat, no group box) — also for a schema without properties
    // (a function that takes no parameters), which would otherwise get a raw JSON editor.
    static std::unique_ptr<SchemaField> createRoot(const SchemaFieldContext& context);
    static FieldSpec rootSpec(const SchemaFieldContext& context);
    static FieldSpec propertySpec(const FieldSpec& parent, const std::string& key, bool required);
    // `index` numbers the pointer and name ("/tags/0", "tags_0").
    static FieldSpec itemSpec(const FieldSpec& parent, int index);
};

} // namespace croupier::ui
