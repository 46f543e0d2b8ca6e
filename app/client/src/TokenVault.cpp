#include "croupier/client/TokenVault.h"

#include "croupier/client/KeychainSecretStore.h"
#include "croupier/client/Reply.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace croupier::client {
namespace {

Q_LOGGING_CATEGORY(lcVault, "croupier.client.vault")

} // namespace

TokenVault::TokenVault(std::unique_ptr<SecretStore> keychain, QObject* parent)
    : QObject(parent), m_keychain(std::move(keychain)) {}

TokenVault::~TokenVault() = default;

std::unique_ptr<TokenVault> TokenVault::withKeychain() {
    return std::make_unique<TokenVault>(std::make_unique<KeychainSecretStore>());
}

QString TokenVault::unavailableNotice() {
    return tr("No keychain available: you will need to sign in again next time.");
}

void TokenVault::readToken(const QString& profile, const QString& user,
                           SecretStore::Callback done) {
    run([profile, user](SecretStore& store,
                        SecretStore::Callback cb) { store.readToken(profile, user, cb); },
        std::move(done));
}

void TokenVault::writeToken(const QString& profile, const QString& user, const QString& token,
                            SecretStore::Callback done) {
    m_memory.writeToken(profile, user, token, {}); // for this session, whatever the keychain does
    run([profile, user, token](SecretStore& store, SecretStore::Callback cb) {
        store.writeToken(profile, user, token, cb);
    },
        std::move(done));
}

void TokenVault::removeToken(const QString& profile, const QString& user,
                             SecretStore::Callback done) {
    // Gone from memory too once answered (the keychain's answer is the one reported).
    auto alsoFromMemory = [this, profile, user, done](SecretResult result) {
        m_memory.removeToken(profile, user, {});
        if (done) {
            done(result);
        }
    };
    run([profile, user](SecretStore& store,
                        SecretStore::Callback cb) { store.removeToken(profile, user, cb); },
        guarded<SecretResult>(this, alsoFromMemory));
}

// Runs `op` on the keychain; when it fails or does not answer in time, on memory instead.
void TokenVault::run(const Operation& op, SecretStore::Callback done) {
    if (!m_keychain) {
        markUnavailable(QStringLiteral("no keychain store"));
    }
    if (!m_keychainAvailable) {
        op(m_memory, std::move(done));
        return;
    }
    auto answered = std::make_shared<bool>(false);
    auto finish = [this, answered, op, done](SecretResult result) {
        if (*answered) {
            return; // the keychain answered after the timeout: too late
        }
        *answered = true;
        if (result.status == SecretResult::Status::Unavailable) {
            markUnavailable(result.message);
            op(m_memory, done);
        } else if (done) {
            done(result);
        }
    };
    QTimer::singleShot(m_timeout, this, [finish] {
        finish({SecretResult::Status::Unavailable, {}, QStringLiteral("no answer in time")});
    });
    op(*m_keychain, guarded<SecretResult>(this, finish));
}

void TokenVault::markUnavailable(const QString& why) {
    if (!m_keychainAvailable) {
        return;
    }
    m_keychainAvailable = false;
    m_problem = why;
    qCWarning(lcVault) << "keychain unavailable, keeping tokens in memory:" << why;
    emit keychainUnavailable(unavailableNotice());
}

} // namespace croupier::client
