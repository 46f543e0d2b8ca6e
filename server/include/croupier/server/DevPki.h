#pragma once
// A development PKI made with OpenSSL: a CA, a server certificate (localhost, 127.0.0.1, ::1 and
// any extra names), and agent client certificates. `croupier-server init` writes it to the data
// dir; tests make one in memory. Not for production: real deployments bring their own PKI.

#include "croupier/core/Result.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace croupier::server {

// The OU every agent certificate carries; the server tells agents from operators by it.
inline constexpr const char* kAgentCertOu = "croupier-agent";

struct CertKey {
    std::string certPem;
    std::string keyPem;
};

struct PkiOptions {
    // Extra subject alternative names for the server certificate: DNS names or IP literals.
    std::vector<std::string> serverNames;
    // One client certificate per name (the certificate's CN); default one named "agent".
    std::vector<std::string> agentNames{"agent"};
    int validDays = 825;
};

struct DevPkiMaterial {
    CertKey ca;
    CertKey server;
    std::map<std::string, CertKey> agents;  // by name
};

// Generates everything in memory (EC P-256 keys, SHA-256 signatures).
core::Result<DevPkiMaterial> generateDevPki(const PkiOptions& options = {});

// Issues one more certificate signed by `ca`. `client` selects clientAuth vs serverAuth usage;
// `names` become SANs (server certificates).
core::Result<CertKey> issueCertificate(const CertKey& ca, const std::string& commonName,
                                       bool client, const std::vector<std::string>& names = {},
                                       int validDays = 825);

// Files written by writeDevPki() under `dir`:
//   ca.crt ca.key server.crt server.key agents/<name>.crt agents/<name>.key
// Keys are mode 0600. Refuses (ALREADY_EXISTS) to overwrite an existing ca.key.
core::Result<void> writeDevPki(const std::filesystem::path& dir, const DevPkiMaterial& material);

} // namespace croupier::server
