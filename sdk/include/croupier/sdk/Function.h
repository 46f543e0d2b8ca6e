#pragma once
// Function: the interface a game implements for each operation it exposes (seed 001's C++
// example). The AgentClient owns registered functions until it is destroyed.
// Threads: GetDescriptor() is called once, on the thread calling RegisterFunction(). Call() runs
// on the SDK's handler pool and may run concurrently with itself on several pool threads, so it
// must be thread-safe. Call() may block (it is on a pool thread), should check
// ctx.IsCancelled() in long loops, and should report failures with Result::Error rather than
// throw (a thrown exception is caught and answered as INTERNAL / INVALID_ARGUMENT).

#include "croupier/sdk/Context.h"
#include "croupier/sdk/Descriptor.h"
#include "croupier/sdk/Result.h"

#include <nlohmann/json.hpp>

namespace croupier::sdk {

class Function {
public:
    virtual ~Function() = default;
    virtual Descriptor GetDescriptor() const = 0;
    // `params` was validated by the server against the descriptor's `params` schema, with
    // defaults filled in.
    virtual Result Call(const Context& ctx, const nlohmann::json& params) = 0;
};

} // namespace croupier::sdk
