#include "croupier/core/ThreadPool.h"


#include <atomic>
#include <condition_variable>
#include <gtest/gtest.h>
#include <mutex>
#include <vector>

namespace {

using croupier::core::ThreadPool;

TEST(ThreadPoolTest, RunsEveryTaskBeforeShutdownReturns) {
    std::atomic<int> ran{0};
    ThreadPool pool(3);
    for (int i = 0; i < 100; ++i) {
        ASSERT_TRUE(pool.submit([&] { ++ran; }));
    }
    pool.shutdown();
    EXPECT_EQ(ran.load(), 100);
}

TEST(ThreadPoolTest, OneThreadRunsTasksInOrder) {
    std::vector<int> order;
    ThreadPool pool(1);
    for (int i = 0; i < 20; ++i) {
        pool.submit([&order, i] { order.push_back(i); });
    }
    pool.shutdown();
    ASSERT_EQ(order.size(), 20U);
    for (int i = 0; i < 20; ++i) {
        EXPECT_EQ(order[static_cast<std::size_t>(i)], i);
    }
}

TEST(ThreadPoolTest, RefusesTasksAfterShutdown) {
    ThreadPool pool(2);
    pool.shutdown();
    pool.shutdown(); // idempotent
    EXPECT_FALSE(pool.submit([] {}));
}

TEST(ThreadPoolTest, RunsAsManyTasksAtOnceAsItHasThreads) {
    // Each task waits until all four are running: only possible with four threads.
    constexpr int kThreads = 4;
    ThreadPool pool(kThreads);
    std::mutex mutex;
    std::condition_variable allIn;
    int running = 0;
    std::atomic<int> finished{0};
    for (int i = 0; i < kThreads; ++i) {
        pool.submit([&] {
            std::unique_lock lock(mutex);
            ++running;
            allIn.notify_all();
            allIn.wait(lock, [&] { return running == kThreads; });
            ++finished;
        });
    }
    pool.shutdown();
    EXPECT_EQ(finished.load(), kThreads);
}

thread_local bool t_marked = false;

TEST(ThreadPoolTest, RunsTheStartHookOnItsThreadsAndKnowsThem) {
    ThreadPool pool(1, [] { t_marked = true; });
    std::atomic<bool> marked{false};
    std::atomic<bool> own{false};
    pool.submit([&] {
        marked = t_marked;
        own = pool.isOwnThread();
    });
    pool.shutdown();
    EXPECT_TRUE(marked.load());
    EXPECT_FALSE(t_marked) << "the hook ran on the pool thread, not here";
    EXPECT_TRUE(own.load());
    EXPECT_FALSE(pool.isOwnThread());
    EXPECT_EQ(pool.size(), 1U);
}

TEST(ThreadPoolTest, AtLeastOneThread) {
    ThreadPool pool(0);
    std::atomic<bool> ran{false};
    pool.submit([&] { ran = true; });
    pool.shutdown();
    EXPECT_TRUE(ran.load());
}

} // namespace
