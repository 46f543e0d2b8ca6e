#pragma once
// The view-model of the Invoke page: which function is open, whether it may be submitted now
// (and why not), and the call itself (a sync call, a job, or a request for approval). It also
// watches the open function: a new descriptor version, a kill switch or the last agent going
// away is reported through noticeChanged() and blocks submitting until the operator reloads
// the form (new version) or the function is back. A call sent for approval is followed live:
// approvalUpdated() (fed from ApprovalsController::approvalUpdated) and the job's events move it
// through pending -> approved -> running -> completed / failed (or rejected / expired /
// canceled), reported by approvalProgressed(); once approved, jobStarted() names its job so the
// job panel opens as for any job. GUI thread; `functions` outlives this.

#include "croupier/client/ApprovalInfo.h"
#include "croupier/client/FunctionInfo.h"
#include "croupier/client/FunctionsClient.h"
#include "croupier/client/InvokeOutcome.h"
#include "croupier/client/UserInfo.h"

#include <QObject>

#include <optional>

namespace croupier::models {

class InvokeController final : public QObject {
    Q_OBJECT
public:
    enum class State { Empty, Ready, Running, Done };
    Q_ENUM(State)
    // Where the last call sent for approval is.
    enum class ApprovalStage {
        None,
        Pending,
        Approved,
        Running,
        Completed,
        Failed,
        Rejected,
        Expired,
        Canceled
    };
    Q_ENUM(ApprovalStage)

    explicit InvokeController(client::FunctionsClient& functions, QObject* parent = nullptr);

    void setScope(const client::Scope& scope) { m_scope = scope; }
    client::Scope scope() const { return m_scope; }
    void setUser(const client::UserInfo& user);

    // Opens `function` (a fresh form); clears any earlier outcome and notice.
    void open(const client::FunctionInfo& function);
    void close();
    // The catalog's newer view of a function; acts only when it is the open one.
    void functionUpdated(const client::FunctionInfo& function);
    void functionRemoved(const QString& functionId);
    // The operator reloads the form after a new version: the open descriptor becomes the latest.
    void reload();

    std::optional<client::FunctionInfo> function() const { return m_function; }
    State state() const { return m_state; }
    // Empty when the function can be submitted; else why not (human text).
    QString blockedReason() const;
    QString notice() const { return m_notice; }
    // A newer descriptor version was registered after the form was built.
    bool outdated() const;
    // A job by default when the function may run longer than a minute.
    bool runsAsJobByDefault() const;

    // Sends `payload` (already confirmed by the operator) as a call or a job.
    void submit(const nlohmann::json& payload, bool asJob);

    // The server's newer view of an approval; acts only on the one this controller sent last.
    void approvalUpdated(const croupier::client::ApprovalInfo& approval);
    QString approvalId() const { return m_approval ? m_approval->id : QString(); }
    ApprovalStage approvalStage() const {
        return m_approval ? m_approval->stage : ApprovalStage::None;
    }

signals:
    void opened(const croupier::client::FunctionInfo& function);
    void stateChanged(croupier::models::InvokeController::State state);
    void noticeChanged(const QString& notice); // "" when cleared
    void blockedChanged(const QString& reason);
    void reloadOffered(const croupier::client::FunctionInfo& latest);
    void succeeded(const nlohmann::json& result);
    void failed(const croupier::client::CallError& error);
    void sentForApproval(const QString& approvalId, const QString& approvalState);
    void jobStarted(const QString& jobId, const croupier::client::FunctionInfo& function,
                    const nlohmann::json& payload);
    // The approval sent last moved on. `approvals` of `threshold` so far; `reason` says why it
    // was rejected or canceled, or how its job failed.
    void approvalProgressed(const QString& approvalId,
                            croupier::models::InvokeController::ApprovalStage stage, int approvals,
                            int threshold, const QString& reason);

private:
    void setState(State state);
    void setNotice(const QString& notice);
    void finish(const client::InvokeOutcome& outcome, const nlohmann::json& payload);
    void followApproval(const client::InvokeOutcome& outcome, const nlohmann::json& payload);
    void onJobEvent(const client::JobEvent& event);
    void setApprovalStage(ApprovalStage stage, const QString& reason = {});

    // The call sent for approval last, followed until it ends.
    struct FollowedApproval {
        QString id;
        QString jobId;
        client::FunctionInfo function;
        nlohmann::json payload; // masked
        ApprovalStage stage = ApprovalStage::Pending;
        int approvals = 0;
        int threshold = 0;
        bool jobAnnounced = false;
    };

    client::FunctionsClient& m_functions;
    client::Scope m_scope;
    client::UserInfo m_user;
    bool m_hasUser = false;
    std::optional<client::FunctionInfo> m_function; // what the form was built from
    std::optional<client::FunctionInfo> m_latest;   // the newest view of it
    bool m_removed = false;
    State m_state = State::Empty;
    QString m_notice;
    quint64 m_generation = 0; // drops answers for a function no longer open
    std::optional<FollowedApproval> m_approval;
};

} // namespace croupier::models
