#!/usr/bin/env bash
# Builds the engine benchmark in release mode and prints its table (see bench/RESULTS.md).
# Usage: bench/run.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/engine"
swift build -c release --product EngineBench >&2
"$(swift build -c release --show-bin-path)/EngineBench" "$@"
