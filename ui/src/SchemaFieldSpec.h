#pragma once
// What the form builder knows when it creates one field: the shared facts of the whole form
// (SchemaFieldContext, owned by SchemaForm and outliving every field) and the field's own place
// (FieldSpec, copied into the field). Plain values, GUI thread only.

#include "SchemaNode.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace croupier::ui {

struct SchemaFieldContext {
    nlohmann::json root;             // the whole `params` schema; specs point into it
    std::set<std::string> sensitive; // JSON pointers of sensitive params, "*" = any item

    bool isSensitive(const QString& pointer) const {
        for (const std::string& pattern : sensitive) {
            if (schema::pointerMatches(pattern, pointer)) {
                return true;
            }
        }
        return false;
    }
};

struct FieldSpec {
    const SchemaFieldContext* context = nullptr;
    const nlohmann::json* schema = nullptr; // resolved node inside context->root (never null)
    QString pointer;                        // "/items/0/count"; "" for the root
    QString name;                           // "items_0_count": prefix of every object name
    QString title;                          // label text: title, else the property name
    QString description;                    // help line and tooltip; may be empty
    bool required = false;
    bool arrayItem = false; // an element of an array: has no label, never left out
    int depth = 0;
};

} // namespace croupier::ui
