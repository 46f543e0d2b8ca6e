#include "croupier/client/ProfileStore.h"

#include <QUrl>

#include <algorithm>

namespace croupier::client {
namespace {

const QString kProfiles = QStringLiteral("connection/profiles");
const QString kLastUsed = QStringLiteral("connection/lastProfile");

// Per-profile keys: the name percent-encoded, so '/' cannot make a subgroup.
QString stateKey(const QString& profile, const char* key) {
    return QStringLiteral("connection/state/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(profile)), QLatin1String(key));
}

void writeProfile(QSettings& s, const ConnectionProfile& p) {
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("address"), p.address);
    s.setValue(QStringLiteral("caFile"), p.caFile);
    s.setValue(QStringLiteral("useSystemTrust"), p.useSystemTrust);
    s.setValue(QStringLiteral("clientCertFile"), p.clientCertFile);
    s.setValue(QStringLiteral("clientKeyFile"), p.clientKeyFile);
    s.setValue(QStringLiteral("serverNameOverride"), p.serverNameOverride);
}

ConnectionProfile readProfile(const QSettings& s) {
    ConnectionProfile p;
    p.name = s.value(QStringLiteral("name")).toString();
    p.address = s.value(QStringLiteral("address")).toString();
    p.caFile = s.value(QStringLiteral("caFile")).toString();
    p.useSystemTrust = s.value(QStringLiteral("useSystemTrust"), false).toBool();
    p.clientCertFile = s.value(QStringLiteral("clientCertFile")).toString();
    p.clientKeyFile = s.value(QStringLiteral("clientKeyFile")).toString();
    p.serverNameOverride = s.value(QStringLiteral("serverNameOverride")).toString();
    return p;
}

} // namespace

ProfileStore::ProfileStore(QString settingsFile) : m_file(std::move(settingsFile)) {}

QString ProfileStore::localProfileName() { return QStringLiteral("Local server"); }

ConnectionProfile ProfileStore::localProfile() {
    ConnectionProfile p;
    p.name = localProfileName();
    p.isLocal = true;
    return p;
}

std::unique_ptr<QSettings> ProfileStore::settings() const {
    if (m_file.isEmpty()) {
        return std::make_unique<QSettings>();
    }
    return std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

QList<ConnectionProfile> ProfileStore::stored() const {
    auto s = settings();
    QList<ConnectionProfile> out;
    const int n = s->beginReadArray(kProfiles);
    for (int i = 0; i < n; ++i) {
        s->setArrayIndex(i);
        ConnectionProfile p = readProfile(*s);
        if (!p.name.isEmpty() && p.name != localProfileName()) {
            out.append(p);
        }
    }
    s->endArray();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return out;
}

void ProfileStore::writeAll(const QList<ConnectionProfile>& profiles) {
    auto s = settings();
    s->remove(kProfiles);
    s->beginWriteArray(kProfiles, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s->setArrayIndex(i);
        writeProfile(*s, profiles[i]);
    }
    s->endArray();
}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> out{localProfile()};
    out.append(stored());
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const {
    for (const auto& p : profiles()) {
        if (p.name == name) {
            return p;
        }
    }
    return std::nullopt;
}

bool ProfileStore::save(const ConnectionProfile& profile) {
    if (profile.name.trimmed().isEmpty() || profile.address.trimmed().isEmpty() ||
        profile.name == localProfileName()) {
        return false;
    }
    auto all = stored();
    ConnectionProfile copy = profile;
    copy.isLocal = false;
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const auto& p) { return p.name == copy.name; });
    if (it != all.end()) {
        *it = copy;
    } else {
        all.append(copy);
    }
    writeAll(all);
    return true;
}

bool ProfileStore::remove(const QString& name) {
    auto all = stored();
    const auto removed = all.removeIf([&](const auto& p) { return p.name == name; });
    if (removed == 0) {
        return false;
    }
    writeAll(all);
    settings()->remove(stateKey(name, "").chopped(1));
    return true;
}

QString ProfileStore::lastUsed() const {
    const QString name = settings()->value(kLastUsed).toString();
    return profile(name) ? name : localProfileName();
}

void ProfileStore::setLastUsed(const QString& name) { settings()->setValue(kLastUsed, name); }

QString ProfileStore::lastUser(const QString& profileName) const {
    return settings()->value(stateKey(profileName, "lastUser")).toString();
}

void ProfileStore::setLastUser(const QString& profileName, const QString& username) {
    settings()->setValue(stateKey(profileName, "lastUser"), username);
}

std::optional<Scope> ProfileStore::lastScope(const QString& profileName) const {
    auto s = settings();
    const QString game = s->value(stateKey(profileName, "gameId")).toString();
    if (game.isEmpty()) {
        return std::nullopt;
    }
    return Scope{game, s->value(stateKey(profileName, "env")).toString()};
}

void ProfileStore::setLastScope(const QString& profileName, const Scope& scope) {
    auto s = settings();
    s->setValue(stateKey(profileName, "gameId"), scope.gameId);
    s->setValue(stateKey(profileName, "env"), scope.env);
}

} // namespace croupier::client
