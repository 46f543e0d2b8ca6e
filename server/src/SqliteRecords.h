#pragma once
// How SqliteStore's record structs map to table rows (internal to the server library): binders
// fill a statement's parameters in the column order its SQL lists, readers build a record from a
// result row. Threads: called with the owning connection's mutex held.

#include "SqliteStatement.h"
#include "croupier/core/Result.h"
#include "croupier/server/Store.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace croupier::server::sqlite {

// A label or function map as compact JSON text; invalid UTF-8 is replaced rather than thrown.
std::string mapToJson(const std::map<std::string, std::string>& map);
// INTERNAL when the stored text is not a JSON object of strings.
core::Result<std::map<std::string, std::string>> mapFromJson(const std::string& text);

// A string list (roles) as a JSON array, and back; `what` names the value in the INTERNAL error
// a corrupt stored text gives.
std::string stringsToJson(const std::vector<std::string>& strings);
core::Result<std::vector<std::string>> stringsFromJson(const std::string& text,
                                                       std::string_view what);
// (gameId, env) scopes as a JSON array of two-string arrays, and back.
std::string scopesToJson(const std::vector<std::pair<std::string, std::string>>& scopes);
core::Result<std::vector<std::pair<std::string, std::string>>>
scopesFromJson(const std::string& text, std::string_view what);

// The job columns, in the order bindJob's parameters and readJob's columns use.
inline constexpr const char* kJobColumns =
    "job_id, game_id, env, function_id, status, payload_json, result_json, error, error_code, "
    "progress, message, agent_id, idempotency_key, timeout_ms, created_at_ms, updated_at_ms, "
    "last_seq, requester, approval_id";

// Parameters ?1..?19 and columns 0..18: the kJobColumns.
void bindJob(SqliteStatement& st, const JobRecord& job);
JobRecord readJob(const SqliteStatement& st);

// Parameters ?1..?9 and columns 0..8: job_id, seq, type, message, progress, timestamp_ms,
// data_json, error_code, status.
void bindEvent(SqliteStatement& st, const JobEventRecord& event);
JobEventRecord readEvent(const SqliteStatement& st);

// Parameters ?1..?4: game_id, env, function_id, key.
void bindIdempotencyKey(SqliteStatement& st, const IdempotencyRecord& r);
// Columns 0..9: game_id, env, function_id, key, payload_hash, kind, state, job_id, response,
// created_at_ms.
IdempotencyRecord readIdempotency(const SqliteStatement& st);

// Columns 0..6: game_id, env, function_id, agent_id, enabled, reason, updated_at_ms.
AssignmentRecord readAssignment(const SqliteStatement& st);

// Columns 0..6: game_id, env, function_id, version, hash, json, updated_at_ms.
DescriptorRecord readDescriptor(const SqliteStatement& st);

} // namespace croupier::server::sqlite
