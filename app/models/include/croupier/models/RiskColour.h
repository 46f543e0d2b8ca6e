#pragma once
// The one colour per risk level, shared by the catalog's risk dot and the risk badge:
// green, amber, red; an invalid QColor for no risk level.

#include "croupier/core/Descriptor.h"

#include <QColor>

namespace croupier::models {

inline QColor riskColour(core::RiskLevel level) {
    switch (level) {
    case core::RiskLevel::Low:
        return QColor(0x2e, 0x7d, 0x32);
    case core::RiskLevel::Medium:
        return QColor(0xf9, 0xa8, 0x25);
    case core::RiskLevel::High:
        return QColor(0xc6, 0x28, 0x28);
    case core::RiskLevel::None:
        break;
    }
    return {};
}

} // namespace croupier::models
