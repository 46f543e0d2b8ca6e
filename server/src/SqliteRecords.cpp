#include "SqliteRecords.h"

#include <nlohmann/json.hpp>

namespace croupier::server::sqlite {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Unexpected;

std::string mapToJson(const std::map<std::string, std::string>& map) {
    // Agents send these; replace invalid UTF-8 rather than throw.
    return nlohmann::json(map).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Result<std::map<std::string, std::string>> mapFromJson(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        return Unexpected(ErrorCode::Internal, "reading agents failed: a stored map is corrupt");
    }
    std::map<std::string, std::string> map;
    for (const auto& [key, value] : json.items()) {
        if (!value.is_string()) {
            return Unexpected(ErrorCode::Internal,
                              "reading agents failed: a stored map is corrupt");
        }
        map.emplace(key, value.get<std::string>());
    }
    return map;
}

namespace {

Error corrupt(std::string_view what) {
    return Error(ErrorCode::Internal, "reading " + std::string(what) + " failed: it is corrupt");
}

std::string dumpJson(const nlohmann::json& json) {
    // Replace invalid UTF-8 rather than throw.
    return json.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace

std::string stringsToJson(const std::vector<std::string>& strings) {
    return dumpJson(nlohmann::json(strings));
}

Result<std::vector<std::string>> stringsFromJson(const std::string& text, std::string_view what) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array()) {
        return Unexpected(corrupt(what));
    }
    std::vector<std::string> strings;
    for (const auto& value : json) {
        if (!value.is_string()) {
            return Unexpected(corrupt(what));
        }
        strings.push_back(value.get<std::string>());
    }
    return strings;
}

std::string scopesToJson(const std::vector<std::pair<std::string, std::string>>& scopes) {
    nlohmann::json json = nlohmann::json::array();
    for (const auto& [gameId, env] : scopes) {
        json.push_back({gameId, env});
    }
    return dumpJson(json);
}

Result<std::vector<std::pair<std::string, std::string>>> scopesFromJson(const std::string& text,
                                                                        std::string_view what) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_array()) {
        return Unexpected(corrupt(what));
    }
    std::vector<std::pair<std::string, std::string>> scopes;
    for (const auto& pair : json) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
            return Unexpected(corrupt(what));
        }
        scopes.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
    return scopes;
}

void bindJob(SqliteStatement& st, const JobRecord& job) {
    st.bindText(1, job.jobId);
    st.bindText(2, job.gameId);
    st.bindText(3, job.env);
    st.bindText(4, job.functionId);
    st.bindText(5, job.status);
    st.bindText(6, job.payloadJson);
    st.bindText(7, job.resultJson);
    st.bindText(8, job.error);
    st.bindText(9, job.errorCode);
    st.bindReal(10, job.progress);
    st.bindText(11, job.message);
    st.bindText(12, job.agentId);
    st.bindText(13, job.idempotencyKey);
    st.bindInt(14, job.timeoutMs);
    st.bindInt(15, job.createdAtMs);
    st.bindInt(16, job.updatedAtMs);
    st.bindInt(17, job.lastSeq);
    st.bindText(18, job.requester);
    st.bindText(19, job.approvalId);
}

JobRecord readJob(const SqliteStatement& st) {
    JobRecord job;
    job.jobId = st.text(0);
    job.gameId = st.text(1);
    job.env = st.text(2);
    job.functionId = st.text(3);
    job.status = st.text(4);
    job.payloadJson = st.text(5);
    job.resultJson = st.text(6);
    job.error = st.text(7);
    job.errorCode = st.text(8);
    job.progress = st.real(9);
    job.message = st.text(10);
    job.agentId = st.text(11);
    job.idempotencyKey = st.text(12);
    job.timeoutMs = st.integer(13);
    job.createdAtMs = st.integer(14);
    job.updatedAtMs = st.integer(15);
    job.lastSeq = st.integer(16);
    job.requester = st.text(17);
    job.approvalId = st.text(18);
    return job;
}

void bindEvent(SqliteStatement& st, const JobEventRecord& event) {
    st.bindText(1, event.jobId);
    st.bindInt(2, event.seq);
    st.bindInt(3, event.type);
    st.bindText(4, event.message);
    st.bindReal(5, event.progress);
    st.bindInt(6, event.timestampMs);
    st.bindText(7, event.dataJson);
    st.bindText(8, event.errorCode);
    st.bindText(9, event.status);
}

JobEventRecord readEvent(const SqliteStatement& st) {
    JobEventRecord event;
    event.jobId = st.text(0);
    event.seq = st.integer(1);
    event.type = static_cast<int>(st.integer(2));
    event.message = st.text(3);
    event.progress = st.real(4);
    event.timestampMs = st.integer(5);
    event.dataJson = st.text(6);
    event.errorCode = st.text(7);
    event.status = st.text(8);
    return event;
}

void bindIdempotencyKey(SqliteStatement& st, const IdempotencyRecord& r) {
    st.bindText(1, r.gameId);
    st.bindText(2, r.env);
    st.bindText(3, r.functionId);
    st.bindText(4, r.key);
}

IdempotencyRecord readIdempotency(const SqliteStatement& st) {
    IdempotencyRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.key = st.text(3);
    r.payloadHash = st.text(4);
    r.kind = st.text(5);
    r.state = st.text(6);
    r.jobId = st.text(7);
    r.response = st.blob(8);
    r.createdAtMs = st.integer(9);
    return r;
}

AssignmentRecord readAssignment(const SqliteStatement& st) {
    AssignmentRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.agentId = st.text(3);
    r.enabled = st.integer(4) != 0;
    r.reason = st.text(5);
    r.updatedAtMs = st.integer(6);
    return r;
}

DescriptorRecord readDescriptor(const SqliteStatement& st) {
    DescriptorRecord r;
    r.gameId = st.text(0);
    r.env = st.text(1);
    r.functionId = st.text(2);
    r.version = st.text(3);
    r.hash = st.text(4);
    r.json = st.text(5);
    r.updatedAtMs = st.integer(6);
    return r;
}

} // namespace croupier::server::sqlite
