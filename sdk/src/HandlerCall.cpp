#include "HandlerCall.h"

#include <exception>
#include <string>

namespace croupier::sdk::detail {
namespace {

// nlohmann's what() is "[json.exception.type_error.302] type must be string, but is number";
// the part after the bracket is about the parameters, not our internals.
std::string jsonReason(const nlohmann::json::exception& e) {
    std::string text = e.what();
    const auto close = text.find("] ");
    return close == std::string::npos ? text : text.substr(close + 2);
}

} // namespace

Result callHandler(const AgentClient::Handler& handler, const Context& ctx,
                   const nlohmann::json& params, const croupier::core::Logger& log) {
    try {
        return handler(ctx, params);
    } catch (const nlohmann::json::type_error& e) {
        log.warn("handler rejected a parameter",
                 {{"function", ctx.FunctionId()}, {"error", e.what()}});
        return Result::Error("INVALID_ARGUMENT",
                             "a parameter has the wrong type: " + jsonReason(e));
    } catch (const nlohmann::json::out_of_range& e) {
        log.warn("handler missed a parameter",
                 {{"function", ctx.FunctionId()}, {"error", e.what()}});
        return Result::Error("INVALID_ARGUMENT", "a parameter is missing: " + jsonReason(e));
    } catch (const std::exception& e) {
        log.error("handler threw", {{"function", ctx.FunctionId()}, {"error", e.what()}});
        return Result::Error("INTERNAL", "the handler failed");
    } catch (...) {
        log.error("handler threw a non-standard exception", {{"function", ctx.FunctionId()}});
        return Result::Error("INTERNAL", "the handler failed");
    }
}

} // namespace croupier::sdk::detail
