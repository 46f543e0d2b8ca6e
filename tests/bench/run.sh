#!/usr/bin/env bash
# Builds the benchmarks in Release and prints their figures.
#   tests/bench/run.sh [--quick]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
build bench croupier-invoke-bench croupier-schema-bench croupier-form-bench croupier-startup-bench \
    croupier-registrations-bench
log "Schema::validate micro-benchmark"
"$(build_dir bench)/tests/bench/croupier-schema-bench"
log "Schema form build time (200 fields)"
"$(build_dir bench)/tests/bench/croupier-form-bench"
log "Registrations page: 10,000-agent snapshot, 1,000 updates/s"
"$(build_dir bench)/tests/bench/croupier-registrations-bench"
log "Console cold start to first paint"
"$(build_dir bench)/tests/bench/croupier-startup-bench"
log "Invoke benchmark"
"$(build_dir bench)/tests/bench/croupier-invoke-bench" "$@"
