#include "croupier/client/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace croupier::client {
namespace {

SecretResult resultOf(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretResult::Status::NotFound, {}, {}};
    default:
        return {SecretResult::Status::Unavailable, {}, job.errorString()};
    }
}

// Starts `job` (which deletes itself when finished) and answers `done` with its outcome, queued
// on `store` so the answer never arrives inside the call.
template <class JobType, class Extract>
void runJob(QObject* store, JobType* job, const QString& key, SecretStore::Callback done,
            Extract extract) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, store,
                     [store, done = std::move(done), extract](QKeychain::Job* finished) {
                         SecretResult result = resultOf(*finished);
                         if (result.ok()) {
                             extract(*static_cast<JobType*>(finished), result);
                         }
                         if (done) {
                             QMetaObject::invokeMethod(
                                 store, [done, result] { done(result); }, Qt::QueuedConnection);
                         }
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent) : SecretStore(parent) {}

void KeychainSecretStore::readToken(const QString& profile, const QString& user, Callback done) {
    runJob(this, new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this),
           keyFor(profile, user), std::move(done),
           [](const QKeychain::ReadPasswordJob& job, SecretResult& r) {
               r.secret = job.textData();
           });
}

void KeychainSecretStore::writeToken(const QString& profile, const QString& user,
                                     const QString& token, Callback done) {
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setTextData(token);
    runJob(this, job, keyFor(profile, user), std::move(done),
           [](const QKeychain::WritePasswordJob&, SecretResult&) {});
}

void KeychainSecretStore::removeToken(const QString& profile, const QString& user,
                                      Callback done) {
    runJob(this, new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this),
           keyFor(profile, user), std::move(done),
           [](const QKeychain::DeletePasswordJob&, SecretResult&) {});
}

} // namespace croupier::client
