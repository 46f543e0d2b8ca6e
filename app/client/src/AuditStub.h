#pragma once
// TEMPORARY: ConnectionCore builds stubs for the auth, function and registry services only, and
// its channel is private. Until it offers `audit()` like the others (the snippet is in the
// audit slice's report), newAuditStub() makes an AuditService stub on ConnectionCore's own
// channel, so audit calls share its connection, TLS settings and bookkeeping. Delete this file
// once ConnectionCore has the accessor. GUI thread (reads ConnectionCore).

#include "croupier/audit/v1/audit.grpc.pb.h"

#include <memory>

namespace croupier::client {

class ConnectionCore;

// A stub on `core`'s current channel; null while no channel is open.
std::unique_ptr<audit::v1::AuditService::Stub> newAuditStub(const ConnectionCore& core);

} // namespace croupier::client
