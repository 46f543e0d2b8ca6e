// The progress bar, the plain event lines and how a followed job's events are shown.
#include "ProgressBar.h"

#include "JobEventPrinter.h"
#include "Output.h"
#include "TextWidth.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace croupier;
using namespace croupier::cli;
using function::v1::EventType;
using function::v1::JobEvent;

TEST(ProgressBarTest, PercentRoundsDownAndClamps) {
    EXPECT_EQ(percentOf(0.0), 0);
    EXPECT_EQ(percentOf(0.29), 29);
    EXPECT_EQ(percentOf(0.996), 99) << "not done until it is";
    EXPECT_EQ(percentOf(1.7), 100);
    EXPECT_EQ(percentOf(-1), 0);
}

TEST(ProgressBarTest, BarFillsAndFitsTheTerminal) {
    EXPECT_EQ(renderProgressBar(0.5, "exporting", 80),
              "[###############---------------]  50%  exporting");
    EXPECT_EQ(renderProgressBar(1.0, "", 80), "[##############################] 100%");
    const std::string narrow = renderProgressBar(0.25, "导出玩家数据中，请稍候", 30);
    EXPECT_LE(displayWidth(narrow), 29u) << narrow;
    EXPECT_NE(narrow.find("25%"), std::string::npos);
    EXPECT_NE(narrow.find("…"), std::string::npos) << "the message is cut, not wrapped";
}

TEST(ProgressBarTest, PlainLine) {
    EXPECT_EQ(plainProgressLine(0.4, "已导出 4/10"), "progress  40%  已导出 4/10");
    EXPECT_EQ(plainProgressLine(1, ""), "progress 100%");
}

namespace {

JobEvent event(EventType type, const std::string& message, double progress = 0) {
    JobEvent e;
    e.set_job_id("job_1");
    e.set_type(type);
    e.set_message(message);
    e.set_progress(progress);
    return e;
}

struct Printed {
    std::ostringstream out;
    std::ostringstream err;
    Output output{out, err, OutputFormat::Table, false, "h:1"};
};

} // namespace

TEST(JobEventPrinterTest, PlainLinesEndWithTheResult) {
    Printed p;
    JobEventPrinter printer(p.output, JobEventPrinter::Mode::Lines);
    EXPECT_FALSE(printer.print(event(EventType::START, "")).has_value());
    EXPECT_FALSE(printer.print(event(EventType::PROGRESS, "step", 0.5)).has_value());
    EXPECT_FALSE(printer.print(event(EventType::LOG, "halfway")).has_value());
    auto done = event(EventType::DONE, "");
    (*done.mutable_data()->mutable_fields())["rows"].set_number_value(3);
    EXPECT_EQ(printer.print(done), 0);
    EXPECT_EQ(p.out.str(),
              "started\nprogress  50%  step\nlog  halfway\ndone\n{\n  \"rows\": 3\n}\n");
    EXPECT_EQ(p.err.str(), "");
}

TEST(JobEventPrinterTest, ErrorsSayFailedOrCanceled) {
    Printed p;
    JobEventPrinter printer(p.output, JobEventPrinter::Mode::Lines);
    auto failed = event(EventType::ERROR, "disk full");
    failed.set_error_code("IO");
    failed.set_status("failed");
    EXPECT_EQ(printer.print(failed), 1);
    EXPECT_EQ(p.err.str(), "croupierctl: job job_1 failed: IO: disk full\n");

    Printed q;
    JobEventPrinter printer2(q.output, JobEventPrinter::Mode::Lines);
    auto canceled = event(EventType::ERROR, "operator stop");
    canceled.set_error_code("CANCELLED");
    canceled.set_status("canceled");
    EXPECT_EQ(printer2.print(canceled), 1);
    EXPECT_EQ(q.out.str(), "canceled  operator stop\n");
    EXPECT_EQ(q.err.str(), "croupierctl: job job_1 canceled: operator stop\n");
}

TEST(JobEventPrinterTest, BarIsRedrawnInPlaceAndLogsGoAboveIt) {
    Printed p;
    JobEventPrinter printer(p.output, JobEventPrinter::Mode::Bar, 60);
    printer.print(event(EventType::PROGRESS, "a", 0.5));
    printer.print(event(EventType::LOG, "note"));
    const std::string out = p.out.str();
    const std::string bar = renderProgressBar(0.5, "a", 60);
    EXPECT_EQ(out, "\r\033[K" + bar + "\r\033[Knote\n\r\033[K" + bar);
    EXPECT_EQ(out.find("\n" + bar + "\n"), std::string::npos) << "the bar is never a plain line";
}

TEST(JobEventPrinterTest, JsonModePrintsOneEventPerLine) {
    Printed p;
    Output json(p.out, p.err, OutputFormat::Json, false, "h:1");
    JobEventPrinter printer(json, JobEventPrinter::Mode::Json);
    printer.print(event(EventType::PROGRESS, "x", 0.25));
    printer.print(event(EventType::DONE, ""));
    std::istringstream lines(p.out.str());
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
        const auto parsed = nlohmann::json::parse(line);
        EXPECT_EQ(parsed["jobId"], "job_1");
        ++count;
    }
    EXPECT_EQ(count, 2);
}
