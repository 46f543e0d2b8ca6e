#pragma once
// Runs a deeply recursive job (valijson's schema parser) on a helper thread with a large stack,
// so the depth it may reach does not depend on the caller's stack: gRPC and Qt threads can have
// as little as 2 MiB when the stack rlimit is unlimited. Blocks the caller until the job is
// done; the job must not throw.

#include <cstddef>
#include <functional>

namespace croupier::core::detail {

// False when no thread could be started; the job did not run then.
bool runWithLargeStack(const std::function<void()>& job, std::size_t stackBytes);

} // namespace croupier::core::detail
