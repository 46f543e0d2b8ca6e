#include "croupier/server/Server.h"

#include "croupier/server/ApprovalManager.h"
#include "croupier/server/ApprovalService.h"
#include "croupier/server/AuditLog.h"
#include "croupier/server/AuditService.h"
#include "croupier/server/AuthServices.h"
#include "croupier/server/CallLimiter.h"
#include "croupier/server/DataDirLock.h"
#include "croupier/server/Guard.h"
#include "croupier/server/UserDirectory.h"
#include "croupier/server/IdempotencyGate.h"
#include "croupier/server/Invoker.h"
#include "croupier/server/JobManager.h"
#include "croupier/server/Outcome.h"
#include "croupier/server/Registry.h"
#include "croupier/server/Scheduler.h"
#include "croupier/server/Services.h"
#include "croupier/server/SqliteStore.h"
#include "croupier/core/ThreadPool.h"

#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>

#include <fstream>
#include <sstream>

namespace croupier::server {
namespace {

using core::ErrorCode;
using core::Unexpected;

constexpr auto kPurgeEvery = std::chrono::hours(1);

core::Result<std::string> readFile(const std::filesystem::path& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Unexpected(ErrorCode::NotFound,
                          std::string("cannot read the ") + what + " " + path.string() +
                              " (run `croupier-server init --data-dir DIR` to make a dev PKI)");
    }
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

core::Result<void> loadTls(ServerOptions& o) {
    if (o.config.insecure) {
        return {};
    }
    struct File {
        std::string* pem;
        const std::filesystem::path* path;
        const char* what;
    };
    for (File f : {File{&o.tlsCertPem, &o.config.tlsCert, "TLS certificate"},
                   File{&o.tlsKeyPem, &o.config.tlsKey, "TLS key"},
                   File{&o.clientCaPem, &o.config.clientCa, "client CA"}}) {
        if (!f.pem->empty()) {
            continue;
        }
        auto text = readFile(resolveInDataDir(o.config, *f.path), f.what);
        if (!text) {
            return Unexpected(text.error());
        }
        *f.pem = std::move(*text);
    }
    return {};
}

} // namespace

struct Server::Impl {
    ServerOptions options;
    core::SystemClock systemClock;
    core::Clock* clock = nullptr;
    core::Logger log;
    std::unique_ptr<DataDirLock> lock;  // before the store: nobody else touches the dir
    std::unique_ptr<SqliteStore> store;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<core::ThreadPool> workers;
    std::unique_ptr<AuditLog> audit;  // before everything that appends to it
    std::unique_ptr<UserDirectory> users;
    std::unique_ptr<Guard> guard;
    std::unique_ptr<CallLimiter> limits;
    std::unique_ptr<Registry> registry;
    Router router;
    std::unique_ptr<IdempotencyGate> gate;
    std::unique_ptr<Invoker> invoker;
    std::unique_ptr<JobManager> jobs;
    std::unique_ptr<ApprovalManager> approvals;
    std::unique_ptr<ControlServiceImpl> control;
    std::unique_ptr<FunctionServiceImpl> function;
    std::unique_ptr<RegistryServiceImpl> registryService;
    std::unique_ptr<AuthServiceImpl> authService;
    std::unique_ptr<UserServiceImpl> userService;
    std::unique_ptr<ApprovalServiceImpl> approvalService;
    std::unique_ptr<AuditServiceImpl> auditService;
    std::unique_ptr<grpc::Server> grpcServer;
    int port = 0;
    std::mutex mutex;  // guards stopping, stopped
    std::condition_variable stoppedCv;
    bool stopping = false;
    bool stopped = false;

    core::Result<void> build();
    core::Result<void> buildIdentity();
    core::Result<void> buildCalls();
    void buildServices();
    core::Result<void> listen();
    void scheduleSweep();
    void schedulePurge();
};

core::Result<void> Server::Impl::build() {
    const auto& c = options.config;
    auto locked = DataDirLock::acquire(c.dataDir);
    if (!locked) {
        return Unexpected(locked.error());
    }
    lock = std::move(*locked);
    SqliteOptions storeOptions;
    storeOptions.fullSync = c.storageSyncFull;
    auto opened = SqliteStore::open(c.dataDir / "croupier.db", storeOptions);
    if (!opened) {
        return Unexpected(opened.error());
    }
    store = std::move(*opened);
    scheduler = std::make_unique<Scheduler>(*clock);
    workers = std::make_unique<core::ThreadPool>(c.workerThreads);
    if (auto r = buildIdentity(); !r) {
        return r;
    }
    registry = std::make_unique<Registry>(*store, *clock, c, log.child("registry"));
    registry->setAudit(audit.get());
    if (auto r = registry->load(); !r) {
        return r;
    }
    if (auto r = buildCalls(); !r) {
        return r;
    }
    buildServices();
    return {};
}

core::Result<void> Server::Impl::buildIdentity() {
    const auto& c = options.config;
    audit = std::make_unique<AuditLog>(*store, *clock, log.child("audit"));
    if (auto r = audit->recover(); !r) {
        return r;
    }
    users = std::make_unique<UserDirectory>(*store, c, *clock, log.child("auth"));
    if (auto r = users->load(); !r) {
        return r;
    }
    guard = std::make_unique<Guard>(*users, c);
    limits = std::make_unique<CallLimiter>(*clock);
    return {};
}

core::Result<void> Server::Impl::buildCalls() {
    const auto& c = options.config;
    gate = std::make_unique<IdempotencyGate>(*store, *workers, *clock, log.child("idempotency"));
    auto recovered = gate->recover([](const IdempotencyRecord& rec) {
        if (rec.kind == "job" && !rec.jobId.empty()) {
            return encodeJobOutcome(rec.jobId);
        }
        return encodeErrorOutcome(core::Error(
            ErrorCode::Aborted, "the first call with this idempotency key was interrupted by a "
                                "server restart; its outcome is unknown"));
    });
    if (!recovered) {
        return Unexpected(recovered.error());
    }
    invoker = std::make_unique<Invoker>(*registry, router, *gate, *scheduler, c,
                                        log.child("invoke"));
    jobs = std::make_unique<JobManager>(*store, *registry, router, *gate, *audit, *scheduler,
                                        *workers, *clock, c, log.child("jobs"));
    if (auto r = jobs->recover(); !r) {
        return Unexpected(r.error());
    }
    approvals = std::make_unique<ApprovalManager>(
        *store, *registry, *jobs, *gate, *audit, *limits, *scheduler, *workers, *clock, c,
        log.child("approvals"),
        [users = users.get()](const std::string& name) { return users->currentPrincipal(name); });
    if (auto r = approvals->recover(); !r) {
        return Unexpected(r.error());
    }
    return {};
}

void Server::Impl::buildServices() {
    ServiceContext ctx{*registry, *invoker, *jobs,     *workers, options.config, log.child("rpc"),
                       *guard,    *users,   *audit,    *approvals, *limits,      *clock};
    control = std::make_unique<ControlServiceImpl>(ctx);
    function = std::make_unique<FunctionServiceImpl>(ctx);
    registryService = std::make_unique<RegistryServiceImpl>(ctx);
    authService = std::make_unique<AuthServiceImpl>(ctx, *scheduler);
    userService = std::make_unique<UserServiceImpl>(ctx);
    approvalService = std::make_unique<ApprovalServiceImpl>(ctx);
    auditService = std::make_unique<AuditServiceImpl>(ctx);
}

core::Result<void> Server::Impl::listen() {
    const auto& c = options.config;
    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();
    grpc::ServerBuilder builder;
    std::shared_ptr<grpc::ServerCredentials> creds;
    if (c.insecure) {
        creds = grpc::InsecureServerCredentials();
    } else {
        // Request a client certificate and verify it when given: agents present one, operators
        // (who use bearer tokens) need not.
        grpc::SslServerCredentialsOptions ssl(GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY);
        ssl.pem_root_certs = options.clientCaPem;
        ssl.pem_key_cert_pairs.push_back({options.tlsKeyPem, options.tlsCertPem});
        creds = grpc::SslServerCredentials(ssl);
    }
    builder.AddListeningPort(c.listen, creds, &port);
    builder.SetMaxReceiveMessageSize(c.maxMessageBytes);
    builder.SetMaxSendMessageSize(c.maxMessageBytes);
    // Agents keep one stream open for hours: ping idle connections so dead peers are noticed.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 20'000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 10'000);
    builder.AddChannelArgument(GRPC_ARG_HTTP2_MIN_RECV_PING_INTERVAL_WITHOUT_DATA_MS, 5'000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 1);
    // A second server on a taken port must fail, not share it silently (gRPC's default).
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.RegisterService(control.get());
    builder.RegisterService(function.get());
    builder.RegisterService(registryService.get());
    builder.RegisterService(authService.get());
    builder.RegisterService(userService.get());
    builder.RegisterService(approvalService.get());
    builder.RegisterService(auditService.get());
    grpcServer = builder.BuildAndStart();
    if (!grpcServer || port == 0) {
        return Unexpected(ErrorCode::Unavailable,
                          "cannot listen on " + c.listen +
                              " (the port is taken, the address is not this machine's, or the "
                              "TLS certificate and key do not match)");
    }
    return {};
}

void Server::Impl::scheduleSweep() {
    const auto every = std::max(std::chrono::milliseconds(20), options.config.heartbeatInterval / 4);
    scheduler->scheduleAfter(every, [this] {
        workers->submit([this] { registry->sweep(); });
        scheduleSweep();
    });
}

void Server::Impl::schedulePurge() {
    scheduler->scheduleAfter(std::chrono::duration_cast<std::chrono::milliseconds>(kPurgeEvery),
                             [this] {
                                 workers->submit([this] {
                                     auto purged = gate->purge(options.config.idempotencyRetention);
                                     if (!purged) {
                                         log.warn("idempotency purge failed",
                                                  {{"error", purged.error().message}});
                                     }
                                     auto tokens = store->purgeTokens(core::toUnixMs(clock->now()));
                                     if (!tokens) {
                                         log.warn("token purge failed",
                                                  {{"error", tokens.error().message}});
                                     }
                                 });
                                 schedulePurge();
                             });
}

core::Result<std::unique_ptr<Server>> Server::start(ServerOptions options) {
    if (auto r = validateConfig(options.config); !r) {
        return Unexpected(r.error());
    }
    if (auto r = loadTls(options); !r) {
        return Unexpected(r.error());
    }
    auto impl = std::make_unique<Impl>();
    impl->options = std::move(options);
    impl->clock = impl->options.clock ? impl->options.clock : &impl->systemClock;
    impl->log = impl->options.logSink
                    ? core::Logger(impl->options.config.logLevel, impl->options.logSink)
                    : core::Logger(impl->options.config.logLevel);
    if (auto r = impl->build(); !r) {
        return Unexpected(r.error());
    }
    if (auto r = impl->listen(); !r) {
        return Unexpected(r.error());
    }
    impl->scheduleSweep();
    impl->schedulePurge();
    impl->log.info("serving", {{"listen", impl->options.config.listen},
                               {"port", std::to_string(impl->port)},
                               {"tls", impl->options.config.insecure ? "off" : "on"},
                               {"data_dir", impl->options.config.dataDir.string()}});
    return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Server::~Server() { shutdown(); }

int Server::port() const { return m_impl->port; }

std::string Server::address() const {
    const std::string& listen = m_impl->options.config.listen;
    return listen.substr(0, listen.rfind(':')) + ":" + std::to_string(m_impl->port);
}

Registry& Server::registry() { return *m_impl->registry; }
UserDirectory& Server::users() { return *m_impl->users; }
AuditLog& Server::audit() { return *m_impl->audit; }
const core::Logger& Server::logger() const { return m_impl->log; }

void Server::shutdown(std::chrono::milliseconds grace) {
    {
        std::lock_guard lock(m_impl->mutex);
        if (m_impl->stopping) {
            return;
        }
        m_impl->stopping = true;
    }
    auto& i = *m_impl;
    i.log.info("shutting down");
    if (i.grpcServer) {
        i.registry->closeAllStreams("the server is shutting down");
        i.grpcServer->Shutdown(std::chrono::system_clock::now() + grace);
        i.grpcServer->Wait();
    }
    i.scheduler->stop();
    i.workers->shutdown();
    i.jobs->stop();
    i.audit->stop();  // last: flushes what the steps above appended
    i.log.info("stopped");
    {
        std::lock_guard lock(i.mutex);
        i.stopped = true;
    }
    i.stoppedCv.notify_all();
}

void Server::wait() {
    std::unique_lock lock(m_impl->mutex);
    m_impl->stoppedCv.wait(lock, [this] { return m_impl->stopped; });
}

} // namespace croupier::server
