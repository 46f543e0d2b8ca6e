#pragma once
// Merges the Connect-stream frames waiting behind a write into one batch frame (ServerFrame or
// AgentFrame, whose `batch` field holds `repeated frames`), so a busy stream sends one message
// instead of many. Used by both ends once the peer said it accepts batches. Header-only.

#include <cstddef>
#include <deque>

namespace croupier::proto {

inline constexpr int kMaxBatchFrames = 256;
inline constexpr std::size_t kMaxBatchBytes = 512 * 1024;  // well under any message limit

template <class Frame>
void coalesceFrames(std::deque<Frame>& waiting) {
    Frame merged;
    auto* batch = merged.mutable_batch();
    std::size_t bytes = 0;
    while (!waiting.empty() && batch->frames_size() < kMaxBatchFrames) {
        const std::size_t size = waiting.front().ByteSizeLong();
        if (batch->frames_size() > 0 && bytes + size > kMaxBatchBytes) {
            break;
        }
        bytes += size;
        batch->add_frames()->Swap(&waiting.front());
        waiting.pop_front();
    }
    waiting.push_front(std::move(merged));
}

} // namespace croupier::proto
