// croupier-invoke-bench: one run on loopback with TLS, everything in this process.
//   1. bare gRPC unary echo of the payload (the baseline)
//   2. InvokeFunction through croupier-server to an SDK agent (seed 001's player.ban schema),
//      signed in as a GM: token check, permission check and a durable audit record per call
// Each: calls/s with 64 calls in flight (and the process CPU time per call, which a shared
// machine disturbs less than calls/s), then sequential p50/p99 latency. Then job events/s
// streamed through StreamJobEvents. Prints a table and the ratios against the goals
// (Croupier >= 40% of the echo's calls/s, p50 <= 3x the echo's). `--only invoke` holds one
// path under steady load instead, for a profiler (`perf record -p <pid>`).
#include "TestEnv.h"

#include "bench_echo.grpc.pb.h"
#include "croupier/function/v1/function.grpc.pb.h"
#include "croupier/proto/JsonStruct.h"

#include <absl/synchronization/mutex.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <thread>

using namespace croupier;
using namespace std::chrono;
using nlohmann::json;

namespace {

struct Figures {
    double callsPerSecond = 0;
    double p50us = 0;
    double p99us = 0;
};

struct Settings {
    int inFlight = 64;
    seconds throughputTime{5};
    int sequentialCalls = 2000;
    int jobEvents = 20000;
};

// What one throughput window measured.
struct Rate {
    double callsPerSecond = 0;
    // The whole process's CPU time (user + system, every thread: client, server and agent alike)
    // per completed call. Less sensitive than calls/s to a shared machine's other tenants.
    double cpuUsPerCall = 0;
};

double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    const auto secs = [](const timeval& t) { return t.tv_sec + t.tv_usec / 1e6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

// Issues `call(done)` with `inFlight` outstanding until `window` passes.
Rate throughput(int inFlight, seconds window,
                const std::function<void(std::function<void(bool)>)>& call) {
    std::atomic<long> completed{0};
    std::atomic<long> failed{0};
    std::atomic<bool> stop{false};
    std::atomic<int> outstanding{0};
    std::mutex m;
    std::condition_variable cv;
    std::function<void()> issue = [&] {
        ++outstanding;
        call([&](bool ok) {
            (ok ? completed : failed)++;
            if (!stop.load()) {
                issue();
            }
            if (--outstanding == 0) {
                std::lock_guard lock(m);
                cv.notify_all();
            }
        });
    };
    for (int i = 0; i < inFlight; ++i) {
        issue();
    }
    std::this_thread::sleep_for(seconds(1)); // warm-up
    const long before = completed.load();
    const auto start = steady_clock::now();
    const double cpuBefore = processCpuSeconds();
    std::this_thread::sleep_for(window);
    const long after = completed.load();
    const double cpu = processCpuSeconds() - cpuBefore;
    const double elapsed = duration_cast<duration<double>>(steady_clock::now() - start).count();
    stop = true;
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return outstanding.load() == 0; });
    if (failed.load() > 0) {
        std::fprintf(stderr, "warning: %ld calls failed\n", failed.load());
    }
    const double calls = std::max(1.0, static_cast<double>(after - before));
    return {calls / elapsed, cpu * 1e6 / calls};
}

void latency(int calls, const std::function<bool()>& call, Figures& out) {
    std::vector<double> us;
    us.reserve(calls);
    for (int i = 0; i < 200; ++i) {
        call(); // warm-up
    }
    for (int i = 0; i < calls; ++i) {
        const auto t0 = steady_clock::now();
        if (!call()) {
            std::fprintf(stderr, "warning: a sequential call failed\n");
        }
        us.push_back(duration_cast<duration<double, std::micro>>(steady_clock::now() - t0).count());
    }
    std::sort(us.begin(), us.end());
    out.p50us = us[us.size() / 2];
    out.p99us = us[std::min(us.size() - 1, us.size() * 99 / 100)];
}

class EchoService final : public bench::v1::EchoService::CallbackService {
    grpc::ServerUnaryReactor* Echo(grpc::CallbackServerContext* ctx,
                                   const google::protobuf::Struct* req,
                                   google::protobuf::Struct* resp) override {
        *resp = *req;
        auto* r = ctx->DefaultReactor();
        r->Finish(grpc::Status::OK);
        return r;
    }
};

std::shared_ptr<grpc::Channel> clientChannel(const std::string& addr) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = testing::testPki().ca.certPem;
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
    return grpc::CreateCustomChannel(addr, grpc::SslCredentials(ssl), args);
}

// Both paths, built once and measured in alternation so machine noise hits both alike.
class Bench {
public:
    explicit Bench(const google::protobuf::Struct& payload)
        : m_payload(payload),
          m_server({.heartbeat = milliseconds(5000), .tweak = [](server::ServerConfig& c) {
                        c.logLevel = core::LogLevel::Warn;
                    }}) {
        startEcho();
        startAgent();
        m_invoke.set_game_id("game");
        m_invoke.set_env("dev");
        m_invoke.set_function_id("player.ban");
        *m_invoke.mutable_payload() = m_payload;
    }
    ~Bench() {
        m_agent->Stop();
        m_echoServer->Shutdown();
    }

    Rate echoThroughput(const Settings& s) {
        return throughput(s.inFlight, s.throughputTime, [&](auto done) {
            auto* ctx = new grpc::ClientContext;
            auto* resp = new google::protobuf::Struct;
            m_echo->async()->Echo(ctx, &m_payload, resp, [ctx, resp, done](grpc::Status st) {
                delete ctx;
                delete resp;
                done(st.ok());
            });
        });
    }
    Rate invokeThroughput(const Settings& s) {
        return throughput(s.inFlight, s.throughputTime, [&](auto done) {
            auto* ctx = new grpc::ClientContext;
            auto* resp = new function::v1::InvokeFunctionResponse;
            m_functions->async()->InvokeFunction(ctx, &m_invoke, resp,
                                                 [ctx, resp, done](grpc::Status st) {
                                                     const bool ok = st.ok() && resp->success();
                                                     delete ctx;
                                                     delete resp;
                                                     done(ok);
                                                 });
        });
    }
    bool echoOnce() {
        grpc::ClientContext ctx;
        google::protobuf::Struct resp;
        return m_echo->Echo(&ctx, m_payload, &resp).ok();
    }
    bool invokeOnce() {
        grpc::ClientContext ctx;
        function::v1::InvokeFunctionResponse resp;
        return m_functions->InvokeFunction(&ctx, m_invoke, &resp).ok() && resp.success();
    }
    double jobEventsPerSecond(int events);

private:
    void startEcho() {
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back(
            {testing::testPki().server.keyPem, testing::testPki().server.certPem});
        int port = 0;
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port);
        builder.RegisterService(&m_echoService);
        m_echoServer = builder.BuildAndStart();
        m_echo = bench::v1::EchoService::NewStub(clientChannel("localhost:" + std::to_string(port)));
    }
    void startAgent();

    google::protobuf::Struct m_payload;
    EchoService m_echoService;
    std::unique_ptr<grpc::Server> m_echoServer;
    std::unique_ptr<bench::v1::EchoService::Stub> m_echo;
    testing::TestServer m_server;
    std::unique_ptr<sdk::AgentClient> m_agent;
    std::unique_ptr<function::v1::FunctionService::Stub> m_functions;
    function::v1::InvokeFunctionRequest m_invoke;
};

void Bench::startAgent() {
    // The seed's schema; without approval (a call would wait for approvers) and rate limit
    // (10rps would cap the figures). Auth, the permission check and the audit append stay.
    const json ban = testing::directBanDescriptor();
    const json stream = {{"id", "bench.stream"},
                         {"auth", {{"permission", "player.export"}}},
                         {"params", {{"type", "object"},
                                     {"properties", {{"events", {{"type", "integer"}}}}}}}};
    m_agent = std::make_unique<sdk::AgentClient>(
        testing::agentConfig(m_server, "bench-agent").set_handler_threads(4));
    m_agent->RegisterFunction(sdk::Descriptor::FromJson(ban),
                              [](const sdk::Context&, const json& params) {
                                  return sdk::Result{{"success", true}, {"echo", params}};
                              });
    m_agent->RegisterFunction(sdk::Descriptor::FromJson(stream),
                              [](const sdk::Context& ctx, const json& params) {
                                  const int n = params.value("events", 1000);
                                  for (int i = 1; i <= n; ++i) {
                                      ctx.ReportProgress(static_cast<double>(i) / n, "tick");
                                  }
                                  return sdk::Result{{"events", n}};
                              });
    if (!m_agent->Start().IsOk() || !m_agent->WaitUntilConnected(seconds(10))) {
        std::fprintf(stderr, "the bench agent did not connect\n");
        std::exit(1);
    }
    // A GM's bearer token: every call is authenticated, checked against player.ban and audited.
    m_functions = function::v1::FunctionService::NewStub(
        m_server.operatorChannelWith(m_server.addUser("bench-gm", {"gm"})));
}

double Bench::jobEventsPerSecond(int events) {
    function::v1::InvokeJobRequest job;
    job.set_game_id("game");
    job.set_env("dev");
    job.set_function_id("bench.stream");
    proto::toStruct(json{{"events", events}}, job.mutable_payload());
    const auto t0 = steady_clock::now();
    grpc::ClientContext jctx;
    function::v1::InvokeJobResponse jresp;
    m_functions->InvokeJob(&jctx, job, &jresp);
    function::v1::StreamJobEventsRequest sreq;
    sreq.set_job_id(jresp.job_id());
    grpc::ClientContext sctx;
    auto reader = m_functions->StreamJobEvents(&sctx, sreq);
    function::v1::JobEvent e;
    long received = 0;
    while (reader->Read(&e)) {
        ++received;
    }
    const double secs = duration_cast<duration<double>>(steady_clock::now() - t0).count();
    return static_cast<double>(received) / secs;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    Settings s;
    int rounds = 5;
    std::string only;
    bool windowSet = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            std::printf("usage: croupier-invoke-bench [--quick] [--rounds R] [--seconds N]\n"
                        "                            [--only echo|invoke]\n"
                        "  Alternates a bare gRPC echo and InvokeFunction (5 rounds of 5 s\n"
                        "  windows at 64 in flight, then sequential latency) and prints medians.\n"
                        "  --quick        1 round of 1 s windows, 500 sequential calls\n"
                        "  --rounds R     R rounds instead of 5\n"
                        "  --seconds N    N-second throughput windows\n"
                        "  --only PATH    only PATH's throughput, for one window (default 10 s):\n"
                        "                 a steady load to profile\n");
            return 0;
        }
        if (a == "--only" && i + 1 < argc) {
            only = argv[++i];
            if (only != "echo" && only != "invoke") {
                std::fprintf(stderr, "--only takes echo or invoke, not '%s'\n", only.c_str());
                return 2;
            }
            continue;
        }
        if (a == "--seconds" && i + 1 < argc) {
            s.throughputTime = seconds(std::max(1, std::atoi(argv[++i])));
            windowSet = true;
            continue;
        }
        if (a == "--rounds" && i + 1 < argc) {
            rounds = std::max(1, std::atoi(argv[++i]));
            continue;
        }
        if (a == "--quick") {
            s.throughputTime = seconds(1);
            s.sequentialCalls = 500;
            s.jobEvents = 5000;
            rounds = 1;
            continue;
        }
        std::fprintf(stderr, "unknown option '%s' (see --help)\n", a.c_str());
        return 2;
    }
    // As croupier-server does: Debian's abseil tracks lock graphs in every absl::Mutex (gRPC's
    // too) unless told not to. Applies to both measured paths alike.
    absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
    google::protobuf::Struct payload;
    proto::toStruct(json{{"player_id", "player_123"}, {"duration", 24}, {"reason", "作弊"}},
                    &payload);
    Bench bench(payload);
    if (!only.empty()) {
        if (!windowSet) {
            s.throughputTime = seconds(10);
        }
        const Rate rate = only == "echo" ? bench.echoThroughput(s) : bench.invokeThroughput(s);
        std::printf("%s: %.0f calls/s with %d in flight over %lld s, %.0f us CPU a call\n",
                    only.c_str(), rate.callsPerSecond, s.inFlight,
                    static_cast<long long>(s.throughputTime.count()), rate.cpuUsPerCall);
        return 0;
    }
    std::vector<double> echoRates, invokeRates, ratios, cpuRatios;
    for (int r = 0; r < rounds; ++r) {
        const Rate e = bench.echoThroughput(s);
        const Rate i = bench.invokeThroughput(s);
        echoRates.push_back(e.callsPerSecond);
        invokeRates.push_back(i.callsPerSecond);
        ratios.push_back(i.callsPerSecond / e.callsPerSecond);
        cpuRatios.push_back(i.cpuUsPerCall / e.cpuUsPerCall);
        std::printf("round %d: echo %.0f calls/s (%.0f us CPU a call), invoke %.0f calls/s "
                    "(%.0f us) = %.0f%%\n",
                    r + 1, e.callsPerSecond, e.cpuUsPerCall, i.callsPerSecond, i.cpuUsPerCall,
                    ratios.back() * 100);
    }
    Figures echo, invoke;
    echo.callsPerSecond = median(echoRates);
    invoke.callsPerSecond = median(invokeRates);
    latency(s.sequentialCalls, [&] { return bench.echoOnce(); }, echo);
    latency(s.sequentialCalls, [&] { return bench.invokeOnce(); }, invoke);
    const double eventsPerSecond = bench.jobEventsPerSecond(s.jobEvents);

    std::printf("\n%-34s %12s %10s %10s\n", "loopback, TLS, 2 cores (medians)", "calls/s @64",
                "p50 us", "p99 us");
    std::printf("%-34s %12.0f %10.1f %10.1f\n", "bare gRPC unary echo", echo.callsPerSecond,
                echo.p50us, echo.p99us);
    std::printf("%-34s %12.0f %10.1f %10.1f\n", "InvokeFunction via server + agent",
                invoke.callsPerSecond, invoke.p50us, invoke.p99us);
    const double share = median(ratios);
    const double slower = invoke.p50us / echo.p50us;
    std::printf("\nthroughput: %.0f%% of echo (median of rounds; goal >= 40%%)  %s\n", share * 100,
                share >= 0.40 ? "ok" : "MISSED");
    std::printf("CPU a call: %.2fx echo      (median of rounds; 40%% of the echo's rate "
                "means <= 2.5x)\n",
                median(cpuRatios));
    std::printf("p50:        %.2fx echo      (goal <= 3x)    %s\n", slower,
                slower <= 3.0 ? "ok" : "MISSED");
    std::printf("job events streamed: %.0f events/s (%d events, persisted and relayed)\n",
                eventsPerSecond, s.jobEvents);
    return 0;
}
