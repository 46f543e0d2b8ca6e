#pragma once
// KeychainSecretStore: tokens in the OS keychain (Secret Service / KWallet on Linux, Keychain
// on macOS, Credential Manager on Windows) through QtKeychain, service "croupier-console".
// QtKeychain's insecure plain-text fallback stays off: where no keychain answers, every call
// reports Unavailable and TokenVault keeps the token in memory instead. GUI thread; callbacks
// run when QtKeychain's job finishes.

#include "croupier/client/SecretStore.h"

namespace croupier::client {

class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    static constexpr const char* kService = "croupier-console";

    explicit KeychainSecretStore(QObject* parent = nullptr);

    void readToken(const QString& profile, const QString& user, Callback done) override;
    void writeToken(const QString& profile, const QString& user, const QString& token,
                    Callback done) override;
    void removeToken(const QString& profile, const QString& user, Callback done) override;
};

} // namespace croupier::client
