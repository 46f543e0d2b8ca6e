#pragma once
// One server the console can connect to: where it is and how to trust it. Kept by ProfileStore
// (QSettings); the built-in "Local server" profile (isLocal) gets its address and CA file from
// LocalServer once the bundled server runs. A plain value.

#include <QString>

namespace croupier::client {

struct ConnectionProfile {
    QString name;
    QString address;         // "host:port"
    QString caFile;          // PEM file of the CA that signed the server's certificate
    bool useSystemTrust = false; // verify with the system's roots instead of caFile
    QString clientCertFile;  // optional client certificate (PEM) ...
    QString clientKeyFile;   // ... and its key
    QString serverNameOverride; // optional: the name the server certificate is checked against
    bool isLocal = false;    // the built-in profile: LocalServer starts the server

    bool operator==(const ConnectionProfile&) const = default;
};

} // namespace croupier::client
