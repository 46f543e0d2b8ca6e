#pragma once
// Read-only questions the form builder asks of one JSON Schema node: which editor it gets, its
// label texts, numeric bounds, enum options, property order, local "$ref" resolution, and the
// JSON-pointer / object-name paths of fields. Pure functions on nlohmann::json (no widgets);
// called on the GUI thread while a SchemaForm is built. Unknown keywords are ignored here.

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace croupier::ui::schema {

// The editor a schema node renders as.
enum class FieldKind {
    String,      // QLineEdit (email, uri, password and plain strings)
    Text,        // QPlainTextEdit: maxLength > 200, format "textarea" or x-multiline
    Integer,     // SchemaNumberSpinBox, JSON integers
    Number,      // SchemaNumberSpinBox, JSON numbers
    Boolean,     // QCheckBox
    Enum,        // QComboBox: enum, const, or oneOf/anyOf of const (+ title)
    DateTime,    // QDateTimeEdit, ISO 8601 UTC out
    Date,        // QDateEdit, yyyy-MM-dd out
    Object,      // group of child fields
    Array,       // list of item fields with add / remove / move
    MultiSelect, // uniqueItems array of an enum: checkable list
    Raw,         // anything else: a JSON text editor
};

// One choice of an enum-like node.
struct EnumOption {
    nlohmann::json value;
    QString label;       // title, enumNames entry, or the value's text
    QString description; // tooltip, may be empty
};

// Past this nesting depth a node renders as a raw JSON editor (recursive schemas).
inline constexpr int kMaxFieldDepth = 16;

// Follows local "$ref"s ("#/definitions/x") against `root`; returns the node itself when it has
// none, and an empty object for refs that cannot be resolved (cycles, remote refs).
const nlohmann::json& resolve(const nlohmann::json& root, const nlohmann::json& node);

FieldKind kindOf(const nlohmann::json& root, const nlohmann::json& node, int depth);

// True for enum / const / oneOf-or-anyOf-of-const nodes.
bool isEnumLike(const nlohmann::json& node);
std::vector<EnumOption> enumOptions(const nlohmann::json& node);

// The non-null entry of "type" ("string" for ["string", "null"]); "" when absent or ambiguous.
std::string primaryType(const nlohmann::json& node);

QString textOf(const nlohmann::json& node, const char* key); // string keyword or ""
std::optional<double> numberOf(const nlohmann::json& node, const char* key);
bool flagOf(const nlohmann::json& node, const char* key); // boolean keyword, false if absent
QString jsonText(const nlohmann::json& value);            // strings bare, the rest dumped
QString numberText(double value);                         // shortest form: 8760, 0.1, 1e+20

// Property names in display order: "ui:order" (array at the object), else each property's
// "x-order" / "propertyOrder" number, else the order of "required", then the rest by name.
// (nlohmann::json keeps object keys sorted, and the wire format loses the author's order.)
std::vector<std::string> orderedProperties(const nlohmann::json& objectNode);
std::set<std::string> requiredProperties(const nlohmann::json& objectNode);

// Path helpers: "/items" + "0" -> "/items/0" (RFC 6901 escapes); "items" + "0" -> "items_0".
QString childPointer(const QString& parent, const QString& token);
QString childName(const QString& parent, const QString& token);

// True when `pointer` matches `pattern`, where a "*" segment matches any one segment.
bool pointerMatches(const std::string& pattern, const QString& pointer);

} // namespace croupier::ui::schema
