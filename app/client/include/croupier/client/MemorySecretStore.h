#pragma once
// MemorySecretStore: tokens in this process's memory only, gone when the console quits. The
// fallback when no keychain answers, and the store tests use. GUI thread; callbacks are queued,
// never run inside the call.

#include "croupier/client/SecretStore.h"

#include <QHash>

namespace croupier::client {

class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void readToken(const QString& profile, const QString& user, Callback done) override;
    void writeToken(const QString& profile, const QString& user, const QString& token,
                    Callback done) override;
    void removeToken(const QString& profile, const QString& user, Callback done) override;

    int size() const { return m_tokens.size(); }

private:
    void answer(Callback done, SecretResult result);

    QHash<QString, QString> m_tokens; // keyFor(profile, user) -> token
};

} // namespace croupier::client
