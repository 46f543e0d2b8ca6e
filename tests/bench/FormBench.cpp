// SchemaForm build-time benchmark: builds the form for a generated 200-field params schema
// (strings, bounded integers, numbers, booleans, enums, oneOf consts, dates, long text, nested
// objects, arrays of enums) N times and prints the median time of setSchema() alone and of
// setSchema() plus the first layout and paint, plus one edit's re-validation. Goal: build
// < 100 ms. Run by hand (offscreen unless QT_QPA_PLATFORM says otherwise):
//   build/<dir>/tests/bench/croupier-form-bench [runs]
// Not a test: nothing here asserts a timing.

#include "croupier/core/Schema.h"
#include "croupier/ui/SchemaForm.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kFields = 200;
constexpr int kDefaultRuns = 30;

json fieldSchema(int i) {
    const std::string n = std::to_string(i);
    switch (i % 10) {
    case 0:
        return {{"type", "string"}, {"title", "玩家ID " + n}, {"description", "要处理的玩家"}};
    case 1:
        return {{"type", "integer"}, {"title", "Count " + n}, {"minimum", 1}, {"maximum", 999}};
    case 2:
        return {{"type", "number"}, {"title", "Ratio " + n}, {"exclusiveMinimum", 0}};
    case 3:
        return {{"type", "boolean"}, {"title", "Notify " + n}, {"default", true}};
    case 4:
        return {{"type", "string"}, {"title", "Region " + n}, {"enum", {"cn", "sea", "eu"}}};
    case 5:
        return {{"title", "Level " + n},
                {"oneOf", {{{"const", 1}, {"title", "青铜"}}, {{"const", 2}, {"title", "白银"}}}}};
    case 6:
        return {{"type", "string"}, {"format", "date-time"}, {"title", "开始时间 " + n}};
    case 7:
        return {{"type", "string"}, {"title", "Reason " + n}, {"maxLength", 500}};
    case 8:
        return {{"type", "object"},
                {"title", "Target " + n},
                {"properties", {{"id", {{"type", "string"}}}, {"server", {{"type", "integer"}}}}}};
    default:
        return {{"type", "array"},
                {"title", "Tags " + n},
                {"uniqueItems", true},
                {"items", {{"enum", {"vip", "new", "banned"}}}}};
    }
}

json generatedSchema() {
    json properties = json::object();
    json required = json::array();
    for (int i = 0; i < kFields; ++i) {
        const std::string name = "field_" + std::to_string(i);
        properties[name] = fieldSchema(i);
        if (i % 3 == 0) {
            required.push_back(name);
        }
    }
    return {{"type", "object"}, {"properties", properties}, {"required", required}};
}

double millisSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

struct Sample {
    double build = 0;      // setSchema()
    double firstPaint = 0; // setSchema() + show + layout + grab()
    double edit = 0;       // one keystroke: value(), validate, error labels
};

Sample measureOnce(const json& schema,
                   const std::shared_ptr<const croupier::core::Schema>& compiled) {
    Sample sample;
    croupier::ui::SchemaForm form;
    const auto start = Clock::now();
    form.setSchema(schema, compiled);
    sample.build = millisSince(start);
    form.show();
    form.grab();
    sample.firstPaint = millisSince(start);
    auto* edit = form.findChild<QLineEdit*>(QStringLiteral("field_0LineEdit"));
    if (edit != nullptr) {
        const auto typed = Clock::now();
        QTest::keyClick(edit, Qt::Key_A);
        sample.edit = millisSince(typed);
    }
    return sample;
}

} // namespace

int main(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : kDefaultRuns;
    const json schema = generatedSchema();
    auto compiled = croupier::core::Schema::compile(schema);
    if (!compiled) {
        std::fprintf(stderr, "schema did not compile: %s\n", compiled.error().message.c_str());
        return 1;
    }
    measureOnce(schema, *compiled); // warm-up: fonts, styles, first allocations
    std::vector<double> builds, paints, edits;
    for (int i = 0; i < runs; ++i) {
        const Sample sample = measureOnce(schema, *compiled);
        builds.push_back(sample.build);
        paints.push_back(sample.firstPaint);
        edits.push_back(sample.edit);
    }
    std::printf("SchemaForm, %d fields, %d runs (median)\n", kFields, runs);
    std::printf("  build (setSchema)          %8.1f ms   goal < 100 ms\n", median(builds));
    std::printf("  build + first layout/paint %8.1f ms\n", median(paints));
    std::printf("  one keystroke (re-validate)%8.2f ms\n", median(edits));
    return 0;
}
