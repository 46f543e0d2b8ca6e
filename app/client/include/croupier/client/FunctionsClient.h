#pragma once
// FunctionsClient: the function catalog, calls and jobs of the signed-in user, over a
// ServerConnection. One-shot calls answer through callbacks; the live catalog
// (watchRegistrations) and job event streams (streamJobEvents) answer through signals, and
// reconnect by themselves with exponential backoff:
// - the catalog resynchronises after every (re)connect: the server's snapshot, its SYNCED
//   marker, then functionsReset() with the full list (replacing what the UI had), then
//   functionChanged() / functionRemoved() for live changes;
// - a job stream resumes from the last sequence number it delivered, so jobEvent() never
//   repeats an event, until the job ends (jobStreamEnded()).
// Streams pause while no one is signed in and resume after the next sign-in. Callbacks and
// signals arrive on the owner's (GUI) thread, never after destruction. `connection` must
// outlive this object.

#include "croupier/client/CallError.h"
#include "croupier/client/FunctionInfo.h"
#include "croupier/client/InvokeOutcome.h"
#include "croupier/client/JobInfo.h"
#include "croupier/client/JobQuery.h"
#include "croupier/client/Reply.h"
#include "croupier/client/UserInfo.h"

#include <QList>
#include <QObject>
#include <QString>

#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace croupier::client {

class CallGuard;
class JobStreams;
class RegistrationWatch;
class ServerConnection;

class FunctionsClient : public QObject {
    Q_OBJECT
public:
    using InvokeCallback = std::function<void(InvokeOutcome)>;

    explicit FunctionsClient(ServerConnection& connection, QObject* parent = nullptr);
    ~FunctionsClient() override;

    // Functions whose descriptor does not parse are skipped (and logged).
    void listFunctions(const Scope& scope, ReplyCallback<QList<FunctionInfo>> done);
    void getFunction(const Scope& scope, const QString& functionId,
                     ReplyCallback<FunctionInfo> done);

    // The live catalog of `scope` (replaces any earlier watch).
    void watchRegistrations(const Scope& scope);
    void stopWatching();
    bool watching() const;
    bool registrationsLive() const; // synchronised and streaming

    // A synchronous call: the result, a pending approval, or an error.
    void invoke(const InvokeRequest& request, InvokeCallback done);
    void invoke(const Scope& scope, const QString& functionId, const nlohmann::json& payload,
                const QString& idempotencyKey, InvokeCallback done);
    // Starts a job: its id (Kind::Job), a pending approval, or an error.
    void startJob(const InvokeRequest& request, InvokeCallback done);

    // Events of `jobId` with seq >= fromSeq (0 = from the start), then live ones.
    void streamJobEvents(const QString& jobId, qint64 fromSeq = 0);
    void stopJobEvents(const QString& jobId);
    bool streamingJob(const QString& jobId) const;
    // Asks the server to cancel; answers the job's status after the request.
    void cancelJob(const QString& jobId, const QString& reason, ReplyCallback<JobStatus> done);
    void listJobs(const JobQuery& query, ReplyCallback<JobPage> done);
    void getJob(const QString& jobId, ReplyCallback<JobSummary> done);

    // Reconnect delays of the streams (default 500 ms growing to 15 s).
    void setReconnectBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

signals:
    void functionsReset(const QList<croupier::client::FunctionInfo>& functions);
    void functionChanged(const croupier::client::FunctionInfo& function);
    void functionRemoved(const QString& functionId);
    // True once the catalog is synchronised; false while it reconnects.
    void registrationsLiveChanged(bool live);
    // The watch stopped for good (e.g. permission denied); watchRegistrations() to try again.
    void watchFailed(const croupier::client::CallError& error);

    void jobEvent(const croupier::client::JobEvent& event);
    // The stream of `jobId` ended: after the job's last event (no error), or for good with an
    // error (job not found, permission denied, disconnected).
    void jobStreamEnded(const QString& jobId,
                        const std::optional<croupier::client::CallError>& error);

private:
    void run(const InvokeRequest& request, bool asJob, InvokeCallback done);
    void onSignedInChanged(bool signedIn);
    void onStateChanged(int state);

    ServerConnection& m_connection;
    std::shared_ptr<CallGuard> m_guard;
    std::unique_ptr<RegistrationWatch> m_watch;
    std::unique_ptr<JobStreams> m_jobs;
};

} // namespace croupier::client
