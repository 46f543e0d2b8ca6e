// StreamOutbox in front of fake writers: one write at a time in FIFO order with the `more` hint,
// overflow, finishing with and without draining, detach, a writer that completes inline (as
// gRPC may), and many producer threads against a writer completing on its own thread.

#include "croupier/server/StreamOutbox.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <gtest/gtest.h>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace croupier::server {
namespace {

using namespace std::chrono_literals;
using Outbox = StreamOutbox<std::string>;

// Records what the outbox asks for; the test completes writes by calling onWriteDone.
class ManualWriter final : public Outbox::Writer {
public:
    void startWrite(const std::string* msg, bool moreQueued) override {
        if (inFlight != nullptr) {
            overlapped = true;
        }
        inFlight = msg;
        started.emplace_back(*msg, moreQueued);
    }
    void finish(const grpc::Status& status) override { finished.push_back(status); }

    // Completes the write in progress; false when there is none.
    bool complete(Outbox& outbox, bool ok = true) {
        if (inFlight == nullptr) {
            return false;
        }
        inFlight = nullptr;
        outbox.onWriteDone(ok);
        return true;
    }

    const std::string* inFlight = nullptr;
    bool overlapped = false;
    std::vector<std::pair<std::string, bool>> started; // message, more hint
    std::vector<grpc::Status> finished;
};

std::vector<std::string> messages(const ManualWriter& w) {
    std::vector<std::string> out;
    for (const auto& [m, more] : w.started) {
        out.push_back(m);
    }
    return out;
}

TEST(StreamOutboxTest, OneWriteAtATimeInOrderWithTheMoreHint) {
    ManualWriter w;
    Outbox out(&w, 100);
    for (const char* m : {"a", "b", "c"}) {
        EXPECT_EQ(out.send(m), Outbox::Send::Ok);
    }
    ASSERT_EQ(w.started.size(), 1U) << "only one write may be outstanding";
    while (w.complete(out)) {
    }
    EXPECT_FALSE(w.overlapped);
    const std::vector<std::pair<std::string, bool>> expected = {
        {"a", false}, {"b", true}, {"c", false}};
    EXPECT_EQ(w.started, expected);
    EXPECT_TRUE(w.finished.empty());
    EXPECT_TRUE(out.isOpen());
}

TEST(StreamOutboxTest, OverflowsAtTheLimit) {
    ManualWriter w;
    Outbox out(&w, 2);
    EXPECT_EQ(out.send("a"), Outbox::Send::Ok);
    EXPECT_EQ(out.send("b"), Outbox::Send::Ok);
    EXPECT_EQ(out.send("c"), Outbox::Send::Overflow);
    while (w.complete(out)) {
    }
    EXPECT_EQ(messages(w), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(out.send("c"), Outbox::Send::Ok);
}

TEST(StreamOutboxTest, FinishWithDrainWaitsForQueuedMessages) {
    ManualWriter w;
    Outbox out(&w, 100);
    out.send("a");
    out.send("b");
    out.send("c");
    out.finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "bye"), true);
    EXPECT_FALSE(out.isOpen());
    EXPECT_EQ(out.send("late"), Outbox::Send::Closed);
    EXPECT_TRUE(w.finished.empty()) << "finished before the queue drained";

    ASSERT_TRUE(w.complete(out)); // a
    ASSERT_TRUE(w.complete(out)); // b
    EXPECT_TRUE(w.finished.empty());
    ASSERT_TRUE(w.complete(out)); // c
    ASSERT_EQ(w.finished.size(), 1U);
    EXPECT_EQ(w.finished[0].error_code(), grpc::StatusCode::UNAVAILABLE);
    EXPECT_EQ(w.finished[0].error_message(), "bye");
    EXPECT_EQ(messages(w), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(StreamOutboxTest, FinishWithDrainWhenIdleFinishesAtOnce) {
    ManualWriter w;
    Outbox out(&w, 100);
    out.send("a");
    ASSERT_TRUE(w.complete(out));
    out.finish(grpc::Status::OK, true);
    ASSERT_EQ(w.finished.size(), 1U);
    EXPECT_TRUE(w.finished[0].ok());
}

TEST(StreamOutboxTest, FinishWithoutDrainFinishesAtOnceAndKeepsTheWriteInProgress) {
    ManualWriter w;
    Outbox out(&w, 100);
    out.send("a");
    out.send("b");
    out.send("c");
    const std::string* writing = w.inFlight;
    out.finish(grpc::Status(grpc::StatusCode::ABORTED, "superseded"), false);
    ASSERT_EQ(w.finished.size(), 1U);
    EXPECT_EQ(w.finished[0].error_code(), grpc::StatusCode::ABORTED);
    EXPECT_EQ(*writing, "a") << "the message gRPC is still writing must stay alive";

    ASSERT_TRUE(w.complete(out));
    EXPECT_EQ(w.inFlight, nullptr) << "queued messages were dropped, not written";
    EXPECT_EQ(messages(w), (std::vector<std::string>{"a"}));
    out.finish(grpc::Status::OK, true);
    EXPECT_EQ(w.finished.size(), 1U) << "finish happens once";
}

TEST(StreamOutboxTest, DetachMakesSendFailAndSilencesTheWriter) {
    ManualWriter w;
    Outbox out(&w, 100);
    out.send("a");
    out.send("b");
    out.detach();
    EXPECT_FALSE(out.isOpen());
    EXPECT_EQ(out.send("c"), Outbox::Send::Closed);
    out.onWriteDone(true); // the reactor's last callback must not reach the writer
    out.finish(grpc::Status::OK, false);
    EXPECT_EQ(messages(w), (std::vector<std::string>{"a"}));
    EXPECT_TRUE(w.finished.empty());
}

// Completes every write inside startWrite, on the caller's thread, like gRPC may.
class InlineWriter final : public Outbox::Writer {
public:
    Outbox* outbox = nullptr;
    void startWrite(const std::string* msg, bool /*moreQueued*/) override {
        written.push_back(*msg); // copy first: onWriteDone releases the message
        if (written.size() == 1) {
            outbox->send("from-inside"); // a reaction that queues another frame
        }
        outbox->onWriteDone(true);
    }
    void finish(const grpc::Status& /*status*/) override { ++finishes; }
    std::vector<std::string> written;
    int finishes = 0;
};

TEST(StreamOutboxTest, InlineWriteCompletionNeitherDeadlocksNorReorders) {
    InlineWriter w;
    Outbox out(&w, 100);
    w.outbox = &out;
    for (const char* m : {"a", "b", "c"}) {
        EXPECT_EQ(out.send(m), Outbox::Send::Ok);
    }
    EXPECT_EQ(w.written, (std::vector<std::string>{"a", "from-inside", "b", "c"}));
    out.finish(grpc::Status::OK, true);
    EXPECT_EQ(w.finishes, 1);
    EXPECT_EQ(out.send("late"), Outbox::Send::Closed);
}

// Completes writes on a thread of its own, one at a time, and notes any overlap.
class ThreadedWriter final : public Outbox::Writer {
public:
    explicit ThreadedWriter(Outbox*& outbox)
        : m_outbox(outbox) {
        m_thread = std::thread([this] { run(); });
    }
    ~ThreadedWriter() override { stop(); }
    // Joins the completion thread: after this it calls the outbox no more.
    void stop() {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_cv.notify_all();
        if (m_thread.joinable()) {
            m_thread.join();
        }
    }
    void startWrite(const std::string* msg, bool /*moreQueued*/) override {
        {
            std::lock_guard lock(m_mutex);
            if (m_pending.has_value()) {
                overlapped = true; // a second write before the first was even taken up
            }
            m_pending = *msg;
        }
        m_cv.notify_all();
    }
    void finish(const grpc::Status& /*status*/) override {}
    std::size_t writtenCount() {
        std::lock_guard lock(m_mutex);
        return written.size();
    }
    std::vector<std::string> written; // read after writtenCount() reached the total
    bool overlapped = false;

private:
    void run() {
        for (;;) {
            {
                std::unique_lock lock(m_mutex);
                m_cv.wait(lock, [this] { return m_stop || m_pending.has_value(); });
                if (m_stop) {
                    return;
                }
                written.push_back(std::move(*m_pending));
                m_pending.reset();
            }
            m_outbox->onWriteDone(true); // outside our mutex: it may call startWrite
        }
    }

    Outbox*& m_outbox;
    std::mutex m_mutex; // guards m_pending, m_stop, written, overlapped
    std::condition_variable m_cv;
    std::optional<std::string> m_pending;
    bool m_stop = false;
    std::thread m_thread;
};

TEST(StreamOutboxTest, ManyProducersEachMessageWrittenOnceInPerThreadOrder) {
    constexpr int kThreads = 8;
    constexpr int kPerThread = 10'000;
    Outbox* outboxPtr = nullptr;
    ThreadedWriter writer(outboxPtr);
    Outbox out(&writer, kThreads * kPerThread);
    outboxPtr = &out;

    std::vector<std::thread> producers;
    std::atomic<int> refused{0};
    for (int t = 0; t < kThreads; ++t) {
        producers.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                if (out.send(std::to_string(t) + ":" + std::to_string(i)) != Outbox::Send::Ok) {
                    ++refused;
                }
            }
        });
    }
    for (auto& p : producers) {
        p.join();
    }
    ASSERT_EQ(refused, 0);
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (writer.writtenCount() < kThreads * kPerThread &&
           std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(1ms);
    }
    ASSERT_EQ(writer.writtenCount(), static_cast<std::size_t>(kThreads * kPerThread));
    writer.stop(); // it may still be inside the last onWriteDone; `out` must outlive that

    std::vector<int> next(kThreads, 0);
    for (const auto& m : writer.written) {
        const auto colon = m.find(':');
        const int t = std::stoi(m.substr(0, colon));
        const int i = std::stoi(m.substr(colon + 1));
        ASSERT_EQ(i, next[t]) << "thread " << t << " out of order or duplicated";
        ++next[t];
    }
    EXPECT_EQ(next, std::vector<int>(kThreads, kPerThread));
    EXPECT_FALSE(writer.overlapped);
}

} // namespace
} // namespace croupier::server
