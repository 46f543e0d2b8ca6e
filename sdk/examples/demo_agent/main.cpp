// croupier-demo-agent: a fake game serving the demo functions to croupier-server. Builds the
// objects, wires them, and waits for SIGINT/SIGTERM on a dedicated thread (no work in a signal
// handler).

#include "DemoFunctions.h"
#include "DemoOptions.h"
#include "FakeGame.h"
#include "croupier/core/Clock.h"
#include "croupier/sdk/client.h"

#include <atomic>
#include <iostream>
#include <pthread.h>
#include <signal.h>
#include <thread>

namespace {

croupier::sdk::AgentConfig makeConfig(const croupier::demo::DemoOptions& o) {
    croupier::sdk::AgentConfig config;
    config.set_server_addr(o.server)
        .set_game_id(o.game)
        .set_env(o.env)
        .set_agent_id(o.agentId)
        .set_version("demo-1.0.0")
        .add_label("app", "croupier-demo-agent")
        .set_ca_file(o.caFile)
        .set_cert_file(o.certFile)
        .set_key_file(o.keyFile)
        .set_server_name_override(o.serverName)
        .set_insecure(o.insecure)
        .set_log_level(o.logLevel);
    return config;
}

// Blocks SIGINT/SIGTERM in this thread and every thread started after it, so only the waiter's
// sigwait() receives them.
sigset_t blockStopSignals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    return signals;
}

// Runs the agent until SIGINT/SIGTERM; returns the exit status.
int serve(croupier::sdk::AgentClient& agent, const sigset_t& signals,
          const croupier::core::Logger& log) {
    std::atomic<bool> finished{false};
    std::thread waiter([&] {
        int received = 0;
        sigwait(&signals, &received);
        if (!finished.load()) {
            log.info("stopping", {{"signal", received == SIGINT ? "SIGINT" : "SIGTERM"}});
            agent.Stop();
        }
    });
    const croupier::sdk::Status status = agent.Run();
    finished = true;
    pthread_kill(waiter.native_handle(), SIGTERM); // wakes the waiter if no signal came
    waiter.join();
    return status ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    auto options =
        croupier::demo::parseDemoOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (!options) {
        std::cerr << "croupier-demo-agent: " << options.error().message << "\n";
        return 2;
    }
    if (options->help) {
        std::cout << croupier::demo::demoUsage();
        return 0;
    }
    const sigset_t signals = blockStopSignals();

    const croupier::core::Logger log = croupier::core::Logger(options->logLevel).child("demo");
    croupier::core::SystemClock clock;
    croupier::demo::FakeGame game(clock);
    croupier::demo::DemoFunctions functions(game, options->jobStep);
    croupier::sdk::AgentClient agent(makeConfig(*options));

    const std::string dir = options->descriptorsDir.empty()
                                ? croupier::demo::defaultDescriptorsDir()
                                : options->descriptorsDir;
    auto registered = functions.registerAll(agent, dir, log);
    if (!registered || *registered == 0) {
        log.error("no function to serve",
                  {{"descriptors", dir}, {"error", registered.GetStatus().Message()}});
        return 1;
    }
    log.info("serving", {{"functions", std::to_string(*registered)}, {"descriptors", dir}});
    return serve(agent, signals, log);
}
