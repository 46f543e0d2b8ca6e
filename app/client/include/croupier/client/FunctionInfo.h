#pragma once
// One function as the console sees it: the parsed descriptor plus what the server says about it
// in one scope (enabled, agents online). A plain value, copied freely between threads; the
// descriptor is shared and immutable.

#include "croupier/core/Descriptor.h"

#include <QString>

#include <memory>

namespace croupier::client {

struct FunctionInfo {
    std::shared_ptr<const core::Descriptor> descriptor; // never null in a FunctionInfo from the client
    QString gameId;
    QString env;
    bool enabled = true;   // false: disabled globally (kill switch)
    int agentsOnline = 0;  // online agents serving this descriptor version
    int agentsTotal = 0;
    QString descriptorHash;

    QString id() const { return QString::fromStdString(descriptor->id()); }
    bool available() const { return enabled && agentsOnline > 0; }
};

} // namespace croupier::client
