// A function's own error pinned to the form fields its details name (client/HandlerErrors.h):
// the convention's rules one by one, then the whole way through a real server and SDK agent —
// InvokeController reports the failure with the field to mark, as the Invoke page shows it.
#include "ClientTestSupport.h"
#include "TestEnv.h"

#include "croupier/client/FunctionsClient.h"
#include "croupier/client/HandlerErrors.h"
#include "croupier/client/ServerConnection.h"
#include "croupier/client/TokenVault.h"
#include "croupier/models/InvokeController.h"

#include <QTest>

#include <gtest/gtest.h>

#include <optional>

namespace sdk = croupier::sdk;
using namespace croupier;
using namespace croupier::client;
using croupier::testing::awaitReply;
using croupier::testing::profileFor;
using croupier::testing::startAgent;
using croupier::testing::TempDir;
using croupier::testing::TestServer;
using croupier::testing::writeTestCaFile;
using nlohmann::json;

namespace {

json playerGetDescriptor() {
    return {{"id", "player.get"},
            {"name", "查询玩家"},
            {"category", "player"},
            {"version", "1.0.0"},
            {"params",
             {{"type", "object"},
              {"properties",
               {{"player_id", {{"type", "string"}}},
                {"duration", {{"type", "integer"}}},
                {"a/b~c", {{"type", "string"}}},
                {"items",
                 {{"type", "array"},
                  {"items", {{"type", "object"},
                             {"properties", {{"count", {{"type", "integer"}}}}}}}}}}},
              {"required", {"player_id"}}}}};
}

std::shared_ptr<const core::Descriptor> descriptor() {
    static const auto parsed = [] {
        auto d = core::Descriptor::parse(playerGetDescriptor());
        EXPECT_TRUE(d) << (d ? "" : d.error().message);
        return std::make_shared<const core::Descriptor>(std::move(*d));
    }();
    return parsed;
}

// "pointer|keyword|message" per field error, for compact assertions.
std::vector<std::string> pinned(const json& details, const QString& message = "not found") {
    std::vector<std::string> out;
    for (const FieldError& f : fieldErrorsFromDetails(details, *descriptor(), message)) {
        out.push_back((f.pointer + "|" + f.keyword + "|" + f.message).toStdString());
    }
    return out;
}

using Pins = std::vector<std::string>;

TEST(HandlerErrorsTest, APointerKeyPinsExactlyThatField) {
    EXPECT_EQ(pinned({{"pointer", "/duration"}, {"player_id", "p1"}}),
              (Pins{"/duration|handler|not found"}))
        << "a pointer wins over property-named keys";
    EXPECT_EQ(pinned({{"pointer", "/items/2/count"}}), (Pins{"/items/2/count|handler|not found"}))
        << "nested pointers pass through for the form to resolve";
}

TEST(HandlerErrorsTest, AnArrayOfPointersPinsEachOnceInOrder) {
    EXPECT_EQ(pinned({{"pointer", {"/items/0/count", "/player_id", "/items/0/count"}}}),
              (Pins{"/items/0/count|handler|not found", "/player_id|handler|not found"}));
}

TEST(HandlerErrorsTest, TopLevelKeysNamedLikeParamsPinThoseFields) {
    EXPECT_EQ(pinned({{"player_id", "nobody"}, {"limit", 5}}),
              (Pins{"/player_id|handler|not found"}))
        << "limit is no params property";
    EXPECT_EQ(pinned({{"duration", 0}, {"player_id", "p"}}),
              (Pins{"/duration|handler|not found", "/player_id|handler|not found"}));
    EXPECT_EQ(pinned({{"a/b~c", "x"}}), (Pins{"/a~1b~0c|handler|not found"}))
        << "property names are escaped as JSON pointer tokens";
}

TEST(HandlerErrorsTest, MalformedPointersAreSkippedAndTheKeysStillCount) {
    EXPECT_EQ(pinned({{"pointer", {"player_id", "/bad~2", 7}}, {"duration", 1}}),
              (Pins{"/duration|handler|not found"}));
}

TEST(HandlerErrorsTest, DetailsNamingNoFieldPinNothing) {
    EXPECT_TRUE(pinned(json::object()).empty());
    EXPECT_TRUE(pinned({{"limit", 5}, {"reason_code", "x"}}).empty());
    EXPECT_TRUE(pinned(json("player_id")).empty());
    EXPECT_TRUE(pinned(json::array({"/player_id"})).empty());
    EXPECT_TRUE(pinned(json()).empty());
}

TEST(HandlerErrorsTest, PinHandlerErrorFillsOnlyAFunctionsOwnError) {
    CallError e;
    e.kind = CallError::Kind::FunctionFailed;
    e.code = "PLAYER_NOT_FOUND";
    e.serverMessage = "玩家不存在";
    e.details = {{"player_id", "nobody"}};
    pinHandlerError(e, *descriptor());
    ASSERT_EQ(e.fields.size(), 1u);
    EXPECT_EQ(e.fields[0].pointer, "/player_id");
    EXPECT_EQ(e.fields[0].keyword, kHandlerKeyword);
    EXPECT_EQ(e.fields[0].message, "玩家不存在");

    e.fields.clear();
    e.serverMessage.clear();
    pinHandlerError(e, *descriptor());
    ASSERT_EQ(e.fields.size(), 1u);
    EXPECT_EQ(e.fields[0].message, "PLAYER_NOT_FOUND") << "no message: the code says it";

    CallError invalid;
    invalid.kind = CallError::Kind::InvalidArgument;
    invalid.details = {{"player_id", "x"}};
    pinHandlerError(invalid, *descriptor());
    EXPECT_TRUE(invalid.fields.empty());
}

// Through a real server: the agent's PLAYER_NOT_FOUND {"player_id": ...} reaches
// InvokeController::failed with /player_id to mark.
class HandlerErrorsServerTest : public ::testing::Test {
protected:
    void SetUp() override {
        server.addUser("gm1", {"gm"});
        auto get = [](const sdk::Context&, const json& p) -> sdk::Result {
            const std::string id = p.value("player_id", "");
            if (id == "secretive") {
                return sdk::Result::Error("LOOKUP_FAILED", "the lookup failed",
                                          {{"backend", "db-2"}});
            }
            return sdk::Result::Error("PLAYER_NOT_FOUND", "玩家不存在", {{"player_id", id}});
        };
        agent = startAgent(server, "worker", {{playerGetDescriptor(), get}});
        ASSERT_TRUE(agent);
        ASSERT_TRUE(connection.connectTo(profileFor(server.address(), ca)).ok());
        auto user = awaitReply<UserInfo>([&](ReplyCallback<UserInfo> cb) {
            connection.login(QStringLiteral("gm1"),
                             QString::fromStdString(TestServer::passwordOf("gm1")), cb);
        });
        ASSERT_TRUE(user.ok()) << user.error().message.toStdString();
        controller.setScope({QStringLiteral("game"), QStringLiteral("dev")});
        FunctionInfo f;
        f.descriptor = descriptor();
        f.gameId = "game";
        f.env = "dev";
        f.agentsOnline = 1;
        controller.open(f);
        QObject::connect(&controller, &models::InvokeController::failed,
                         [this](const CallError& e) { failure = e; });
    }

    CallError submit(const json& payload) {
        failure.reset();
        controller.submit(payload, false);
        EXPECT_TRUE(QTest::qWaitFor([&] { return failure.has_value(); }, 20000));
        return failure.value_or(CallError{});
    }

    TestServer server;
    TempDir dir;
    std::filesystem::path ca = writeTestCaFile(dir.path());
    TokenVault vault{nullptr};
    ServerConnection connection{vault};
    FunctionsClient functions{connection};
    models::InvokeController controller{functions};
    std::unique_ptr<sdk::AgentClient> agent;
    std::optional<CallError> failure;
};

TEST_F(HandlerErrorsServerTest, APlayerNotFoundIsPinnedToPlayerId) {
    const CallError e = submit({{"player_id", "nobody_here"}});
    EXPECT_EQ(e.kind, CallError::Kind::FunctionFailed);
    EXPECT_EQ(e.code, "PLAYER_NOT_FOUND");
    EXPECT_EQ(e.details, (json{{"player_id", "nobody_here"}}));
    ASSERT_EQ(e.fields.size(), 1u);
    EXPECT_EQ(e.fields[0].pointer, "/player_id");
    EXPECT_EQ(e.fields[0].keyword, "handler");
    EXPECT_EQ(e.fields[0].message, "玩家不存在");
}

TEST_F(HandlerErrorsServerTest, DetailsNamingNoFieldLeaveTheFormAlone) {
    const CallError e = submit({{"player_id", "secretive"}});
    EXPECT_EQ(e.kind, CallError::Kind::FunctionFailed);
    EXPECT_EQ(e.details, (json{{"backend", "db-2"}}));
    EXPECT_TRUE(e.fields.empty());
}

} // namespace
