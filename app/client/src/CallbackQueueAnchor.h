#pragma once
// gRPC 1.51 runs client callbacks on one completion queue shared by every channel, and shuts it
// down when the last channel that used it is destroyed. A call still finishing on one of its
// threads at that moment aborts the process ("assertion failed: prior > 0"), which happened when
// the console dropped a connection or a health probe with calls in flight. anchorCallbackQueue()
// makes one channel use that queue and keeps it for the life of the process, so the queue never
// shuts down under the console. Idempotent and thread-safe; call it before creating a channel.

namespace croupier::client {

void anchorCallbackQueue();

} // namespace croupier::client
