#include "JobEventPrinter.h"

#include "ExitCodes.h"
#include "ProgressBar.h"
#include "TextWidth.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::cli {

using JobEventType = function::v1::EventType;
using function::v1::JobEvent;

namespace {

constexpr const char* kClearLine = "\r\033[K";

std::string withMessage(const std::string& head, const std::string& message) {
    return message.empty() ? head : head + "  " + sanitizeLine(message);
}

} // namespace

bool isCanceled(const JobEvent& event) {
    return event.status() == "canceled" || event.error_code() == "CANCELLED";
}

JobEventPrinter::JobEventPrinter(Output& output, Mode mode, std::size_t width)
    : m_output(output)
    , m_mode(mode)
    , m_width(width) {}

std::optional<int> JobEventPrinter::print(const JobEvent& event) {
    if (m_mode == Mode::Json) {
        m_output.message(event, true);
    } else if (m_mode == Mode::Lines) {
        printLine(event);
    } else if (event.type() == JobEventType::LOG) {
        clearBar();
        m_output.out() << sanitizeLine(event.message()) << "\n";
        drawBar();
    } else if (event.type() == JobEventType::START || event.type() == JobEventType::PROGRESS) {
        m_fraction = event.type() == JobEventType::START ? 0.0 : event.progress();
        m_message = event.message().empty() && event.type() == JobEventType::START ? "started"
                                                                                : event.message();
        drawBar();
    }
    if (event.type() == JobEventType::DONE) {
        printResult(event);
        return kExitOk;
    }
    if (event.type() == JobEventType::ERROR) {
        return reportError(event);
    }
    return std::nullopt;
}

void JobEventPrinter::printLine(const JobEvent& event) {
    auto& out = m_output.out();
    switch (event.type()) {
    case JobEventType::START:
        out << withMessage("started", event.message()) << "\n";
        break;
    case JobEventType::PROGRESS:
        out << plainProgressLine(event.progress(), event.message()) << "\n";
        break;
    case JobEventType::LOG:
        out << withMessage("log", event.message()) << "\n";
        break;
    case JobEventType::DONE:
        out << withMessage("done", event.message()) << "\n";
        break;
    default:
        out << withMessage(isCanceled(event) ? "canceled" : "error " + event.error_code(),
                           event.message())
            << "\n";
        break;
    }
    out.flush();
}

void JobEventPrinter::drawBar() {
    m_output.out() << kClearLine << renderProgressBar(m_fraction, m_message, m_width);
    m_output.out().flush();
    m_barShown = true;
}

void JobEventPrinter::clearBar() {
    if (m_barShown) {
        m_output.out() << kClearLine;
        m_output.out().flush();
        m_barShown = false;
    }
}

void JobEventPrinter::printResult(const JobEvent& event) {
    if (m_mode == Mode::Bar) {
        m_fraction = 1.0;
        m_message = event.message().empty() ? "done" : event.message();
        drawBar();
        m_output.out() << "\n";
        m_barShown = false;
    }
    if (m_mode != Mode::Json) {
        m_output.document(proto::toJson(event.data()));
    }
}

int JobEventPrinter::reportError(const JobEvent& event) {
    clearBar();
    const std::string job = "job " + event.job_id();
    if (isCanceled(event)) {
        m_output.notice(job + " canceled" +
                        (event.message().empty() ? "" : ": " + event.message()));
    } else {
        const std::string code = event.error_code().empty() ? "" : event.error_code() + ": ";
        m_output.notice(job + " failed: " + code + event.message());
    }
    if (m_mode != Mode::Json) {  // the JSON event has them already
        m_output.errorDetails(proto::toJson(event.data()));
    }
    return kExitFailed;
}

} // namespace croupier::cli
