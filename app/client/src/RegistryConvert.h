#pragma once
// Conversions from RegistryService / ControlService messages into the client's registry values
// (AgentInfo.h). Used only inside croupier_client. Pure functions; any thread.

#include "croupier/client/AgentInfo.h"
#include "croupier/control/v1/control.pb.h"
#include "croupier/registry/v1/registry.pb.h"

namespace croupier::client {

AgentInfo agentFromProto(const registry::v1::AgentInfo& agent, qint64 revision);
FunctionRegistrationInfo registrationFromProto(const registry::v1::FunctionRegistration& reg,
                                               qint64 revision);
// GetRegistrations' answer (revision 0: it carries none).
RegistrationsSnapshot snapshotFromProto(const registry::v1::GetRegistrationsResponse& response);
AssignmentInfo assignmentFromProto(const control::v1::SetAssignmentResponse& response);

} // namespace croupier::client
