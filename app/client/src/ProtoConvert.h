#pragma once
// Conversions between the generated protobuf messages and the client's domain types. Used only
// inside croupier_client (the public headers never see protobuf). Pure functions; any thread.

#include "croupier/client/FunctionInfo.h"
#include "croupier/client/JobInfo.h"
#include "croupier/client/UserInfo.h"

#include "croupier/auth/v1/auth.pb.h"
#include "croupier/function/v1/function.pb.h"

#include <QString>

#include <optional>
#include <string>

namespace croupier::client {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }
inline std::string ss(const QString& s) { return s.toStdString(); }

UserInfo userFromProto(const auth::v1::UserInfo& user, qint64 tokenExpiresAtMs);

// Null (and `problem` says why) when the descriptor does not parse; the caller logs and skips.
std::optional<FunctionInfo> functionFromProto(const function::v1::FunctionInfo& info,
                                              QString* problem);

JobSummary jobFromProto(const function::v1::Job& job);
JobEvent eventFromProto(const function::v1::JobEvent& event);

} // namespace croupier::client
