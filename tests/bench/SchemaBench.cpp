// Micro-benchmark for Schema::validate(), the per-call hot path: the seed's player.ban params
// against a valid and an invalid payload, plus a pattern check. Run by hand:
//   build/<dir>/tests/core/croupier_schema_bench [path/to/player.ban.json]
// Prints the mean time per validate() call. Not a test: nothing here asserts a timing.

#include "croupier/core/Schema.h"

#include <chrono>
#include <cstdio>
#include <fstream>

#ifndef CROUPIER_DEMO_DESCRIPTOR
#define CROUPIER_DEMO_DESCRIPTOR "resources/demo/descriptors/player.ban.json"
#endif

namespace {

using croupier::core::Schema;
using nlohmann::json;

// Mean microseconds per validate() call, and the violations of the last call.
std::pair<double, std::size_t> measure(const Schema& schema, const json& payload, int iterations) {
    std::size_t violations = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < iterations; ++i) {
        violations = schema.validate(payload).size();
    }
    const std::chrono::duration<double, std::micro> elapsed =
        std::chrono::steady_clock::now() - start;
    return {elapsed.count() / iterations, violations};
}

void report(const char* name, const Schema& schema, const json& payload) {
    measure(schema, payload, 1000); // warm-up
    const auto [micros, violations] = measure(schema, payload, 20000);
    std::printf("%-32s %8.2f us/call  (%zu violations)\n", name, micros, violations);
}

} // namespace

int main(int argc, char** argv) {
    std::ifstream file(argc > 1 ? argv[1] : CROUPIER_DEMO_DESCRIPTOR);
    const json descriptor = json::parse(file, nullptr, false);
    if (descriptor.is_discarded()) {
        std::fprintf(stderr, "cannot read the player.ban descriptor\n");
        return 1;
    }
    const auto params = Schema::compile(descriptor["params"]);
    const auto pattern = Schema::compile(json::parse(
        R"({"type":"object","properties":{"player_id":{"type":"string",
            "pattern":"^[a-zA-Z0-9_]{3,32}$"}}})"));
    if (!params || !pattern) {
        std::fprintf(stderr, "schema did not compile\n");
        return 1;
    }
    report("player.ban valid", **params,
           json{{"player_id", "player_123"}, {"duration", 24}, {"reason", "cheating"}});
    report("player.ban invalid (2 errors)", **params, json{{"duration", 0}});
    report("pattern ^[a-zA-Z0-9_]{3,32}$", **pattern, json{{"player_id", "player_123"}});
    return 0;
}
