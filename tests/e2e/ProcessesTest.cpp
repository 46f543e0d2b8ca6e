// End to end with real processes: croupier-server and croupier-demo-agent binaries, killed with
// SIGKILL to check that nothing acknowledged is lost and that lost agents fail their jobs.
#include "ChildProcess.h"
#include "OperatorClient.h"
#include "ProcessBackend.h"
#include "TestEnv.h"
#include "croupier/auth/v1/auth.grpc.pb.h"

#include <csignal>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;

namespace {

const std::string kServerBin = CROUPIER_SERVER_BIN;
const std::string kAgentBin = CROUPIER_DEMO_AGENT_BIN;

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class ProcessesTest : public ::testing::Test {
protected:
    void SetUp() override {
        // init prints the generated admin password once; the tests sign in with it.
        m_adminPassword = initServerDataDir(kServerBin, dir("data"));
        startServer();
    }

    std::string dir(const std::string& name) const { return (m_tmp.path() / name).string(); }

    void startServer() {
        m_server = std::make_unique<ChildProcess>(
            kServerBin, std::vector<std::string>{"serve", "--data-dir", dir("data"), "--listen",
                                                 "127.0.0.1:" + std::to_string(m_port)});
        m_port = waitForServingPort(*m_server);
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = readFile(m_tmp.path() / "data/pki/ca.crt");
        grpc::ChannelArguments args;
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
        const std::string address = "localhost:" + std::to_string(m_port);
        auto anonymous = grpc::CreateCustomChannel(address, grpc::SslCredentials(ssl), args);
        auth::v1::LoginRequest login;
        login.set_username("admin");
        login.set_password(m_adminPassword);
        auth::v1::LoginResponse session;
        grpc::ClientContext c;
        c.set_deadline(deadlineIn());
        auto status = auth::v1::AuthService::NewStub(anonymous)->Login(&c, login, &session);
        ASSERT_TRUE(status.ok()) << status.error_message();
        op = std::make_unique<OperatorClient>(
            grpc::CreateCustomChannel(
                address,
                grpc::CompositeChannelCredentials(grpc::SslCredentials(ssl),
                                                  grpc::AccessTokenCredentials(session.token())),
                args),
            "demo", "dev");
    }

    std::unique_ptr<ChildProcess> startAgent(const std::string& id) {
        const std::string pki = dir("data") + "/pki";
        auto agent = std::make_unique<ChildProcess>(
            kAgentBin,
            std::vector<std::string>{"--server", "localhost:" + std::to_string(m_port), "--ca",
                                     pki + "/ca.crt", "--cert", pki + "/agents/demo-agent.crt",
                                     "--key", pki + "/agents/demo-agent.key", "--agent-id", id,
                                     "--job-step-ms", "40"});
        EXPECT_TRUE(waitFor([&] { return online(id); }, std::chrono::seconds(20))) << agent->err();
        return agent;
    }

    bool online(const std::string& id) {
        const auto regs = op->registrations();
        for (const auto& a : regs.response.agents()) {
            if (a.agent_id() == id && a.status() == "online") {
                return true;
            }
        }
        return false;
    }

    std::string runningExport(function::v1::InvokeOptions o = {}) {
        auto job = op->startJob("player.export", json::object(), o);
        EXPECT_TRUE(job.ok()) << job.status.message;
        const std::string id = job.response.job_id();
        EXPECT_TRUE(waitFor([&] { return op->getJob(id).response.progress() > 0.05; }));
        return id;
    }

    TempDir m_tmp;
    int m_port = 0;
    std::string m_adminPassword;
    std::unique_ptr<ChildProcess> m_server;
    std::unique_ptr<OperatorClient> op;
};

TEST_F(ProcessesTest, AnAgentKilledMidJobFailsItsJobAndTheOtherKeepsServing) {
    auto one = startAgent("demo-1");
    function::v1::InvokeOptions onOne;
    onOne.set_target_agent("demo-1");
    const std::string job = runningExport(onOne);
    auto two = startAgent("demo-2");

    one->sendSignal(SIGKILL);
    ASSERT_TRUE(waitFor([&] { return op->getJob(job).response.status() == "failed"; }));
    auto failed = op->getJob(job).response;
    EXPECT_EQ(failed.error_code(), "AGENT_LOST");
    EXPECT_NE(failed.error().find("demo-1"), std::string::npos) << failed.error();
    EXPECT_TRUE(waitFor([&] { return !online("demo-1"); }));

    auto r = op->invoke("player.get", {{"player_id", "player_1001"}});
    ASSERT_TRUE(r.ok()) << r.status.message;
    EXPECT_EQ(r.response.agent_id(), "demo-2");
    EXPECT_EQ(two->stop(), 0) << two->err();
}

TEST_F(ProcessesTest, KillingTheServerLosesNothingAcknowledged) {
    auto agent = startAgent("demo-1");
    function::v1::InvokeOptions key;
    key.set_idempotency_key("grant-once");
    auto granted = op->invoke("item.grant",
                              {{"player_id", "player_1001"}, {"item", "gold"}, {"count", 5}}, key);
    ASSERT_TRUE(granted.ok()) << granted.status.message;
    ASSERT_TRUE(op->setEnabled("guild.disband", false).ok());
    auto done = op->startJob("player.export", json::object());
    ASSERT_TRUE(op->jobEvents(done.response.job_id()).ok());
    const std::string interrupted = runningExport();
    const auto eventsBefore = op->getJob(interrupted).response.last_seq();

    m_server->sendSignal(SIGKILL);
    ASSERT_EQ(m_server->wait(std::chrono::seconds(5)).signal, SIGKILL);
    startServer();

    EXPECT_EQ(op->getJob(done.response.job_id()).response.status(), "completed");
    auto lost = op->getJob(interrupted).response;
    EXPECT_EQ(lost.status(), "failed");
    EXPECT_EQ(lost.error_code(), "SERVER_RESTARTED");
    EXPECT_GE(lost.last_seq(), eventsBefore) << "every acknowledged event is still there";
    auto events = op->jobEvents(interrupted);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events.response.back().error_code(), "SERVER_RESTARTED");

    ASSERT_TRUE(waitFor([&] { return online("demo-1"); }, std::chrono::seconds(20)))
        << "the agent re-dials the restarted server";
    EXPECT_FALSE(op->getFunction("guild.disband").response.function().enabled())
        << "assignments survive";
    auto again = op->invoke("item.grant",
                            {{"player_id", "player_1001"}, {"item", "gold"}, {"count", 5}}, key);
    ASSERT_TRUE(again.ok()) << again.status.message;
    EXPECT_EQ(toJson(again.response.result()), toJson(granted.response.result()))
        << "the idempotent grant is answered from the record, not run again";
}

TEST_F(ProcessesTest, ServerStopsCleanlyOnSigterm) {
    auto agent = startAgent("demo-1");
    EXPECT_EQ(m_server->stop(), 0) << m_server->err();
    EXPECT_NE(m_server->err().find("msg=stopped"), std::string::npos);
    EXPECT_EQ(agent->stop(), 0) << agent->err();
}

TEST_F(ProcessesTest, BadConfigurationIsRefusedWithAClearMessage) {
    std::ofstream(dir("bad.yaml")) << "listen: 127.0.0.1:0\nhartbeat: 5s\n";
    auto r =
        runProcess(kServerBin, {"serve", "--config", dir("bad.yaml"), "--data-dir", dir("data")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("hartbeat: unknown setting"), std::string::npos) << r.err;

    auto insecure = runProcess(
        kServerBin, {"serve", "--data-dir", dir("data"), "--insecure", "--listen", "0.0.0.0:0"});
    EXPECT_EQ(insecure.exitCode, 2);
    EXPECT_NE(insecure.err.find("loopback"), std::string::npos) << insecure.err;

    auto sameDir =
        runProcess(kServerBin, {"serve", "--data-dir", dir("data"), "--listen", "127.0.0.1:0"});
    EXPECT_EQ(sameDir.exitCode, 1) << "a second server on a data dir in use refuses to start";
    EXPECT_NE(sameDir.err.find("is in use by another croupier-server"), std::string::npos)
        << sameDir.err;

    auto init = runProcess(kServerBin, {"init", "--data-dir", dir("other")});
    ASSERT_EQ(init.exitCode, 0) << init.err;
    auto samePort = runProcess(kServerBin, {"serve", "--data-dir", dir("other"), "--listen",
                                            "127.0.0.1:" + std::to_string(m_port)});
    EXPECT_EQ(samePort.exitCode, 1) << "a second server on a taken port fails";
    EXPECT_NE(samePort.err.find("cannot listen on"), std::string::npos) << samePort.err;

    auto help = runProcess(kServerBin, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("croupier-server init"), std::string::npos);
}

} // namespace
