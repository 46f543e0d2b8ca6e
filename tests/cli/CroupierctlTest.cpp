// croupierctl end to end: the real binary as a child process against an in-process
// croupier-server (real TLS, its CA in a temp file) and an in-process SDK agent. Asserts what a
// script sees: stdout, stderr, the exit code, and the token file. Every run gets its own
// XDG_CONFIG_HOME under the test's temp dir, and a token through CROUPIER_TOKEN unless the test
// is about signing in.
#include "ChildProcess.h"
#include "OperatorClient.h"
#include "TestEnv.h"

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

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

// Needs two of lead/admin to approve, as the demo's player.ban does.
json banDescriptor() {
    return json::parse(R"({
      "id": "player.ban", "name": "封禁玩家", "category": "player", "version": "1.0.0",
      "params": {"type": "object",
                 "properties": {"player_id": {"type": "string"},
                                "duration": {"type": "integer", "minimum": 1}},
                 "required": ["player_id", "duration"]},
      "auth": {"permission": "player.ban",
               "approval": {"enabled": true, "threshold": 2, "approvers": ["lead", "admin"]}},
      "ui": {"risk_level": "high"}})");
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
                                      return sdk::Result::Error("BOOM", "went wrong",
                                                                {{"step", 3}});
                                  });
        m_agent->RegisterFunction(sdk::Descriptor::FromJson(banDescriptor()),
                                  [](const sdk::Context&, const json& p) {
                                      return sdk::Result{{"banned", p.value("player_id", "")}};
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

    // The child's environment: its own config dir, and `token` as CROUPIER_TOKEN ("" = none).
    std::vector<std::string> childEnv(const std::string& token) const {
        return {"CROUPIER_TOKEN=" + token, "XDG_CONFIG_HOME=" + configDir().string()};
    }

    std::filesystem::path configDir() const { return m_dir.path() / "config"; }
    std::filesystem::path tokenFile() const { return configDir() / "croupier" / "token"; }

    // As root.
    ProcessResult ctl(std::vector<std::string> args) const {
        return ctlAs(m_server.rootToken(), std::move(args));
    }

    // With `token` ("" = none: the token file, if any, is used), stdin from `input`.
    ProcessResult ctlAs(const std::string& token, std::vector<std::string> args,
                        const std::optional<std::string>& input = std::nullopt) const {
        return runProcess(CROUPIERCTL_PATH, withGlobals(std::move(args)), kRunTimeout,
                          childEnv(token), input);
    }

    std::unique_ptr<ChildProcess> spawn(std::vector<std::string> args) const {
        return spawnAs(m_server.rootToken(), std::move(args));
    }

    std::unique_ptr<ChildProcess> spawnAs(const std::string& token,
                                          std::vector<std::string> args) const {
        return std::make_unique<ChildProcess>(CROUPIERCTL_PATH, withGlobals(std::move(args)),
                                              childEnv(token));
    }

    // `login --user NAME --password-stdin`, with the test password of NAME.
    ProcessResult login(const std::string& user) const {
        return ctlAs("", {"login", "--user", user, "--password-stdin"},
                     TestServer::passwordOf(user) + "\n");
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
    EXPECT_TRUE(contains(r.err, "croupierctl: details: {\"step\":3}\n")) << describe(r);
}

TEST_F(CroupierctlTest, AFailedJobPrintsTheHandlersDetails) {
    auto r = ctl({"job", "start", "calc.fail", "--follow"});
    EXPECT_EQ(r.exitCode, 1) << describe(r);
    EXPECT_TRUE(contains(r.err, "failed: BOOM: went wrong")) << describe(r);
    EXPECT_TRUE(contains(r.err, "croupierctl: details: {\"step\":3}\n")) << describe(r);
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
    EXPECT_TRUE(contains(r.out, "  5  ")) << "its five functions: " << describe(r);
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
                            "--game", "g", "--env", "dev", "functions"},
                           kRunTimeout, childEnv(m_server.rootToken()));
    EXPECT_EQ(down.exitCode, 24) << describe(down);
    EXPECT_TRUE(contains(down.err, "cannot reach the server at 127.0.0.1:1")) << describe(down);
    EXPECT_FALSE(contains(down.err, "failed to connect to all addresses")) << describe(down);

    std::ofstream(m_dir.path() / "foreign.pem") << foreignPki().ca.certPem;
    auto untrusted =
        runProcess(CROUPIERCTL_PATH,
                   {"--server", m_server.address(), "--ca", (m_dir.path() / "foreign.pem").string(),
                    "--game", "game", "--env", "dev", "functions"},
                   kRunTimeout, childEnv(m_server.rootToken()));
    EXPECT_EQ(untrusted.exitCode, 24) << describe(untrusted);
    EXPECT_TRUE(contains(untrusted.err, "TLS handshake")) << describe(untrusted);
}

TEST_F(CroupierctlTest, UsageErrorsExit2) {
    auto noScope = runProcess(CROUPIERCTL_PATH, {"--server", m_server.address(), "functions"},
                              kRunTimeout, childEnv(m_server.rootToken()));
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

namespace {

mode_t modeOf(const std::filesystem::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// The id in "sent for approval: apr_x (state pending); ...".
std::string approvalIdIn(const std::string& text) {
    const std::string marker = "sent for approval: ";
    const auto at = text.find(marker);
    if (at == std::string::npos) {
        return "";
    }
    const auto start = at + marker.size();
    return text.substr(start, text.find(' ', start) - start);
}

} // namespace

TEST_F(CroupierctlTest, LoginKeepsAPrivateTokenThatLaterCommandsUse) {
    auto in = login("root");
    ASSERT_EQ(in.exitCode, 0) << describe(in);
    EXPECT_EQ(in.out.rfind("signed in as root (roles admin), token expires ", 0), 0u)
        << describe(in);
    EXPECT_TRUE(contains(in.out, "(in 1")) << "a future expiry: " << describe(in);
    ASSERT_TRUE(std::filesystem::exists(tokenFile()));
    EXPECT_EQ(modeOf(tokenFile()), 0600u);
    EXPECT_EQ(modeOf(tokenFile().parent_path()), 0700u);
    std::ifstream stored(tokenFile());
    const json file = json::parse(stored);
    EXPECT_EQ(file["servers"][m_server.address()]["username"], "root");

    auto list = ctlAs("", {"functions", "list"});
    EXPECT_EQ(list.exitCode, 0) << "the stored token is sent: " << describe(list);
    auto who = ctlAs("", {"whoami"});
    ASSERT_EQ(who.exitCode, 0) << describe(who);
    EXPECT_TRUE(contains(who.out, "user         root")) << describe(who);

    auto out = ctlAs("", {"logout"});
    ASSERT_EQ(out.exitCode, 0) << describe(out);
    EXPECT_EQ(out.out, "signed out of " + m_server.address() + "\n");
    EXPECT_FALSE(std::filesystem::exists(tokenFile())) << "the last token went with the file";
    auto after = ctlAs("", {"functions", "list"});
    EXPECT_EQ(after.exitCode, 26) << describe(after);
}

TEST_F(CroupierctlTest, ARevokedStoredTokenIsRefused) {
    ASSERT_EQ(login("root").exitCode, 0);
    std::ifstream stored(tokenFile());
    const std::string token = json::parse(stored)["servers"][m_server.address()]["token"];
    auto revoked = ctlAs(token, {"logout"});
    ASSERT_EQ(revoked.exitCode, 0) << describe(revoked);
    auto refused = ctlAs("", {"whoami"});
    EXPECT_EQ(refused.exitCode, 26) << "logout revoked it on the server: " << describe(refused);
}

TEST_F(CroupierctlTest, WrongPasswordExits26AndStoresNothing) {
    auto r = ctlAs("", {"login", "--user", "root", "--password-stdin"}, "not-the-password\n");
    EXPECT_EQ(r.exitCode, 26) << describe(r);
    EXPECT_TRUE(contains(r.err, "croupierctl: UNAUTHENTICATED: ")) << describe(r);
    EXPECT_FALSE(contains(r.err, "hint: run `croupierctl login`"))
        << "signing in does not suggest signing in: " << describe(r);
    EXPECT_FALSE(std::filesystem::exists(tokenFile()));

    auto noInput = ctlAs("", {"login", "--user", "root", "--password-stdin"}, "");
    EXPECT_EQ(noInput.exitCode, 2) << describe(noInput);
    auto noTerminal = ctlAs("", {"login", "--user", "root"});
    EXPECT_EQ(noTerminal.exitCode, 2) << describe(noTerminal);
    EXPECT_TRUE(contains(noTerminal.err, "--password-stdin")) << describe(noTerminal);
}

TEST_F(CroupierctlTest, WithoutATokenCommandsSayHowToSignIn) {
    for (const std::string token : {"", "not-a-real-token"}) {
        auto r = ctlAs(token, {"functions", "list"});
        EXPECT_EQ(r.exitCode, 26) << describe(r);
        EXPECT_TRUE(contains(r.err, "croupierctl: UNAUTHENTICATED: ")) << describe(r);
        EXPECT_TRUE(contains(r.err, "croupierctl: hint: run `croupierctl login` to sign in to " +
                                        m_server.address()))
            << describe(r);
        EXPECT_EQ(r.out, "");
    }
    auto flag = runProcess(CROUPIERCTL_PATH,
                           withGlobals({"--token", m_server.rootToken(), "functions", "list"}),
                           kRunTimeout, childEnv(""));
    EXPECT_EQ(flag.exitCode, 0) << "--token works too: " << describe(flag);
}

TEST_F(CroupierctlTest, ATokenFileOthersCanReadIsRefused) {
    ASSERT_EQ(login("root").exitCode, 0);
    std::filesystem::permissions(tokenFile(), std::filesystem::perms::group_read,
                                 std::filesystem::perm_options::add);
    auto r = ctlAs("", {"functions", "list"});
    EXPECT_EQ(r.exitCode, 2) << describe(r);
    EXPECT_TRUE(contains(r.err, "refusing to read the token file " + tokenFile().string()))
        << describe(r);
    EXPECT_TRUE(contains(r.err, "mode 0640")) << describe(r);

    ASSERT_EQ(login("root").exitCode, 0) << "signing in again replaces it";
    EXPECT_EQ(modeOf(tokenFile()), 0600u);
    EXPECT_EQ(ctlAs("", {"functions", "list"}).exitCode, 0);
}

TEST_F(CroupierctlTest, WhoAmIShowsRolesPermissionsAndScopes) {
    const std::string gm = m_server.addUser("gm1", {"gm"}, {{"game", "dev"}});
    auto r = ctlAs(gm, {"whoami"});
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    EXPECT_TRUE(contains(r.out, "user         gm1\n")) << describe(r);
    EXPECT_TRUE(contains(r.out, "roles        gm\n")) << describe(r);
    EXPECT_TRUE(contains(r.out, "player.*")) << describe(r);
    EXPECT_TRUE(contains(r.out, "scopes       game/dev\n")) << describe(r);
    EXPECT_TRUE(contains(r.out, "token        expires ")) << describe(r);

    auto j = ctlAs(gm, {"whoami", "--json"});
    ASSERT_EQ(j.exitCode, 0) << describe(j);
    const json who = json::parse(j.out);
    EXPECT_EQ(who["user"]["username"], "gm1");
    EXPECT_EQ(who["user"]["roles"], json::array({"gm"}));
    EXPECT_GT(std::stoll(who["tokenExpiresAt"].get<std::string>()), 0);
}

TEST_F(CroupierctlTest, ApprovalNeedsTwoLeadsAndThenRunsOnce) {
    const std::string gm = m_server.addUser("gm1", {"gm"});
    const std::string lead1 = m_server.addUser("lead1", {"lead"});
    const std::string lead2 = m_server.addUser("lead2", {"lead"});

    auto sent = ctlAs(gm, {"invoke", "player.ban", "player_id=p42", "duration=2"});
    ASSERT_EQ(sent.exitCode, 3) << describe(sent);
    const std::string id = approvalIdIn(sent.out);
    ASSERT_FALSE(id.empty()) << describe(sent);
    EXPECT_EQ(sent.out, "sent for approval: " + id +
                            " (state pending); follow with `croupierctl approvals show " + id +
                            "`\n");

    auto waiting = ctlAs(lead1, {"approvals", "list", "--waiting"});
    ASSERT_EQ(waiting.exitCode, 0) << describe(waiting);
    EXPECT_TRUE(contains(waiting.out, id + "  player.ban  game/dev  pending")) << describe(waiting);
    EXPECT_TRUE(contains(waiting.out, "can decide")) << describe(waiting);

    auto show = ctlAs(lead1, {"approvals", "show", id});
    ASSERT_EQ(show.exitCode, 0) << describe(show);
    EXPECT_TRUE(contains(show.out, "\"player_id\": \"p42\"")) << describe(show);
    EXPECT_TRUE(contains(show.out, "requester  gm1\n")) << describe(show);
    EXPECT_TRUE(contains(show.out, "you may approve or reject it\n")) << describe(show);

    auto own = ctlAs(gm, {"approvals", "approve", id});
    EXPECT_NE(own.exitCode, 0) << "the requester cannot approve: " << describe(own);

    auto first = ctlAs(lead1, {"approvals", "approve", id, "--comment", "checked"});
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    EXPECT_EQ(first.out, "approval " + id + ": pending, 1 of 2 approvals\n");

    auto second = ctlAs(lead2, {"approvals", "approve", id});
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    const auto jobAt = second.out.find("executed as job ");
    ASSERT_NE(jobAt, std::string::npos) << describe(second);
    const std::string jobId = second.out.substr(jobAt + 16, second.out.find(';') - jobAt - 16);

    auto followed = ctlAs(gm, {"job", "follow", jobId});
    ASSERT_EQ(followed.exitCode, 0) << describe(followed);
    EXPECT_TRUE(contains(followed.out, "\"banned\": \"p42\"")) << describe(followed);

    auto late = ctlAs(m_server.rootToken(), {"approvals", "approve", id});
    EXPECT_EQ(late.exitCode, 19) << "an executed approval is closed: " << describe(late);
}

TEST_F(CroupierctlTest, RejectNeedsAReasonAndEndsTheApproval) {
    const std::string gm = m_server.addUser("gm1", {"gm"});
    const std::string lead = m_server.addUser("lead1", {"lead"});
    auto sent = ctlAs(gm, {"invoke", "player.ban", "player_id=p7", "duration=1"});
    const std::string id = approvalIdIn(sent.out);
    ASSERT_FALSE(id.empty()) << describe(sent);

    auto noReason = ctlAs(lead, {"approvals", "reject", id});
    EXPECT_EQ(noReason.exitCode, 2) << describe(noReason);
    EXPECT_TRUE(contains(noReason.err, "a rejection needs a reason: --reason TEXT"))
        << describe(noReason);

    auto rejected = ctlAs(lead, {"approvals", "reject", id, "--reason", "wrong player"});
    ASSERT_EQ(rejected.exitCode, 0) << describe(rejected);
    EXPECT_EQ(rejected.out, "approval " + id + ": rejected (wrong player)\n");

    auto approve = ctlAs(lead, {"approvals", "approve", id});
    EXPECT_EQ(approve.exitCode, 19) << describe(approve);

    auto mine = ctlAs(gm, {"approvals", "--mine", "--state", "rejected"});
    ASSERT_EQ(mine.exitCode, 0) << describe(mine);
    EXPECT_TRUE(contains(mine.out, id + "  player.ban  game/dev  rejected")) << describe(mine);
}

TEST_F(CroupierctlTest, JobStartOfAnApprovalFunctionWaits) {
    const std::string gm = m_server.addUser("gm1", {"gm"});
    auto r = ctlAs(gm, {"job", "start", "player.ban", "player_id=p1", "duration=1"});
    EXPECT_EQ(r.exitCode, 3) << describe(r);
    const std::string jobId = r.out.substr(0, r.out.find('\n'));
    EXPECT_EQ(jobId.rfind("job", 0), 0u) << "stdout is still the job id: " << describe(r);
    const std::string id = approvalIdIn(r.err);
    ASSERT_FALSE(id.empty()) << describe(r);
    auto get = ctlAs(gm, {"job", "get", jobId});
    EXPECT_TRUE(contains(get.out, "status    awaiting_approval")) << describe(get);

    auto cancel = ctlAs(gm, {"approvals", "cancel", id});
    ASSERT_EQ(cancel.exitCode, 0) << describe(cancel);
    EXPECT_TRUE(contains(cancel.out, "approval " + id + ": canceled")) << describe(cancel);
}

TEST_F(CroupierctlTest, ApprovalsWatchPrintsNewAndChangedApprovals) {
    const std::string gm = m_server.addUser("gm1", {"gm"});
    const std::string lead = m_server.addUser("lead1", {"lead"});
    auto watch = spawnAs(lead, {"approvals", "watch"});
    ASSERT_TRUE(waitFor([&] { return contains(watch->err(), "watching approvals in game/dev"); }))
        << watch->out() << watch->err();
    auto sent = ctlAs(gm, {"invoke", "player.ban", "player_id=p9", "duration=1"});
    const std::string id = approvalIdIn(sent.out);
    ASSERT_FALSE(id.empty()) << describe(sent);
    EXPECT_TRUE(waitFor([&] { return contains(watch->out(), "  + " + id + "  player.ban"); }))
        << watch->out();
    ASSERT_EQ(ctlAs(lead, {"approvals", "reject", id, "--reason", "no"}).exitCode, 0);
    EXPECT_TRUE(waitFor([&] { return contains(watch->out(), "(state pending -> rejected)"); }))
        << watch->out();
    watch->sendSignal(SIGINT);
    auto ended = watch->wait(kRunTimeout);
    EXPECT_EQ(ended.exitCode, 130) << describe(ended);
}

TEST_F(CroupierctlTest, AuditShowsLoginsAndCallsAndVerifies) {
    ASSERT_EQ(login("root").exitCode, 0);
    ASSERT_EQ(ctlAs("", {"invoke", "calc.add", "a=1", "b=2"}).exitCode, 0);

    auto logins = ctlAs("", {"audit", "query", "--action", "auth.login", "--json"});
    ASSERT_EQ(logins.exitCode, 0) << describe(logins);
    const json records = json::parse(logins.out)["records"];
    ASSERT_FALSE(records.empty()) << logins.out;
    bool rootSignedIn = false;
    for (const auto& r : records) {
        EXPECT_EQ(r["action"], "auth.login");
        rootSignedIn = rootSignedIn || (r["actor"] == "root" && r["outcome"] == "ok");
    }
    EXPECT_TRUE(rootSignedIn) << logins.out;

    auto calls = ctlAs("", {"audit", "--function", "calc.add", "--actor", "root", "--action",
                            "function.invoke", "--since", "1h", "--scope", "game/dev"});
    ASSERT_EQ(calls.exitCode, 0) << describe(calls);
    EXPECT_EQ(calls.out.rfind("SEQ ", 0), 0u) << describe(calls);
    EXPECT_TRUE(contains(calls.out, "  root   function.invoke  game/dev  calc.add  "))
        << describe(calls);

    auto all = ctlAs("", {"audit", "query", "--json", "--all"});
    ASSERT_EQ(all.exitCode, 0) << describe(all);
    const json every = json::parse(all.out)["records"];
    ASSERT_GE(every.size(), 2u);
    EXPECT_GT(std::stoll(every[0]["seq"].get<std::string>()),
              std::stoll(every[1]["seq"].get<std::string>()))
        << "newest first";

    auto verify = ctlAs("", {"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << describe(verify);
    EXPECT_EQ(verify.out.rfind("OK: ", 0), 0u) << describe(verify);
    EXPECT_TRUE(contains(verify.out, "records checked, the chain is intact; head "))
        << describe(verify);
    const std::string head = verify.out.substr(verify.out.find("; head ") + 7, std::string::npos);
    auto anchored = ctlAs("", {"audit", "verify", "--expect-head", head.substr(0, head.size() - 1)});
    EXPECT_EQ(anchored.exitCode, 0) << "the chain still reaches its head: " << describe(anchored);
    auto forged = ctlAs("", {"audit", "verify", "--expect-head", "1:" + std::string(64, '0')});
    EXPECT_EQ(forged.exitCode, 4) << describe(forged);
    EXPECT_TRUE(contains(forged.out, "BROKEN at seq 1: hash differs from the head"))
        << describe(forged);
    EXPECT_EQ(ctlAs("", {"audit", "verify", "--expect-head", "soon"}).exitCode, 2);

    EXPECT_EQ(ctlAs("", {"audit", "--since", "soon"}).exitCode, 2);
    EXPECT_EQ(ctlAs("", {"audit", "--since", "1h", "--from", "2024-01-01"}).exitCode, 2);
    auto elsewhere = ctlAs("", {"audit", "--scope", "game/prod", "--action", "function.invoke"});
    ASSERT_EQ(elsewhere.exitCode, 0) << describe(elsewhere);
    EXPECT_FALSE(contains(elsewhere.out, "calc.add")) << "--scope filters: " << describe(elsewhere);
}

TEST_F(CroupierctlTest, AnAdminAddsAUserWhoCanThenSignIn) {
    auto added =
        ctl({"user", "add", "alice", "--role", "gm", "--scope", "game/dev", "--password-stdin"});
    EXPECT_EQ(added.exitCode, 2) << "no password on stdin: " << describe(added);
    added =
        ctlAs(m_server.rootToken(),
              {"user", "add", "alice", "--role", "gm", "--scope", "game/dev", "--password-stdin"},
              "alice-secret-1\n");
    ASSERT_EQ(added.exitCode, 0) << describe(added);
    EXPECT_EQ(added.out, "created alice: roles gm; scopes game/dev; enabled\n");

    auto in = ctlAs("", {"login", "--user", "alice", "--password-stdin"}, "alice-secret-1\n");
    ASSERT_EQ(in.exitCode, 0) << describe(in);
    EXPECT_EQ(in.out.rfind("signed in as alice (roles gm), token expires ", 0), 0u) << describe(in);
    auto notAdmin = ctlAs("", {"user", "list"});
    EXPECT_EQ(notAdmin.exitCode, 17) << "alice is no admin: " << describe(notAdmin);

    auto list = ctl({"user", "list"});
    ASSERT_EQ(list.exitCode, 0) << describe(list);
    EXPECT_TRUE(contains(list.out, "\nalice ")) << describe(list);
    EXPECT_TRUE(contains(list.out, "\nroot ")) << describe(list);

    auto disabled = ctl({"user", "disable", "alice"});
    ASSERT_EQ(disabled.exitCode, 0) << describe(disabled);
    EXPECT_EQ(disabled.out, "alice: roles gm; scopes game/dev; disabled\n");
    EXPECT_EQ(ctlAs("", {"whoami"}).exitCode, 26) << "disabling revoked alice's token";
}

TEST_F(CroupierctlTest, AnAdminChangesRolesScopesAndPasswords) {
    m_server.addUser("bob", {"gm"}, {{"game", "dev"}});
    auto roles = ctl({"user", "roles", "bob", "lead", "ops"});
    ASSERT_EQ(roles.exitCode, 0) << describe(roles);
    EXPECT_EQ(roles.out, "bob: roles lead, ops; scopes game/dev; enabled\n");
    EXPECT_EQ(ctl({"user", "scopes", "bob"}).exitCode, 2) << "neither scopes nor --all";
    EXPECT_EQ(ctl({"user", "scopes", "bob", "game"}).exitCode, 2) << "not GAME/ENV";
    auto scopes = ctl({"user", "scopes", "bob", "--all"});
    ASSERT_EQ(scopes.exitCode, 0) << describe(scopes);
    EXPECT_EQ(scopes.out, "bob: roles lead, ops; scopes every scope; enabled\n");

    auto reset = ctlAs(m_server.rootToken(), {"user", "passwd", "bob", "--password-stdin"},
                       "bob-new-secret\n");
    ASSERT_EQ(reset.exitCode, 0) << describe(reset);
    EXPECT_EQ(reset.out, "password of bob changed\n");
    EXPECT_EQ(login("bob").exitCode, 26) << "the old password no longer works";
    auto in = ctlAs("", {"login", "--user", "bob", "--password-stdin"}, "bob-new-secret\n");
    ASSERT_EQ(in.exitCode, 0) << describe(in);

    auto own =
        ctlAs("", {"user", "passwd", "--password-stdin"}, "bob-new-secret\nbob-third-secret\n");
    ASSERT_EQ(own.exitCode, 0) << "bob changes his own: " << describe(own);
    auto third = ctlAs("", {"login", "--user", "bob", "--password-stdin"}, "bob-third-secret\n");
    EXPECT_EQ(third.exitCode, 0) << describe(third);
}

// Someone holding bob's session (a stolen token) guesses his password through `user passwd`:
// the guesses count with failed sign-ins, and the lockout stops them as it stops a sign-in form.
TEST_F(CroupierctlTest, GuessingTheCurrentPasswordIsLockedOutLikeSigningIn) {
    m_server.addUser("bob", {"gm"});
    ASSERT_EQ(login("bob").exitCode, 0);
    const int lockAfter = server::ServerConfig().loginLockAfter;
    for (int i = 0; i < lockAfter; ++i) {
        auto guess = ctlAs("", {"user", "passwd", "--password-stdin"},
                           "guess-" + std::to_string(i) + "\nbob-stolen-secret\n");
        ASSERT_NE(guess.exitCode, 0) << describe(guess);
        EXPECT_NE(guess.err.find("the current password is wrong"), std::string::npos)
            << describe(guess);
    }
    auto locked = ctlAs("", {"user", "passwd", "--password-stdin"},
                        TestServer::passwordOf("bob") + "\nbob-stolen-secret\n");
    ASSERT_NE(locked.exitCode, 0) << "even the right password waits out the lockout";
    EXPECT_NE(locked.err.find("too many failed sign-ins"), std::string::npos) << describe(locked);
    EXPECT_NE(login("bob").exitCode, 0) << "signing in is locked out as well";
}

namespace {

// A pseudo-terminal for the child's stdin: what the child's terminal echoes comes out of the
// master side, so a test can see whether a typed password was echoed.
class PseudoTerminal {
public:
    PseudoTerminal() {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (m_master >= 0 && ::grantpt(m_master) == 0 && ::unlockpt(m_master) == 0) {
            m_slave = ::open(::ptsname(m_master), O_RDWR | O_NOCTTY | O_CLOEXEC);
        }
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~PseudoTerminal() {
        ::close(m_slave);
        ::close(m_master);
    }
    bool ok() const { return m_slave >= 0; }
    int slave() const { return m_slave; }
    void type(const std::string& text) {
        EXPECT_EQ(::write(m_master, text.data(), text.size()), static_cast<ssize_t>(text.size()));
    }
    // Everything the terminal has echoed so far.
    std::string echoed() {
        std::string out;
        char buffer[256];
        ssize_t n = 0;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0) {
            out.append(buffer, static_cast<std::size_t>(n));
        }
        return out;
    }
    bool echoIsOn() const {
        termios t{};
        return ::tcgetattr(m_slave, &t) == 0 && (t.c_lflag & ECHO) != 0;
    }

private:
    int m_master = -1;
    int m_slave = -1;
};

} // namespace

TEST_F(CroupierctlTest, OnATerminalThePasswordIsAskedWithoutEcho) {
    PseudoTerminal tty;
    ASSERT_TRUE(tty.ok());
    ChildProcess child(CROUPIERCTL_PATH, withGlobals({"login", "--user", "root"}), childEnv(""),
                       std::nullopt, tty.slave());
    ASSERT_TRUE(waitFor([&] { return contains(child.err(), "Password for root: "); }))
        << child.err();
    tty.type(TestServer::passwordOf("root") + "\n");
    auto r = child.wait(kRunTimeout);
    EXPECT_EQ(r.exitCode, 0) << describe(r);
    EXPECT_EQ(r.out.rfind("signed in as root", 0), 0u) << describe(r);
    EXPECT_FALSE(contains(tty.echoed(), TestServer::passwordOf("root")))
        << "the password was echoed";
    EXPECT_TRUE(tty.echoIsOn()) << "echo is back on afterwards";
}

TEST_F(CroupierctlTest, CtrlCAtThePasswordPromptTurnsEchoBackOn) {
    PseudoTerminal tty;
    ASSERT_TRUE(tty.ok());
    ChildProcess child(CROUPIERCTL_PATH, withGlobals({"login", "--user", "root"}), childEnv(""),
                       std::nullopt, tty.slave());
    ASSERT_TRUE(waitFor([&] { return contains(child.err(), "Password for root: "); }))
        << child.err();
    EXPECT_FALSE(tty.echoIsOn()) << "echo is off while the password is typed";
    child.sendSignal(SIGINT);
    auto r = child.wait(kRunTimeout);
    EXPECT_EQ(r.exitCode, 130) << describe(r);
    EXPECT_TRUE(tty.echoIsOn());
    EXPECT_FALSE(std::filesystem::exists(tokenFile()));
}
