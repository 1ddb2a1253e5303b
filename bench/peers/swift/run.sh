#!/usr/bin/env bash
# Builds (release, when anything changed) and runs one peer server in the foreground.
# Usage: bench/peers/swift/run.sh NAME PORT DATABASE_URL [ORGANIZATION]
#   NAME          graphiti (GraphQLSwift + Graphiti) or naive (GraphQLCore, N+1 reads)
#   ORGANIZATION  the organization id every request reads (default org_acme, or $PEER_ORGANIZATION)
# The build goes to bench/peers/swift/.build-release (ignored by git); its output goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -lt 3 ]; then
  echo "usage: $0 graphiti|naive PORT DATABASE_URL [ORGANIZATION]" >&2
  exit 2
fi
name="$1" port="$2" url="$3" organization="${4:-${PEER_ORGANIZATION:-org_acme}}"
case "$name" in
  graphiti|naive) ;;
  *) echo "unknown peer: $name (graphiti or naive)" >&2; exit 2 ;;
esac
(cd "$here" && swift build -c release --scratch-path .build-release --product "peer-$name" >&2)
exec "$here/.build-release/release/peer-$name" --port "$port" --database-url "$url" --organization "$organization"
