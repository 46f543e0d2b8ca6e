// croupierctl end to end: the real binary as a child process against an in-process
// croupier-server (real TLS, its CA in a temp file) and an in-process SDK agent. Asserts what a
// script sees: stdout, stderr and the exit code.
#include "ChildProcess.h"
#include "OperatorClient.h"
#include "TestEnv.h"

#include <csignal>
#include <fstream>
#include <gtest/gtest.h>

using namespace croupier;
using namespace croupier::testing;
using nlohmann::json;

namespace {

constexpr auto kRunTimeout = std::chrono::seconds(30);

json addDescriptor() {
    return json::parse(R"({
      "id": "calc.add", "name": "加法", "category": "calc", "version": "1.2.0",
      "params": {"type": "object",
                 "properties": {"a": {"type": "integer", "minimum": 1},
                                "b": {"type": "integer"},
                                "verbose": {"type": "boolean"}},
                 "required": ["a", "b"]},
      "ui": {"risk_level": "low"}})");
}

json jobDescriptor(const std::string& id) {
    return {{"id", id},
            {"name", id},
            {"category", "report"},
            {"version", "1.0.0"},
            {"params", {{"type", "object"}}},
            {"semantics", {{"timeout", "60s"}}}};
}

sdk::Result add(const sdk::Context&, const json& p) {
    return sdk::Result{{"sum", p.value("a", 0) + p.value("b", 0)},
                       {"a_is_integer", p["a"].is_number_integer()},
                       {"verbose_is_boolean", p.contains("verbose") && p["verbose"].is_boolean()}};
}

sdk::Result build(const sdk::Context& ctx, const json&) {
    for (int step = 1; step <= 3; ++step) {
        ctx.ReportProgress(step * 0.25, "step " + std::to_string(step));
        if (step == 2) {
            ctx.Log("halfway");
        }
    }
    return sdk::Result{{"rows", 3}};
}

sdk::Result waitForCancel(const sdk::Context& ctx, const json&) {
    ctx.ReportProgress(0.1, "waiting");
    while (!ctx.WaitForCancel(std::chrono::milliseconds(50))) {
    }
    return sdk::Result::Error("CANCELLED", "stopped: " + ctx.CancelReason());
}

class CroupierctlTest : public ::testing::Test {
protected:
    void SetUp() override {
        std::ofstream(m_dir.path() / "ca.pem") << testPki().ca.certPem;
        m_agent = std::make_unique<sdk::AgentClient>(agentConfig(m_server, "cli-agent"));
        m_agent->RegisterFunction(sdk::Descriptor::FromJson(addDescriptor()), add);
        m_agent->RegisterFunction(sdk::Descriptor::FromJson(jobDescriptor("report.build")), build);
        m_agent->RegisterFunction(sdk::Descriptor::FromJson(jobDescriptor("report.wait")),
                                  waitForCancel);
        m_agent->RegisterFunction(sdk::Descriptor::FromJson(jobDescriptor("calc.fail")),
                                  [](const sdk::Context&, const json&) {
                                      return sdk::Result::Error("BOOM", "went wrong");
                                  });
        ASSERT_TRUE(m_agent->Start().IsOk());
        ASSERT_TRUE(m_agent->WaitUntilConnected(std::chrono::seconds(10)));
    }

    std::vector<std::string> withGlobals(std::vector<std::string> args) const {
        std::vector<std::string> all{"--server", m_server.address(),
                                     "--ca",     (m_dir.path() / "ca.pem").string(),
                                     "--game",   "game",
                                     "--env",    "dev"};
        all.insert(all.end(), args.begin(), args.end());
        return all;
    }

    ProcessResult ctl(std::vector<std::string> args) const {
        return runProcess(CROUPIERCTL_PATH, withGlobals(std::move(args)), kRunTimeout);
    }

    std::unique_ptr<ChildProcess> spawn(std::vector<std::string> args) const {
        return std::make_unique<ChildProcess>(CROUPIERCTL_PATH, withGlobals(std::move(args)));
    }

    std::string startJob(const std::string& function) {
        auto r = ctl({"job", "start", function});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return r.out.substr(0, r.out.find('\n'));
    }

    TempDir m_dir;
    TestServer m_server;
    OperatorClient m_op{m_server.operatorChannel()};
    std::unique_ptr<sdk::AgentClient> m_agent;
};

std::string describe(const ProcessResult& r) {
    return "exit " + std::to_string(r.exitCode) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_F(CroupierctlTest, FunctionsListShowsTheCatalog) {
    auto r = ctl({"functions", "list"});
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    EXPECT_TRUE(contains(r.out, "ID ")) << describe(r);
    EXPECT_TRUE(contains(r.out, "\ncalc.add      加法          1.2.0    low   1/1     yes\n"))
        << describe(r);
    EXPECT_TRUE(contains(r.out, "report.build")) << describe(r);
    EXPECT_EQ(r.err, "");

    auto show = ctl({"functions", "show", "calc.add"});
    ASSERT_EQ(show.exitCode, 0) << describe(show);
    EXPECT_TRUE(contains(show.out, "\"minimum\": 1")) << describe(show);
}

TEST_F(CroupierctlTest, InvokeCoercesKeyValueArgumentsWithTheSchema) {
    auto r = ctl({"invoke", "calc.add", "a=2", "b=40", "verbose=true"});
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    const json result = json::parse(r.out);
    EXPECT_EQ(result["sum"], 42);
    EXPECT_EQ(result["a_is_integer"], true) << "a=2 was sent as the integer 2";
    EXPECT_EQ(result["verbose_is_boolean"], true);

    auto fromJson = ctl({"invoke", "calc.add", "--json", R"({"a": 1, "b": 1})", "b=5"});
    ASSERT_EQ(fromJson.exitCode, 0) << describe(fromJson);
    EXPECT_EQ(json::parse(fromJson.out)["sum"], 6) << "key=value overrides --json";
}

TEST_F(CroupierctlTest, AValueThatCannotBeCoercedIsAUsageError) {
    auto r = ctl({"invoke", "calc.add", "a=two", "b=1"});
    EXPECT_EQ(r.exitCode, 2) << describe(r);
    EXPECT_TRUE(contains(r.err, "invalid value for a: \"two\" is not an integer")) << describe(r);
    EXPECT_EQ(r.out, "");
}

TEST_F(CroupierctlTest, InvalidPayloadExits13AndListsTheViolations) {
    auto r = ctl({"invoke", "calc.add", "a=0"});
    EXPECT_EQ(r.exitCode, 13) << describe(r);
    EXPECT_TRUE(contains(r.err, "croupierctl: INVALID_ARGUMENT: ")) << describe(r);
    EXPECT_TRUE(contains(r.err, "\n  /a: ")) << describe(r);
    EXPECT_TRUE(contains(r.err, "(minimum)\n")) << describe(r);
    EXPECT_TRUE(contains(r.err, "\n  /b: ")) << describe(r);
    EXPECT_TRUE(contains(r.err, "(required)\n")) << describe(r);
}

TEST_F(CroupierctlTest, UnknownFunctionOrJobExits15) {
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"invoke", "calc.divide"},
                                               {"invoke", "calc.divide", "a=1"},
                                               {"functions", "show", "calc.divide"}}) {
        auto r = ctl(args);
        EXPECT_EQ(r.exitCode, 15) << describe(r);
        EXPECT_TRUE(contains(r.err, "croupierctl: NOT_FOUND: ")) << describe(r);
        EXPECT_TRUE(contains(r.err, "calc.divide")) << describe(r);
    }
    auto follow = ctl({"job", "follow", "job_nope"});
    EXPECT_EQ(follow.exitCode, 15) << describe(follow);
}

TEST_F(CroupierctlTest, HandlerErrorExits1WithItsCode) {
    auto r = ctl({"invoke", "calc.fail"});
    EXPECT_EQ(r.exitCode, 1) << describe(r);
    EXPECT_TRUE(contains(r.err, "calc.fail failed: BOOM: went wrong")) << describe(r);
}

TEST_F(CroupierctlTest, JobStartFollowPrintsProgressAndTheResult) {
    auto r = ctl({"job", "start", "report.build", "--follow"});
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    EXPECT_EQ(r.out.rfind("job", 0), 0u) << "the job id comes first: " << describe(r);
    const auto progress = r.out.find("progress  25%  step 1\n");
    const auto log = r.out.find("log  halfway\n");
    const auto done = r.out.find("done\n");
    ASSERT_NE(progress, std::string::npos) << describe(r);
    ASSERT_NE(log, std::string::npos) << describe(r);
    ASSERT_NE(done, std::string::npos) << describe(r);
    EXPECT_LT(progress, log);
    EXPECT_LT(log, done);
    EXPECT_TRUE(contains(r.out, "progress  75%  step 3\n")) << describe(r);
    EXPECT_EQ(json::parse(r.out.substr(done + 5))["rows"], 3);
    EXPECT_EQ(r.err, "") << "one stream, no reconnect notices";

    const std::string jobId = r.out.substr(0, r.out.find('\n'));
    auto list = ctl({"jobs", "--function", "report.build"});
    ASSERT_EQ(list.exitCode, 0) << describe(list);
    EXPECT_TRUE(contains(list.out, jobId)) << describe(list);
    auto get = ctl({"job", "get", jobId});
    ASSERT_EQ(get.exitCode, 0) << describe(get);
    EXPECT_TRUE(contains(get.out, "status    completed")) << describe(get);
}

TEST_F(CroupierctlTest, CancelledJobEndsFollowWithExit1) {
    const std::string jobId = startJob("report.wait");
    auto follow = spawn({"job", "follow", jobId});
    ASSERT_TRUE(waitFor([&] { return contains(follow->out(), "waiting"); }))
        << follow->out() << follow->err();

    auto cancel = ctl({"job", "cancel", jobId, "--reason", "operator stop"});
    EXPECT_EQ(cancel.exitCode, 0) << describe(cancel);
    EXPECT_TRUE(contains(cancel.out, "job " + jobId + ": cancel")) << describe(cancel);

    auto ended = follow->wait(kRunTimeout);
    EXPECT_EQ(ended.exitCode, 1) << describe(ended);
    EXPECT_TRUE(contains(ended.err, "job " + jobId + " canceled")) << describe(ended);

    auto again = ctl({"job", "cancel", jobId});
    EXPECT_EQ(again.exitCode, 19) << "an ended job cannot be canceled: " << describe(again);
}

TEST_F(CroupierctlTest, CtrlCStopsFollowingButNotTheJob) {
    const std::string jobId = startJob("report.wait");
    auto follow = spawn({"job", "follow", jobId});
    ASSERT_TRUE(waitFor([&] { return contains(follow->out(), "waiting"); })) << follow->err();
    follow->sendSignal(SIGINT);
    auto ended = follow->wait(kRunTimeout);
    EXPECT_EQ(ended.exitCode, 130) << describe(ended);
    EXPECT_TRUE(contains(ended.err, "stopped following job " + jobId)) << describe(ended);
    EXPECT_EQ(m_op.getJob(jobId).response.status(), "running");
    EXPECT_TRUE(m_op.cancelJob(jobId).ok());
}

TEST_F(CroupierctlTest, DisabledFunctionExits19UntilEnabledAgain) {
    auto off = ctl({"assignment", "disable", "calc.add", "--reason", "maintenance"});
    ASSERT_EQ(off.exitCode, 0) << describe(off);
    EXPECT_EQ(off.out, "calc.add disabled on every agent (maintenance)\n");

    auto refused = ctl({"invoke", "calc.add", "a=1", "b=1"});
    EXPECT_EQ(refused.exitCode, 19) << describe(refused);
    EXPECT_TRUE(contains(refused.err, "croupierctl: FAILED_PRECONDITION: ")) << describe(refused);

    auto on = ctl({"assignment", "enable", "calc.add"});
    ASSERT_EQ(on.exitCode, 0) << describe(on);
    auto ok = ctl({"invoke", "calc.add", "a=1", "b=1"});
    EXPECT_EQ(ok.exitCode, 0) << describe(ok);
}

TEST_F(CroupierctlTest, AgentsListShowsTheAgent) {
    auto r = ctl({"agents"});
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    EXPECT_TRUE(contains(r.out, "AGENT ")) << describe(r);
    EXPECT_TRUE(contains(r.out, "cli-agent  online")) << describe(r);
    EXPECT_TRUE(contains(r.out, "  4  ")) << "its four functions: " << describe(r);
}

TEST_F(CroupierctlTest, AgentsWatchPrintsLiveChanges) {
    auto watch = spawn({"agents", "--watch"});
    ASSERT_TRUE(waitFor([&] { return contains(watch->out(), "cli-agent"); })) << watch->err();

    sdk::AgentClient second(agentConfig(m_server, "second", "agent-b"));
    second.RegisterFunction(sdk::Descriptor::FromJson(addDescriptor()), add);
    ASSERT_TRUE(second.Start().IsOk());
    ASSERT_TRUE(second.WaitUntilConnected(std::chrono::seconds(10)));
    // Registered (connecting), then its stream attached (online); after Stop() it is connecting
    // for the reconnect grace, then offline.
    EXPECT_TRUE(waitFor([&] {
        const std::string out = watch->out();
        return contains(out, "+ agent second") &&
               (contains(out, "+ agent second  online") ||
                contains(out, "~ agent second  status connecting -> online"));
    })) << watch->out();
    second.Stop();
    EXPECT_TRUE(waitFor([&] {
        return contains(watch->out(), "~ agent second  status connecting -> offline");
    })) << watch->out();

    watch->sendSignal(SIGINT);
    auto ended = watch->wait(kRunTimeout);
    EXPECT_EQ(ended.exitCode, 130) << describe(ended);
}

TEST_F(CroupierctlTest, AgentsWatchReconnectsWhenTheServerRestarts) {
    auto watch = spawn({"agents", "--watch"});
    ASSERT_TRUE(waitFor([&] { return contains(watch->out(), "cli-agent"); })) << watch->err();
    const int port = m_server.port();
    m_server.restart();
    ASSERT_EQ(m_server.port(), port) << "the test needs the same address again";
    EXPECT_TRUE(waitFor([&] { return contains(watch->err(), "lost the stream"); },
                        std::chrono::seconds(20)))
        << watch->err();
    EXPECT_TRUE(waitFor([&] { return contains(watch->err(), "croupierctl: reconnected"); },
                        std::chrono::seconds(20)))
        << watch->err();
    watch->sendSignal(SIGINT);
    auto ended = watch->wait(kRunTimeout);
    EXPECT_EQ(ended.exitCode, 130) << describe(ended);
    EXPECT_FALSE(contains(ended.err, "failed to connect")) << "no raw gRPC text: " << ended.err;
}

TEST_F(CroupierctlTest, JsonOutputIsParseable) {
    auto functions = ctl({"--output", "json", "functions"});
    ASSERT_EQ(functions.exitCode, 0) << describe(functions);
    const json list = json::parse(functions.out);
    ASSERT_TRUE(list["functions"].is_array());
    bool found = false;
    for (const auto& f : list["functions"]) {
        found = found || f["descriptor"]["id"] == "calc.add";
    }
    EXPECT_TRUE(found) << functions.out;

    auto invoked = ctl({"-o", "json", "invoke", "calc.add", "a=1", "b=2"});
    ASSERT_EQ(invoked.exitCode, 0) << describe(invoked);
    const json response = json::parse(invoked.out);
    EXPECT_EQ(response["success"], true);
    EXPECT_EQ(response["result"]["sum"], 3);
    EXPECT_EQ(response["agentId"], "cli-agent");

    auto agents = ctl({"agents", "--output", "json"});
    ASSERT_EQ(agents.exitCode, 0) << describe(agents);
    EXPECT_EQ(json::parse(agents.out)["agents"][0]["agentId"], "cli-agent");
}

TEST_F(CroupierctlTest, RegisterReportsTheOutcome) {
    const auto file = m_dir.path() / "mail.json";
    std::ofstream(file) << jobDescriptor("mail.send").dump();
    auto first = ctl({"register", file.string()});
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    EXPECT_TRUE(contains(first.out, "mail.send: created")) << describe(first);
    auto second = ctl({"register", file.string()});
    EXPECT_TRUE(contains(second.out, "mail.send: unchanged")) << describe(second);

    std::ofstream(m_dir.path() / "bad.json")
        << R"({"id": "mail.bad", "params": {"type": "object", "minimum": "x"}})";
    auto bad = ctl({"register", (m_dir.path() / "bad.json").string()});
    EXPECT_EQ(bad.exitCode, 13) << describe(bad);
}

TEST_F(CroupierctlTest, ConnectionProblemsAreExplainedNotDumped) {
    auto down = runProcess(CROUPIERCTL_PATH,
                           {"--server", "127.0.0.1:1", "--ca", (m_dir.path() / "ca.pem").string(),
                            "--game", "g", "--env", "dev", "functions"});
    EXPECT_EQ(down.exitCode, 24) << describe(down);
    EXPECT_TRUE(contains(down.err, "cannot reach the server at 127.0.0.1:1")) << describe(down);
    EXPECT_FALSE(contains(down.err, "failed to connect to all addresses")) << describe(down);

    std::ofstream(m_dir.path() / "foreign.pem") << foreignPki().ca.certPem;
    auto untrusted = runProcess(CROUPIERCTL_PATH, {"--server", m_server.address(), "--ca",
                                                   (m_dir.path() / "foreign.pem").string(),
                                                   "--game", "game", "--env", "dev", "functions"});
    EXPECT_EQ(untrusted.exitCode, 24) << describe(untrusted);
    EXPECT_TRUE(contains(untrusted.err, "TLS handshake")) << describe(untrusted);
}

TEST_F(CroupierctlTest, UsageErrorsExit2) {
    auto noScope = runProcess(CROUPIERCTL_PATH, {"--server", m_server.address(), "functions"});
    EXPECT_EQ(noScope.exitCode, 2) << describe(noScope);
    EXPECT_TRUE(contains(noScope.err, "--game")) << describe(noScope);
    EXPECT_EQ(ctl({"invoke"}).exitCode, 2);
    EXPECT_EQ(ctl({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(ctl({"functions", "--colour"}).exitCode, 2);
    EXPECT_EQ(ctl({"invoke", "calc.add", "--route", "sideways"}).exitCode, 2);
    auto help = ctl({"job", "start", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(contains(help.out, "--follow")) << describe(help);
}
