#include "croupier/client/MemorySecretStore.h"

namespace croupier::client {

MemorySecretStore::MemorySecretStore(QObject* parent) : SecretStore(parent) {}

void MemorySecretStore::answer(Callback done, SecretResult result) {
    if (!done) {
        return;
    }
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void MemorySecretStore::readToken(const QString& profile, const QString& user, Callback done) {
    auto it = m_tokens.constFind(keyFor(profile, user));
    if (it == m_tokens.constEnd()) {
        answer(std::move(done), {SecretResult::Status::NotFound, {}, {}});
        return;
    }
    answer(std::move(done), {SecretResult::Status::Ok, it.value(), {}});
}

void MemorySecretStore::writeToken(const QString& profile, const QString& user,
                                   const QString& token, Callback done) {
    m_tokens.insert(keyFor(profile, user), token);
    answer(std::move(done), {});
}

void MemorySecretStore::removeToken(const QString& profile, const QString& user, Callback done) {
    const bool removed = m_tokens.remove(keyFor(profile, user)) > 0;
    answer(std::move(done),
           {removed ? SecretResult::Status::Ok : SecretResult::Status::NotFound, {}, {}});
}

} // namespace croupier::client
