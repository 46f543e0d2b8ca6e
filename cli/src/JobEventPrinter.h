#pragma once
// Shows a job's event stream: on a terminal a progress bar redrawn in place with LOG lines
// printed above it; on a pipe one plain line per event; with --output json one JobEvent JSON
// object per line. DONE prints the result (exit 0); ERROR says "canceled" or "failed" on stderr
// (exit 1). Single-threaded (the follower's thread). Borrows the Output.

#include "Output.h"
#include "croupier/function/v1/function.pb.h"

#include <optional>
#include <string>

namespace croupier::cli {

class JobEventPrinter {
public:
    enum class Mode { Bar, Lines, Json };

    // `width`: the terminal's columns (Bar mode only).
    JobEventPrinter(Output& output, Mode mode, std::size_t width = 80);

    // Prints one event; returns the exit code when the event ends the job.
    std::optional<int> print(const function::v1::JobEvent& event);
    // Removes the bar so a notice can be printed on a clean line; the next event redraws it.
    void clearBar();

private:
    void drawBar();
    void printLine(const function::v1::JobEvent& event);
    void printResult(const function::v1::JobEvent& event);
    int reportError(const function::v1::JobEvent& event);

    Output& m_output;
    Mode m_mode;
    std::size_t m_width;
    double m_fraction = 0;
    std::string m_message;
    bool m_barShown = false;
};

// True when an ERROR event means the job was canceled rather than failed.
bool isCanceled(const function::v1::JobEvent& event);

} // namespace croupier::cli
