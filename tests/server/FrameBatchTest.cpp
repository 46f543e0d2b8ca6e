// proto::coalesceFrames: frames waiting behind a write merge into one batch, in order, within
// the frame-count and byte bounds.
#include "croupier/control/v1/control.pb.h"
#include "croupier/proto/FrameBatch.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>

namespace croupier::proto {
namespace {

using control::v1::ServerFrame;

ServerFrame call(std::uint64_t id, std::size_t payloadBytes = 0) {
    ServerFrame f;
    f.mutable_invoke()->set_request_id(id);
    f.mutable_invoke()->set_function_id(std::string(payloadBytes, 'x'));
    return f;
}

TEST(FrameBatchTest, WaitingFramesBecomeOneBatchInOrder) {
    std::deque<ServerFrame> q;
    for (std::uint64_t i = 1; i <= 5; ++i) {
        q.push_back(call(i));
    }
    coalesceFrames(q);
    ASSERT_EQ(q.size(), 1u);
    ASSERT_TRUE(q.front().has_batch());
    ASSERT_EQ(q.front().batch().frames_size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(q.front().batch().frames(i).invoke().request_id(), static_cast<std::uint64_t>(i + 1));
    }
}

TEST(FrameBatchTest, ABatchHoldsAtMostTheFrameLimit) {
    std::deque<ServerFrame> q;
    for (int i = 0; i < kMaxBatchFrames + 10; ++i) {
        q.push_back(call(static_cast<std::uint64_t>(i)));
    }
    coalesceFrames(q);
    ASSERT_EQ(q.size(), 11u) << "one batch plus the 10 frames left for the next write";
    EXPECT_EQ(q.front().batch().frames_size(), kMaxBatchFrames);
    EXPECT_EQ(q[1].invoke().request_id(), static_cast<std::uint64_t>(kMaxBatchFrames));
}

TEST(FrameBatchTest, ABatchStaysUnderTheByteLimitButAlwaysTakesOneFrame) {
    std::deque<ServerFrame> q;
    q.push_back(call(1, kMaxBatchBytes + 10)); // larger than a batch may be: goes alone
    q.push_back(call(2, kMaxBatchBytes / 2));
    q.push_back(call(3, kMaxBatchBytes / 2));
    coalesceFrames(q);
    ASSERT_EQ(q.front().batch().frames_size(), 1);
    q.pop_front();
    coalesceFrames(q);
    EXPECT_EQ(q.front().batch().frames_size(), 1) << "two halves plus framing exceed the limit";
    EXPECT_EQ(q.size(), 2u);
}

} // namespace
} // namespace croupier::proto
