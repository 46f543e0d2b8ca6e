#include "croupier/models/RegistrationsController.h"

#include "croupier/client/RegistryClient.h"
#include "croupier/models/FunctionRegistrationsModel.h"

namespace croupier::models {
namespace {

using client::AgentInfo;
using client::FunctionRegistrationInfo;

// Long enough to gather a burst into one batch, short enough to look instant.
constexpr int kFlushMs = 40;

} // namespace

RegistrationsController::RegistrationsController(client::RegistryClient& client, QObject* parent,
                                                 AgentsModel::Now now)
    : QObject(parent)
    , m_client(client)
    , m_agents(new AgentsModel(this, std::move(now)))
    , m_functions(new FunctionRegistrationsModel(m_agents, this)) {
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &RegistrationsController::flush);
    using C = client::RegistryClient;
    connect(&client, &C::registrationsReset, this, &RegistrationsController::onReset);
    connect(&client, &C::agentChanged, this, &RegistrationsController::onAgent);
    connect(&client, &C::agentRemoved, this, &RegistrationsController::onAgentRemoved);
    connect(&client, &C::functionChanged, this, &RegistrationsController::onFunction);
    connect(&client, &C::functionRemoved, this, &RegistrationsController::onFunctionRemoved);
    connect(&client, &C::liveChanged, this, &RegistrationsController::onLive);
    connect(&client, &C::watchFailed, this, &RegistrationsController::onFailed);
}

RegistrationsController::~RegistrationsController() = default;

// ---------------------------------------------------------------- watch

void RegistrationsController::setScope(const client::Scope& scope) {
    m_scope = scope;
    m_pendingAgents.clear();
    m_pendingFunctions.clear();
    m_agentOrder.clear();
    m_functionOrder.clear();
    m_functions->clear();
    m_agents->clear();
    setLink(Link::Connecting);
    m_client.watch(scope);
}

void RegistrationsController::stop() {
    m_client.stopWatching();
    setLink(Link::Idle);
}

void RegistrationsController::onReset(const client::RegistrationsSnapshot& snapshot) {
    m_flush.stop();
    m_pendingAgents.clear();
    m_pendingFunctions.clear();
    m_agentOrder.clear();
    m_functionOrder.clear();
    m_agents->setSnapshot(snapshot.agents); // first: the functions count its online agents
    m_functions->setSnapshot(snapshot.functions);
}

void RegistrationsController::onAgent(const AgentInfo& agent) {
    auto it = m_pendingAgents.find(agent.agentId);
    if (it == m_pendingAgents.end()) {
        m_pendingAgents.insert(agent.agentId, agent);
        m_agentOrder.append(agent.agentId);
    } else if (agent.revision >= it->revision) {
        *it = agent;
    }
    schedule();
}

void RegistrationsController::onFunction(const FunctionRegistrationInfo& function) {
    const QString key = function.key();
    auto it = m_pendingFunctions.find(key);
    if (it == m_pendingFunctions.end()) {
        m_pendingFunctions.insert(key, function);
        m_functionOrder.append(key);
    } else if (function.revision >= it->revision) {
        *it = function;
    }
    schedule();
}

void RegistrationsController::onAgentRemoved(const AgentInfo& agent) {
    flush(); // keep the order: what came before the removal lands first
    m_agents->removeAgent(agent);
}

void RegistrationsController::onFunctionRemoved(const FunctionRegistrationInfo& function) {
    flush();
    m_functions->removeFunction(function);
}

void RegistrationsController::schedule() {
    if (!m_flush.isActive()) {
        m_flush.start();
    }
}

void RegistrationsController::flush() {
    m_flush.stop();
    if (!m_agentOrder.isEmpty()) {
        QList<AgentInfo> batch;
        batch.reserve(m_agentOrder.size());
        for (const QString& id : std::as_const(m_agentOrder)) {
            batch.append(m_pendingAgents.value(id));
        }
        m_agentOrder.clear();
        m_pendingAgents.clear();
        m_agents->applyAgents(batch);
    }
    if (!m_functionOrder.isEmpty()) {
        QList<FunctionRegistrationInfo> batch;
        batch.reserve(m_functionOrder.size());
        for (const QString& key : std::as_const(m_functionOrder)) {
            batch.append(m_pendingFunctions.value(key));
        }
        m_functionOrder.clear();
        m_pendingFunctions.clear();
        m_functions->applyFunctions(batch);
    }
}

void RegistrationsController::onLive(bool live) {
    if (live) {
        setLink(Link::Live);
    } else if (m_client.watching()) {
        setLink(Link::Connecting);
    } else if (m_link != Link::Failed) {
        setLink(Link::Idle);
    }
}

void RegistrationsController::onFailed(const client::CallError& error) {
    m_failure = error.message;
    setLink(Link::Failed);
}

void RegistrationsController::setLink(Link link) {
    if (link != Link::Failed) {
        m_failure.clear();
    }
    if (m_link != link) {
        m_link = link;
        emit linkChanged(link);
    }
}

QString RegistrationsController::linkText() const {
    switch (m_link) {
    case Link::Live:
        return tr("Live");
    case Link::Connecting:
        return tr("Reconnecting…");
    case Link::Failed:
        return m_failure.isEmpty() ? tr("Stopped") : tr("Stopped: %1").arg(m_failure);
    case Link::Idle:
        break;
    }
    return tr("Not watching");
}

// ---------------------------------------------------------------- kill switch

void RegistrationsController::setUser(const client::UserInfo& user) {
    const bool before = canSwitch();
    m_user = user;
    m_hasUser = true;
    if (canSwitch() != before) {
        emit permissionChanged(canSwitch());
    }
}

bool RegistrationsController::canSwitch() const {
    return m_hasUser && m_user.hasPermission(QString::fromLatin1(kPermission));
}

QString RegistrationsController::switchBlockedReason() const {
    if (canSwitch()) {
        return {};
    }
    if (!m_hasUser) {
        return tr("Sign in to disable or enable functions.");
    }
    return tr("You need the %1 permission to disable or enable functions.")
        .arg(QString::fromLatin1(kPermission));
}

void RegistrationsController::setBusy(bool busy) {
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

QString RegistrationsController::successText(const QString& functionId, const QString& agentId,
                                             bool enabled) const {
    if (agentId.isEmpty()) {
        return enabled ? tr("%1 is enabled again everywhere.").arg(functionId)
                       : tr("%1 is disabled everywhere.").arg(functionId);
    }
    return enabled ? tr("%1 is enabled again on agent %2.").arg(functionId, agentId)
                   : tr("%1 is disabled on agent %2.").arg(functionId, agentId);
}

void RegistrationsController::setFunctionEnabled(const QString& functionId, const QString& agentId,
                                                 bool enabled, const QString& reason,
                                                 const client::Scope& functionScope) {
    if (!canSwitch()) {
        client::CallError e;
        e.kind = client::CallError::Kind::PermissionDenied;
        e.code = QStringLiteral("PERMISSION_DENIED");
        e.permission = QString::fromLatin1(kPermission);
        e.message = switchBlockedReason();
        emit assignmentFailed(e);
        return;
    }
    const client::Scope scope = functionScope.gameId.isEmpty() ? m_scope : functionScope;
    setBusy(true);
    m_client.setAssignment(
        scope, functionId, agentId, enabled, reason.trimmed(),
        client::guarded<client::Reply<client::AssignmentInfo>>(
            this, [this, functionId, agentId, enabled](client::Reply<client::AssignmentInfo> r) {
                setBusy(false);
                if (r) {
                    emit assignmentSucceeded(successText(functionId, agentId, enabled));
                } else {
                    emit assignmentFailed(r.error());
                }
            }));
}

} // namespace croupier::models
