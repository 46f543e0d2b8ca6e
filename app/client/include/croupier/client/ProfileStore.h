#pragma once
// ProfileStore keeps connection profiles and what the console remembers per profile (last
// user, last scope) in QSettings. The built-in "Local server" profile is always listed first,
// is never written to the settings and cannot be removed. GUI thread; holds no state besides
// the QSettings location, so several stores over one file agree.

#include "croupier/client/ConnectionProfile.h"
#include "croupier/client/UserInfo.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace croupier::client {

class ProfileStore {
public:
    // Uses the application's default QSettings, or the INI file `settingsFile` when given.
    explicit ProfileStore(QString settingsFile = {});

    // "Local server": a fixed name (settings and keychain keys use it); the UI translates it
    // for display.
    static QString localProfileName();
    static ConnectionProfile localProfile();

    QList<ConnectionProfile> profiles() const; // the local profile first, then by name
    std::optional<ConnectionProfile> profile(const QString& name) const;
    // Adds or replaces the profile of that name. False for the local profile's name or an
    // empty name or address.
    bool save(const ConnectionProfile& profile);
    bool remove(const QString& name); // false for the local profile or an unknown name

    QString lastUsed() const;         // the local profile's name when none was used yet
    void setLastUsed(const QString& name);
    QString lastUser(const QString& profileName) const;
    void setLastUser(const QString& profileName, const QString& username);
    std::optional<Scope> lastScope(const QString& profileName) const;
    void setLastScope(const QString& profileName, const Scope& scope);

private:
    std::unique_ptr<QSettings> settings() const;
    QList<ConnectionProfile> stored() const;
    void writeAll(const QList<ConnectionProfile>& profiles);

    QString m_file;
};

} // namespace croupier::client
