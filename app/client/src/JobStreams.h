#pragma once
// JobStreams: the job event streams of a FunctionsClient. Each job has at most one stream; it
// remembers the last sequence number delivered, drops anything at or below it (a replay after
// a reconnect), and after a dropped stream reopens from the next one with exponential backoff
// (core::Backoff). It pauses while no one is signed in. GUI thread; owned by FunctionsClient,
// which passes its CallGuard and receives events through Hooks.

#include "croupier/client/CallError.h"
#include "croupier/client/JobInfo.h"

#include "croupier/core/Backoff.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace croupier::client {

class CallGuard;
class ConnectionCore;

class JobStreams {
public:
    struct Hooks {
        std::function<void(const JobEvent&)> event;
        std::function<void(const QString&, const std::optional<CallError>&)> ended;
    };

    JobStreams(ConnectionCore& core, std::shared_ptr<CallGuard> guard, QObject* context,
               Hooks hooks);

    void start(const QString& jobId, qint64 fromSeq);
    void stop(const QString& jobId);
    // Ends every stream with `why` (e.g. disconnected).
    void stopAll(const CallError& why);
    // Cancels every open stream and waits for the next sign-in.
    void pauseAll();
    void resumePaused();
    bool active(const QString& jobId) const { return m_streams.contains(jobId); }
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds max);

private:
    struct Stream {
        explicit Stream(core::Backoff b) : backoff(std::move(b)) {}
        qint64 lastSeq = 0;        // the highest seq delivered
        std::uint64_t callId = 0;  // CallGuard id of the open call (0 = none)
        std::uint64_t attempt = 0; // which open() the live callbacks belong to
        bool paused = false;
        bool finished = false;     // DONE or ERROR delivered
        core::Backoff backoff;
    };

    void open(const QString& jobId);
    void onMessage(const QString& jobId, std::uint64_t attempt, const JobEvent& event);
    void onEnd(const QString& jobId, std::uint64_t attempt, const CallError* error);
    void retryLater(const QString& jobId, const CallError& error);
    void finish(const QString& jobId, const std::optional<CallError>& error);

    ConnectionCore& m_core;
    std::shared_ptr<CallGuard> m_guard;
    QObject* m_context;
    Hooks m_hooks;
    QHash<QString, std::shared_ptr<Stream>> m_streams;
    std::uint64_t m_nextAttempt = 1;
    std::chrono::milliseconds m_initial{500};
    std::chrono::milliseconds m_max{15'000};
};

} // namespace croupier::client
