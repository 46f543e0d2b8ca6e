#include "ExitCodes.h"

#include "croupier/proto/RichStatus.h"

#include <cstdio>

namespace croupier::cli {

int exitCodeFor(grpc::StatusCode code) {
    if (code == grpc::StatusCode::OK) {
        return kExitOk;
    }
    return kExitRpcBase + static_cast<int>(code);
}

std::string exitCodeTable() {
    std::string out = "  0    success\n"
                      "  1    the function's handler or the job failed (a canceled job too)\n"
                      "  2    usage error (unknown option, missing argument, bad value) or an\n"
                      "       unusable local file (--ca, the token file)\n"
                      "  3    sent for approval: the call has not run yet (invoke, job start)\n"
                      "  4    audit verify found a broken record in the audit chain\n"
                      "  10+N the server (or the connection) answered with gRPC status N:\n";
    for (int c = static_cast<int>(grpc::StatusCode::CANCELLED);
         c <= static_cast<int>(grpc::StatusCode::UNAUTHENTICATED); ++c) {
        const auto code = static_cast<grpc::StatusCode>(c);
        char line[64];
        std::snprintf(line, sizeof line, "  %-4d   %s\n", exitCodeFor(code),
                      std::string(proto::codeName(code)).c_str());
        out += line;
    }
    out += "  130  interrupted (Ctrl-C)\n";
    return out;
}

} // namespace croupier::cli
