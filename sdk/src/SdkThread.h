#pragma once
// Marks the threads the SDK owns (handler pool, event thread, connection worker), so Stop() can
// tell that it must not join from one of them.

namespace croupier::sdk::detail {

inline thread_local bool t_isSdkThread = false;

} // namespace croupier::sdk::detail
