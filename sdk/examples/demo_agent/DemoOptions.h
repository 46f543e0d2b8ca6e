#pragma once
// DemoOptions: croupier-demo-agent's command line. Parsing is separate from main() so it can be
// tested. Plain values; used on main's thread only.

#include "croupier/core/Log.h"
#include "croupier/core/Result.h"

#include <chrono>
#include <string>
#include <vector>

namespace croupier::demo {

struct DemoOptions {
    std::string server = "localhost:8443";
    std::string game = "demo";
    std::string env = "dev";
    std::string agentId; // empty: the SDK's hostname-based default
    std::string caFile;
    std::string certFile;
    std::string keyFile;
    std::string serverName;
    bool insecure = false;
    std::string descriptorsDir; // empty: defaultDescriptorsDir()
    std::chrono::milliseconds jobStep{200};
    croupier::core::LogLevel logLevel = croupier::core::LogLevel::Info;
    bool help = false;
};

// Accepts "--flag value" and "--flag=value". INVALID_ARGUMENT naming the bad flag or value.
croupier::core::Result<DemoOptions> parseDemoOptions(const std::vector<std::string>& args);

std::string demoUsage();

// The source tree's resources/demo/descriptors when this binary was built from a tree that still
// exists, else <exe_dir>/../share/croupier/demo/descriptors.
std::string defaultDescriptorsDir();

} // namespace croupier::demo
