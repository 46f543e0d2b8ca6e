// The development PKI in real gRPC TLS handshakes: a server on 127.0.0.1:0 with the generated
// server certificate, requesting (not requiring) client certificates as croupier-server does.
// Agents are identified by their certificate's CN; operators without a certificate still connect
// (they authenticate with tokens); foreign certificates fail the handshake either way round.

#include "croupier/server/DevPki.h"

#include <chrono>
#include <future>
#include <grpcpp/generic/async_generic_service.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <gtest/gtest.h>
#include <memory>

namespace croupier::server {
namespace {

grpc::ByteBuffer toBuffer(const std::string& text) {
    grpc::Slice slice(text);
    return grpc::ByteBuffer(&slice, 1);
}

std::string toString(const grpc::ByteBuffer& buffer) {
    std::vector<grpc::Slice> slices;
    (void)buffer.Dump(&slices);
    std::string text;
    for (const grpc::Slice& slice : slices) {
        text.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
    }
    return text;
}

// "cn=<common name>" for a peer with a verified certificate, "anonymous" otherwise.
std::string describePeer(const grpc::AuthContext& auth) {
    if (!auth.IsPeerAuthenticated()) {
        return "anonymous";
    }
    std::string names;
    for (const grpc::string_ref& value : auth.FindPropertyValues("x509_common_name")) {
        names.append(value.data(), value.size());
    }
    return "cn=" + names;
}

// Answers any unregistered method with who the TLS layer says the caller is. Runs on gRPC's
// callback threads; deletes itself when done.
class PeerEchoReactor final : public grpc::ServerGenericBidiReactor {
public:
    explicit PeerEchoReactor(grpc::GenericCallbackServerContext* context)
        : m_response(toBuffer(describePeer(*context->auth_context()))) {
        StartRead(&m_request);
    }
    void OnReadDone(bool ok) override {
        if (!ok) {
            Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no request"));
            return;
        }
        StartWriteAndFinish(&m_response, grpc::WriteOptions(), grpc::Status::OK);
    }
    void OnDone() override { delete this; }

private:
    grpc::ByteBuffer m_request;
    grpc::ByteBuffer m_response;
};

class PeerEchoService final : public grpc::CallbackGenericService {
public:
    grpc::ServerGenericBidiReactor*
    CreateReactor(grpc::GenericCallbackServerContext* context) override {
        return new PeerEchoReactor(context);
    }
};

struct CallResult {
    grpc::Status status;
    std::string body;
};

class DevPkiGrpcTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        PkiOptions options;
        options.agentNames = {"game-7"};
        auto pki = generateDevPki(options);
        auto other = generateDevPki();
        ASSERT_TRUE(pki && other);
        s_pki = new DevPkiMaterial(std::move(*pki));
        s_other = new DevPkiMaterial(std::move(*other));

        grpc::EnableDefaultHealthCheckService(true);
        grpc::SslServerCredentialsOptions tls(GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY);
        tls.pem_root_certs = s_pki->ca.certPem;
        tls.pem_key_cert_pairs.push_back({s_pki->server.keyPem, s_pki->server.certPem});
        s_service = new PeerEchoService;
        grpc::ServerBuilder builder;
        builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(tls), &s_port);
        builder.RegisterCallbackGenericService(s_service);
        s_server = builder.BuildAndStart().release();
        ASSERT_NE(s_server, nullptr);
        ASSERT_GT(s_port, 0);
    }
    static void TearDownTestSuite() {
        if (s_server != nullptr) {
            s_server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
        }
        delete s_server;
        delete s_service;
        delete s_pki;
        delete s_other;
    }

    // A fresh channel (own subchannel pool, so no connection is shared between tests).
    static std::shared_ptr<grpc::Channel> channel(const std::string& trustedCaPem,
                                                  const CertKey* clientCert,
                                                  const std::string& serverName = "") {
        grpc::SslCredentialsOptions tls;
        tls.pem_root_certs = trustedCaPem;
        if (clientCert != nullptr) {
            tls.pem_private_key = clientCert->keyPem;
            tls.pem_cert_chain = clientCert->certPem;
        }
        grpc::ChannelArguments args;
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
        if (!serverName.empty()) {
            args.SetSslTargetNameOverride(serverName); // the name checked against the SANs
        }
        return grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(s_port),
                                         grpc::SslCredentials(tls), args);
    }

    static CallResult call(const std::shared_ptr<grpc::Channel>& channel,
                           const std::string& method) {
        grpc::GenericStub stub(channel);
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        const grpc::ByteBuffer request = toBuffer(""); // empty HealthCheckRequest
        grpc::ByteBuffer response;
        std::promise<grpc::Status> done;
        stub.UnaryCall(&context, method, grpc::StubOptions(), &request, &response,
                       [&done](grpc::Status status) { done.set_value(std::move(status)); });
        CallResult result{done.get_future().get(), ""};
        if (result.status.ok()) {
            result.body = toString(response);
        }
        return result;
    }

    static constexpr const char* kHealthCheck = "/grpc.health.v1.Health/Check";
    static constexpr const char* kWhoAmI = "/croupier.test.Peer/WhoAmI";
    static const std::string kServing; // HealthCheckResponse{status: SERVING}

    static DevPkiMaterial* s_pki;
    static DevPkiMaterial* s_other;
    static PeerEchoService* s_service;
    static grpc::Server* s_server;
    static int s_port;
};

const std::string DevPkiGrpcTest::kServing("\x08\x01", 2);
DevPkiMaterial* DevPkiGrpcTest::s_pki = nullptr;
DevPkiMaterial* DevPkiGrpcTest::s_other = nullptr;
PeerEchoService* DevPkiGrpcTest::s_service = nullptr;
grpc::Server* DevPkiGrpcTest::s_server = nullptr;
int DevPkiGrpcTest::s_port = 0;

TEST_F(DevPkiGrpcTest, AgentWithACaSignedCertificateConnectsAndIsKnownByName) {
    auto agent = channel(s_pki->ca.certPem, &s_pki->agents.at("game-7"));
    CallResult health = call(agent, kHealthCheck);
    ASSERT_TRUE(health.status.ok()) << health.status.error_message();
    EXPECT_EQ(health.body, kServing);

    CallResult who = call(agent, kWhoAmI);
    ASSERT_TRUE(who.status.ok()) << who.status.error_message();
    EXPECT_EQ(who.body, "cn=game-7");
}

TEST_F(DevPkiGrpcTest, ClientWithoutACertificateConnectsWithoutAPeerIdentity) {
    auto operatorChannel = channel(s_pki->ca.certPem, nullptr);
    CallResult health = call(operatorChannel, kHealthCheck);
    ASSERT_TRUE(health.status.ok()) << health.status.error_message();
    EXPECT_EQ(health.body, kServing);

    CallResult who = call(operatorChannel, kWhoAmI);
    ASSERT_TRUE(who.status.ok()) << who.status.error_message();
    EXPECT_EQ(who.body, "anonymous");
}

TEST_F(DevPkiGrpcTest, ClientCertificateFromAnotherCaIsRejectedAtTheHandshake) {
    auto impostor = channel(s_pki->ca.certPem, &s_other->agents.at("agent"));
    CallResult health = call(impostor, kHealthCheck);
    EXPECT_EQ(health.status.error_code(), grpc::StatusCode::UNAVAILABLE)
        << health.status.error_message();
}

TEST_F(DevPkiGrpcTest, ClientTrustingAnotherCaCannotConnect) {
    auto misconfigured = channel(s_other->ca.certPem, &s_pki->agents.at("game-7"));
    CallResult health = call(misconfigured, kHealthCheck);
    EXPECT_EQ(health.status.error_code(), grpc::StatusCode::UNAVAILABLE)
        << health.status.error_message();
}

TEST_F(DevPkiGrpcTest, ServerCertificateIsCheckedAgainstTheNameTheClientExpects) {
    auto byName = channel(s_pki->ca.certPem, nullptr, "localhost");
    CallResult health = call(byName, kHealthCheck);
    EXPECT_TRUE(health.status.ok()) << health.status.error_message();

    auto wrongName = channel(s_pki->ca.certPem, nullptr, "croupier.example.com");
    health = call(wrongName, kHealthCheck);
    EXPECT_EQ(health.status.error_code(), grpc::StatusCode::UNAVAILABLE);
}

} // namespace
} // namespace croupier::server
