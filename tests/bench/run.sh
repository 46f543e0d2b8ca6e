#!/usr/bin/env bash
# Builds the benchmarks in Release and prints their figures.
#   tests/bench/run.sh [--quick]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"
build ci croupier-invoke-bench croupier-schema-bench
log "Schema::validate micro-benchmark"
"$(build_dir ci)/tests/bench/croupier-schema-bench"
log "Invoke benchmark"
"$(build_dir ci)/tests/bench/croupier-invoke-bench" "$@"
