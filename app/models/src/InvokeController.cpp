#include "croupier/models/InvokeController.h"

#include "croupier/client/HandlerErrors.h"

#include <QUuid>

namespace croupier::models {
namespace {

constexpr std::chrono::seconds kJobAbove{60};

} // namespace

InvokeController::InvokeController(client::FunctionsClient& functions, QObject* parent)
    : QObject(parent)
    , m_functions(functions) {
    connect(&functions, &client::FunctionsClient::jobEvent, this, &InvokeController::onJobEvent);
}

void InvokeController::setUser(const client::UserInfo& user) {
    m_user = user;
    m_hasUser = true;
    emit blockedChanged(blockedReason());
}

void InvokeController::open(const client::FunctionInfo& function) {
    ++m_generation;
    m_function = function;
    m_latest = function;
    m_removed = false;
    setNotice({});
    setState(State::Ready);
    emit opened(function);
    emit blockedChanged(blockedReason());
}

void InvokeController::close() {
    ++m_generation;
    m_function.reset();
    m_latest.reset();
    setNotice({});
    setState(State::Empty);
}

void InvokeController::functionUpdated(const client::FunctionInfo& f) {
    if (!m_function || f.id() != m_function->id()) {
        return;
    }
    m_latest = f;
    m_removed = false;
    if (f.descriptor->hash() != m_function->descriptor->hash()) {
        setNotice(tr("A new version (%1) of this function was registered. Reload the form to "
                     "use it; the old form cannot be submitted.")
                      .arg(QString::fromStdString(f.descriptor->version())));
        emit reloadOffered(f);
    } else if (!f.enabled) {
        setNotice(tr("This function was disabled (kill switch)."));
    } else if (f.agentsOnline <= 0) {
        setNotice(tr("No agent serving this function is online."));
    } else {
        setNotice({});
    }
    emit blockedChanged(blockedReason());
}

void InvokeController::functionRemoved(const QString& functionId) {
    if (!m_function || functionId != m_function->id()) {
        return;
    }
    m_removed = true;
    setNotice(tr("This function is no longer registered."));
    emit blockedChanged(blockedReason());
}

void InvokeController::reload() {
    if (m_latest) {
        open(*m_latest);
    }
}

QString InvokeController::blockedReason() const {
    if (!m_function) {
        return tr("No function selected.");
    }
    const QString permission = QString::fromStdString(m_function->descriptor->auth().permission);
    if (m_hasUser && !permission.isEmpty() && !m_user.hasPermission(permission)) {
        return tr("You lack the permission %1.").arg(permission);
    }
    if (m_removed) {
        return tr("This function is no longer registered.");
    }
    if (outdated()) {
        return tr("A new version was registered: reload the form.");
    }
    if (m_latest && !m_latest->enabled) {
        return tr("This function is disabled.");
    }
    if (m_latest && m_latest->agentsOnline <= 0) {
        return tr("No agent online.");
    }
    if (m_state == State::Running) {
        return tr("A call is running.");
    }
    return {};
}

bool InvokeController::outdated() const {
    return m_function && m_latest &&
           m_latest->descriptor->hash() != m_function->descriptor->hash();
}

bool InvokeController::runsAsJobByDefault() const {
    if (!m_function) {
        return false;
    }
    const auto& timeout = m_function->descriptor->semantics().timeout;
    return timeout && *timeout > kJobAbove;
}

void InvokeController::submit(const nlohmann::json& payload, bool asJob) {
    if (!blockedReason().isEmpty()) {
        return;
    }
    client::InvokeRequest request;
    request.scope = m_scope;
    request.functionId = m_function->id();
    request.payload = payload;
    // One key per submission: a retried request cannot run the function twice.
    request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setState(State::Running);
    emit blockedChanged(blockedReason());
    auto done = [this, generation = m_generation, payload](client::InvokeOutcome outcome) {
        if (generation == m_generation) {
            finish(outcome, payload);
        }
    };
    if (asJob) {
        m_functions.startJob(request, client::guarded<client::InvokeOutcome>(this, done));
    } else {
        m_functions.invoke(request, client::guarded<client::InvokeOutcome>(this, done));
    }
}

void InvokeController::finish(const client::InvokeOutcome& outcome,
                              const nlohmann::json& payload) {
    setState(State::Done);
    emit blockedChanged(blockedReason());
    using Kind = client::InvokeOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Result:
        emit succeeded(outcome.result);
        break;
    case Kind::Approval:
        followApproval(outcome, payload);
        emit sentForApproval(outcome.approvalId, outcome.approvalState);
        break;
    case Kind::Job:
        emit jobStarted(outcome.jobId, *m_function, m_function->descriptor->maskSensitive(payload));
        break;
    case Kind::Error: {
        client::CallError error = outcome.error;
        // The function's own error may name the fields it is about: show it next to them.
        client::pinHandlerError(error, *m_function->descriptor);
        emit failed(error);
        break;
    }
    }
}

void InvokeController::followApproval(const client::InvokeOutcome& outcome,
                                      const nlohmann::json& payload) {
    FollowedApproval followed;
    followed.id = outcome.approvalId;
    followed.function = *m_function;
    followed.payload = m_function->descriptor->maskSensitive(payload);
    followed.threshold = m_function->descriptor->auth().approval.threshold;
    m_approval = std::move(followed);
}

void InvokeController::approvalUpdated(const client::ApprovalInfo& approval) {
    if (!m_approval || approval.approvalId != m_approval->id) {
        return;
    }
    FollowedApproval& followed = *m_approval;
    followed.approvals = approval.approvals;
    followed.threshold = approval.threshold;
    using client::ApprovalState;
    switch (approval.state) {
    case ApprovalState::Pending:
        setApprovalStage(ApprovalStage::Pending);
        break;
    case ApprovalState::Executed:
        followed.jobId = approval.jobId;
        // A repeated view (say after a reconnect) never moves a running job back.
        setApprovalStage(followed.stage == ApprovalStage::Pending ? ApprovalStage::Approved
                                                                  : followed.stage);
        if (!followed.jobAnnounced && !followed.jobId.isEmpty()) {
            followed.jobAnnounced = true;
            emit jobStarted(followed.jobId, followed.function, followed.payload);
        }
        break;
    case ApprovalState::Rejected:
        setApprovalStage(ApprovalStage::Rejected, approval.reason);
        break;
    case ApprovalState::Expired:
        setApprovalStage(ApprovalStage::Expired);
        break;
    case ApprovalState::Canceled:
        setApprovalStage(ApprovalStage::Canceled, approval.reason);
        break;
    case ApprovalState::Unknown:
        break;
    }
}

void InvokeController::onJobEvent(const client::JobEvent& event) {
    if (!m_approval || m_approval->jobId.isEmpty() || event.jobId != m_approval->jobId) {
        return;
    }
    using client::JobStatus;
    switch (event.status) {
    case JobStatus::Running:
        if (m_approval->stage == ApprovalStage::Approved) {
            setApprovalStage(ApprovalStage::Running);
        }
        break;
    case JobStatus::Completed:
        setApprovalStage(ApprovalStage::Completed);
        break;
    case JobStatus::Failed:
        setApprovalStage(ApprovalStage::Failed, event.message);
        break;
    case JobStatus::Canceled:
        setApprovalStage(ApprovalStage::Canceled, event.message);
        break;
    default:
        break;
    }
}

void InvokeController::setApprovalStage(ApprovalStage stage, const QString& reason) {
    m_approval->stage = stage;
    emit approvalProgressed(m_approval->id, stage, m_approval->approvals, m_approval->threshold,
                            reason);
}

void InvokeController::setState(State state) {
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void InvokeController::setNotice(const QString& notice) {
    if (m_notice != notice) {
        m_notice = notice;
        emit noticeChanged(notice);
    }
}

} // namespace croupier::models
