// The few behaviours of the client's plain domain types (UserInfo, JobInfo).
#include "croupier/client/JobInfo.h"
#include "croupier/client/UserInfo.h"

#include "croupier/core/Permissions.h"

#include <array>
#include <utility>

namespace croupier::client {
namespace {

constexpr std::array<std::pair<JobStatus, const char*>, 8> kStatusNames{{
    {JobStatus::Pending, "pending"},
    {JobStatus::Running, "running"},
    {JobStatus::Completed, "completed"},
    {JobStatus::Failed, "failed"},
    {JobStatus::Canceled, "canceled"},
    {JobStatus::AwaitingApproval, "awaiting_approval"},
    {JobStatus::Rejected, "rejected"},
    {JobStatus::Expired, "expired"},
}};

} // namespace

bool UserInfo::hasPermission(const QString& permission) const {
    const auto wanted = permission.toStdString();
    for (const QString& pattern : permissions) {
        if (core::permissionMatches(pattern.toStdString(), wanted)) {
            return true;
        }
    }
    return false;
}

bool UserInfo::inScope(const Scope& scope) const {
    return scopes.isEmpty() || scopes.contains(scope);
}

JobStatus jobStatusFromString(const QString& status) {
    for (const auto& [value, name] : kStatusNames) {
        if (status == QLatin1String(name)) {
            return value;
        }
    }
    return JobStatus::Unknown;
}

QString jobStatusName(JobStatus status) {
    for (const auto& [value, name] : kStatusNames) {
        if (value == status) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("unknown");
}

bool isFinished(JobStatus status) {
    switch (status) {
    case JobStatus::Completed:
    case JobStatus::Failed:
    case JobStatus::Canceled:
    case JobStatus::Rejected:
    case JobStatus::Expired:
        return true;
    default:
        return false;
    }
}

} // namespace croupier::client
