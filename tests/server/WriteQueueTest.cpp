// WriteQueue: one outstanding write, FIFO, the `more` hint, the bound, closing with and without
// dropping, and stable message addresses while a write is in progress.

#include "croupier/server/WriteQueue.h"

#include <gtest/gtest.h>
#include <string>

namespace croupier::server {
namespace {

using Queue = WriteQueue<std::string>;

TEST(WriteQueueTest, OnlyTheFirstPushStartsAWrite) {
    Queue q;
    const std::string* toWrite = nullptr;
    EXPECT_TRUE(q.idle());
    ASSERT_EQ(q.push("a", &toWrite), Queue::Push::Start);
    ASSERT_NE(toWrite, nullptr);
    EXPECT_EQ(*toWrite, "a");
    EXPECT_FALSE(q.idle());

    const std::string* untouched = nullptr;
    EXPECT_EQ(q.push("b", &untouched), Queue::Push::Queued);
    EXPECT_EQ(q.push("c", &untouched), Queue::Push::Queued);
    EXPECT_EQ(untouched, nullptr) << "a queued push must not hand out a message to write";
}

TEST(WriteQueueTest, WriteDoneHandsOutMessagesInOrderWithTheMoreHint) {
    Queue q;
    const std::string* w = nullptr;
    ASSERT_EQ(q.push("a", &w), Queue::Push::Start);
    ASSERT_EQ(q.push("b", &w), Queue::Push::Queued);
    ASSERT_EQ(q.push("c", &w), Queue::Push::Queued);

    bool more = false;
    const std::string* next = q.writeDone(true, &more);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(*next, "b");
    EXPECT_TRUE(more) << "c waits behind b";

    next = q.writeDone(true, &more);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(*next, "c");
    EXPECT_FALSE(more);

    EXPECT_EQ(q.writeDone(true, &more), nullptr);
    EXPECT_TRUE(q.idle());
    // Idle again: the next push starts a write.
    ASSERT_EQ(q.push("d", &w), Queue::Push::Start);
    EXPECT_EQ(*w, "d");
}

TEST(WriteQueueTest, MessageAddressStaysValidWhileMoreArePushed) {
    Queue q;
    const std::string* front = nullptr;
    ASSERT_EQ(q.push("front", &front), Queue::Push::Start);
    const std::string* unused = nullptr;
    for (int i = 0; i < 10'000; ++i) {
        ASSERT_EQ(q.push(std::string(64, 'x') + std::to_string(i), &unused), Queue::Push::Queued);
    }
    EXPECT_EQ(*front, "front");
}

TEST(WriteQueueTest, OverflowsPastTheLimitCountingTheWriteInProgress) {
    Queue q(3);
    const std::string* w = nullptr;
    EXPECT_EQ(q.push("a", &w), Queue::Push::Start);
    EXPECT_EQ(q.push("b", &w), Queue::Push::Queued);
    EXPECT_EQ(q.push("c", &w), Queue::Push::Queued);
    EXPECT_EQ(q.push("d", &w), Queue::Push::Overflow);

    bool more = false;
    ASSERT_NE(q.writeDone(true, &more), nullptr); // a written: room for one
    EXPECT_EQ(q.push("d", &w), Queue::Push::Queued);
    EXPECT_EQ(q.push("e", &w), Queue::Push::Overflow);
    // The refused message was not queued: b, c, d follow in order.
    std::string rest;
    for (const std::string* m = q.writeDone(true, &more); m != nullptr;
         m = q.writeDone(true, &more)) {
        rest += *m;
    }
    EXPECT_EQ(rest, "cd"); // b was handed out by the first writeDone above
}

TEST(WriteQueueTest, CloseWithDropKeepsOnlyTheWriteInProgress) {
    Queue q;
    const std::string* front = nullptr;
    ASSERT_EQ(q.push("a", &front), Queue::Push::Start);
    const std::string* w = nullptr;
    ASSERT_EQ(q.push("b", &w), Queue::Push::Queued);
    ASSERT_EQ(q.push("c", &w), Queue::Push::Queued);

    q.close(true);
    EXPECT_EQ(*front, "a") << "the message being written must survive close";
    EXPECT_EQ(q.push("d", &w), Queue::Push::Closed);
    EXPECT_FALSE(q.idle());
    bool more = false;
    EXPECT_EQ(q.writeDone(true, &more), nullptr) << "b and c were dropped";
    EXPECT_TRUE(q.idle());
}

TEST(WriteQueueTest, CloseWithoutDropStillWritesWhatIsQueued) {
    Queue q;
    const std::string* w = nullptr;
    ASSERT_EQ(q.push("a", &w), Queue::Push::Start);
    ASSERT_EQ(q.push("b", &w), Queue::Push::Queued);
    q.close(false);
    EXPECT_EQ(q.push("c", &w), Queue::Push::Closed);
    bool more = true;
    const std::string* next = q.writeDone(true, &more);
    ASSERT_NE(next, nullptr);
    EXPECT_EQ(*next, "b");
    EXPECT_FALSE(more);
    EXPECT_EQ(q.writeDone(true, &more), nullptr);
    EXPECT_TRUE(q.idle());
}

TEST(WriteQueueTest, CloseWhileIdleRefusesPushes) {
    Queue q;
    q.close(true);
    const std::string* w = nullptr;
    EXPECT_EQ(q.push("a", &w), Queue::Push::Closed);
    EXPECT_TRUE(q.idle());
}

TEST(WriteQueueTest, FailedWriteDropsTheRestAndCloses) {
    Queue q;
    const std::string* w = nullptr;
    ASSERT_EQ(q.push("a", &w), Queue::Push::Start);
    ASSERT_EQ(q.push("b", &w), Queue::Push::Queued);
    bool more = false;
    EXPECT_EQ(q.writeDone(false, &more), nullptr);
    EXPECT_TRUE(q.idle());
    EXPECT_EQ(q.push("c", &w), Queue::Push::Closed);
}

} // namespace
} // namespace croupier::server
