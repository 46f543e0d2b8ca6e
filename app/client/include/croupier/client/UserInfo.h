#pragma once
// The signed-in user as WhoAmI / Login report it. Permissions may be patterns ("player.*");
// hasPermission() matches them the way the server does (core::PermissionSet).

#include <QList>
#include <QString>
#include <QStringList>

namespace croupier::client {

struct Scope {
    QString gameId;
    QString env;
    bool operator==(const Scope&) const = default;
};

struct UserInfo {
    QString username;
    QString displayName;
    QStringList roles;
    QStringList permissions; // may hold patterns such as "player.*" or "*"
    QList<Scope> scopes;     // empty: every scope
    qint64 tokenExpiresAtMs = 0;

    bool hasPermission(const QString& permission) const;
    bool hasRole(const QString& role) const { return roles.contains(role); }
    bool inScope(const Scope& scope) const;
};

} // namespace croupier::client
