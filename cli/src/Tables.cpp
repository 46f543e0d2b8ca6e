#include "Tables.h"

#include "Output.h"
#include "ProgressBar.h"
#include "TextTable.h"
#include "TextWidth.h"
#include "TimeFormat.h"
#include "croupier/proto/JsonStruct.h"

namespace croupier::cli {

std::string renderFunctionsTable(const std::vector<function::v1::FunctionInfo>& functions) {
    TextTable table({"ID", "NAME", "VERSION", "RISK", "AGENTS", "ENABLED"});
    for (const auto& f : functions) {
        const auto& d = f.function_descriptor();
        table.addRow({d.id(), d.name(), d.version().empty() ? "-" : d.version(),
                      d.ui().risk_level().empty() ? "-" : d.ui().risk_level(),
                      std::to_string(f.agents_online()) + "/" + std::to_string(f.agents_total()),
                      f.enabled() ? "yes" : "no"});
    }
    return table.render();
}

std::string renderAgentsTable(const std::vector<registry::v1::AgentInfo>& agents,
                              std::int64_t nowMs) {
    TextTable table({"AGENT", "STATUS", "VERSION", "ADDR", "FUNCTIONS", "LAST HEARTBEAT"});
    for (const auto& a : agents) {
        table.addRow({a.agent_id(), a.status().empty() ? "-" : a.status(),
                      a.version().empty() ? "-" : a.version(), a.addr().empty() ? "-" : a.addr(),
                      std::to_string(a.functions_size()), relativeTime(nowMs, a.last_heartbeat())});
    }
    return table.render();
}

std::string renderJobsTable(const std::vector<function::v1::Job>& jobs, std::int64_t nowMs) {
    TextTable table({"JOB", "FUNCTION", "STATUS", "PROGRESS", "AGENT", "CREATED"});
    for (const auto& j : jobs) {
        table.addRow(
            {j.job_id(), j.function_id(), j.status(), std::to_string(percentOf(j.progress())) + "%",
             j.agent_id().empty() ? "-" : j.agent_id(), relativeTime(nowMs, j.created_at())});
    }
    return table.render();
}

namespace {

std::string when(std::int64_t unixMs, std::int64_t nowMs) {
    return unixMs <= 0 ? "-" : localDateTime(unixMs) + " (" + relativeTime(nowMs, unixMs) + ")";
}

} // namespace

std::string renderJobDetails(const function::v1::Job& job, std::int64_t nowMs) {
    std::vector<std::pair<std::string, std::string>> rows = {
        {"job", job.job_id()},
        {"function", job.function_id()},
        {"scope", job.game_id() + "/" + job.env()},
        {"status", job.status()},
        {"progress", std::to_string(percentOf(job.progress())) + "%" +
                         (job.message().empty() ? "" : "  " + job.message())},
        {"agent", job.agent_id().empty() ? "-" : job.agent_id()},
        {"created", when(job.created_at(), nowMs)},
        {"updated", when(job.updated_at(), nowMs)},
    };
    if (!job.error().empty() || !job.error_code().empty()) {
        rows.emplace_back("error", job.error_code() + ": " + job.error());
    }
    std::string out;
    for (const auto& [key, value] : rows) {
        out += padToWidth(key, 10) + sanitizeLine(value) + "\n";
    }
    if (job.has_result() && job.result().fields_size() > 0) {
        out += "result:\n" + prettyJson(proto::toJson(job.result())) + "\n";
    }
    return out;
}

} // namespace croupier::cli
