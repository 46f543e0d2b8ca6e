// Registrations page scale (issue 5): a synthetic feed into the real view-model and page,
// offscreen, with the tables attached.
//  1. A snapshot of 10,000 agents (and their functions): time to load it into the models, and
//     until the page has painted it.
//  2. 1,000 agent updates per second (heartbeats, some status changes) posted from another
//     thread the way the gRPC reactors post them, for N seconds, while a 5 ms QTimer probe
//     measures how late the GUI event loop runs it (p50 / p99 / max).
// Goals: snapshot < 1 s; p99 latency < 50 ms.
//   croupier-registrations-bench [--agents N] [--rate UPDATES_PER_S] [--seconds S]
#include "croupier/client/RegistryClient.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/AgentsModel.h"
#include "croupier/models/FunctionRegistrationsModel.h"
#include "croupier/models/RegistrationsController.h"
#include "croupier/ui/RegistrationsPage.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

using namespace croupier;
using client::AgentInfo;
using client::AgentStatus;

namespace {

struct Options {
    int agents = 10'000;
    int rate = 1'000;
    int seconds = 10;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const int value = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--agents") == 0) {
            o.agents = value;
        } else if (std::strcmp(argv[i], "--rate") == 0) {
            o.rate = value;
        } else if (std::strcmp(argv[i], "--seconds") == 0) {
            o.seconds = value;
        }
    }
    return o;
}

const QStringList kFunctions{"player.ban",  "player.kick", "player.mute",  "item.grant",
                             "item.revoke", "mail.send",   "guild.rename", "server.notice"};

AgentInfo makeAgent(int i, qint64 now, qint64 revision) {
    AgentInfo a;
    a.agentId = QStringLiteral("gs-%1").arg(i, 5, 10, QLatin1Char('0'));
    a.gameId = QStringLiteral("game");
    a.env = QStringLiteral("prod");
    a.version = QStringLiteral("2.%1.0").arg(i % 7);
    a.addr = QStringLiteral("10.%1.%2.%3:7000").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
    a.labels = {{"region", i % 2 ? "eu-west" : "us-east"}, {"shard", QString::number(i % 64)}};
    for (int k = 0; k < 3; ++k) {
        a.functions.append(kFunctions[(i + k * 3) % kFunctions.size()]);
    }
    a.functions.sort();
    a.functions.removeDuplicates();
    a.heartbeatStatus = {{"players", QString::number(i % 900)}};
    a.lastHeartbeatMs = now - (i % 20) * 1000;
    a.registeredAtMs = now - 3'600'000;
    a.status = i % 50 == 0 ? AgentStatus::Offline : AgentStatus::Online;
    a.revision = revision;
    return a;
}

QList<client::FunctionRegistrationInfo> makeFunctions(const QList<AgentInfo>& agents) {
    QHash<QString, client::FunctionRegistrationInfo> byId;
    for (const AgentInfo& a : agents) {
        for (const QString& f : a.functions) {
            auto& reg = byId[f];
            reg.functionId = f;
            reg.gameId = a.gameId;
            reg.env = a.env;
            reg.version = QStringLiteral("1.0.0");
            reg.revision = a.revision;
            reg.agentIds.append(a.agentId);
        }
    }
    return byId.values();
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[at];
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const Options options = parse(argc, argv);

    client::TokenVault vault{nullptr};
    client::ServerConnection connection{vault}; // never connected: the feed is synthetic
    client::RegistryClient registry{connection};
    models::RegistrationsController controller{registry};
    ui::RegistrationsPage page{controller};
    page.resize(1280, 800);
    page.show();
    QApplication::processEvents();

    // 1. Snapshot.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    client::RegistrationsSnapshot snapshot;
    for (int i = 0; i < options.agents; ++i) {
        snapshot.agents.append(makeAgent(i, now, 1));
    }
    snapshot.functions = makeFunctions(snapshot.agents);
    QElapsedTimer timer;
    timer.start();
    emit registry.registrationsReset(snapshot);
    const double modelMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    page.agentsView()->viewport()->repaint();
    QApplication::processEvents();
    const double paintedMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    std::printf("snapshot: %d agents, %lld functions: models %.1f ms, painted %.1f ms "
                "(goal < 1000 ms)\n",
                options.agents, static_cast<long long>(snapshot.functions.size()), modelMs,
                paintedMs);

    // 2. Live updates from a feeder thread, posted like the reactors post them.
    std::atomic<bool> stop{false};
    std::atomic<long> posted{0};
    std::thread feeder([&] {
        std::mt19937 random(42);
        std::uniform_int_distribution<int> pick(0, options.agents - 1);
        const auto period = std::chrono::nanoseconds(1'000'000'000LL / std::max(1, options.rate));
        auto next = std::chrono::steady_clock::now();
        qint64 revision = 2;
        while (!stop.load()) {
            AgentInfo a = makeAgent(pick(random), QDateTime::currentMSecsSinceEpoch(), revision++);
            a.lastHeartbeatMs = QDateTime::currentMSecsSinceEpoch();
            if (revision % 97 == 0) {
                a.status = AgentStatus::Connecting; // now and then a status change
            }
            QMetaObject::invokeMethod(
                &registry, [&registry, a] { emit registry.agentChanged(a); }, Qt::QueuedConnection);
            posted.fetch_add(1);
            next += period;
            std::this_thread::sleep_until(next);
        }
    });

    std::vector<double> lateness;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 t = probeClock.nsecsElapsed();
        if (last != 0) {
            lateness.push_back(std::max(0.0, static_cast<double>(t - last) / 1e6 - 5.0));
        }
        last = t;
    });
    probeClock.start();
    probe.start();
    QTimer::singleShot(options.seconds * 1000, &app, &QApplication::quit);
    app.exec();
    stop.store(true);
    feeder.join();
    const double seconds = static_cast<double>(probeClock.nsecsElapsed()) / 1e9;
    std::printf("live: %.0f updates/s for %.1f s onto %d rows: event-loop latency "
                "p50 %.2f ms, p99 %.2f ms, max %.2f ms (goal p99 < 50 ms)\n",
                static_cast<double>(posted.load()) / seconds, seconds,
                controller.agents()->rowCount(), percentile(lateness, 0.5),
                percentile(lateness, 0.99), percentile(lateness, 1.0));
    return 0;
}
