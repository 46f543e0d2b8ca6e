#pragma once
// A ListJobs filter (JobQuery) and one page of its answer (JobPage). Plain values.

#include "croupier/client/JobInfo.h"
#include "croupier/client/UserInfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace croupier::client {

struct JobQuery {
    Scope scope;
    QString functionId;               // "" = every function
    std::optional<JobStatus> status;  // none = every status
    int pageSize = 0;                 // 0 = the server's default (50)
    QString pageToken;                // from the previous JobPage
};

struct JobPage {
    QList<JobSummary> jobs; // newest first
    QString nextPageToken;  // "" on the last page
};

} // namespace croupier::client
